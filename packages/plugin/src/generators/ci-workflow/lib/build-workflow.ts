import type { CiWorkflowGeneratorSchema } from '../schema';

export const WORKFLOW_DEFAULTS = {
  name: 'ci',
  shards: 4,
  parallel: 2,
  mainBranch: 'main',
  nodeVersion: '20',
  pythonVersion: '3.11',
};

export type WorkflowOptions = typeof WORKFLOW_DEFAULTS;

export function normalizeWorkflowOptions(options: CiWorkflowGeneratorSchema): WorkflowOptions {
  return { ...WORKFLOW_DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
}

/**
 * Splits the affected projects into shards: sorted, then dealt round-robin so that each job gets
 * a similar share. The same script runs in the workflow's plan job.
 */
export const SHARD_SCRIPT = [
  "const projects = JSON.parse(require('fs').readFileSync(0, 'utf8')).sort();",
  'const n = Math.max(1, Math.min(Number(process.argv[1]), projects.length));',
  'const shards = Array.from({ length: n }, () => []);',
  'projects.forEach((p, i) => shards[i % n].push(p));',
  "console.log(JSON.stringify(shards.filter((s) => s.length).map((s, i) => ({ index: i + 1, projects: s.join(',') }))));",
].join(' ');

/** The workflow as data; the generator serialises it with the yaml package. */
export function buildWorkflow(o: WorkflowOptions) {
  const checkout = { uses: 'actions/checkout@v4', with: { 'fetch-depth': 0 } };
  const node = { uses: 'actions/setup-node@v4', with: { 'node-version': o.nodeVersion, cache: 'npm' } };
  const install = { name: 'Install Node packages', run: 'npm ci' };
  const shas = {
    name: 'Base and head of the change (NX_BASE, NX_HEAD)',
    uses: 'nrwl/nx-set-shas@v4',
    with: { 'main-branch-name': o.mainBranch },
  };
  return {
    name: 'CI',
    on: { pull_request: {}, push: { branches: [o.mainBranch] } },
    concurrency: { group: '${{ github.workflow }}-${{ github.ref }}', 'cancel-in-progress': true },
    // Nx's remote cache: with the secret set, every job shares task results; without, each job
    // caches locally. Docker environments follow DOCKER_HOST when a team sets it on the runners.
    env: { NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' },
    jobs: {
      plan: {
        name: 'Plan affected projects',
        'runs-on': 'ubuntu-latest',
        outputs: { shards: '${{ steps.shards.outputs.shards }}', any: '${{ steps.shards.outputs.any }}' },
        steps: [
          checkout,
          node,
          install,
          shas,
          {
            id: 'shards',
            name: `Spread the affected projects over ${o.shards} jobs`,
            run: [
              'npx nx show projects --affected --withTarget=ci --json > affected.json',
              `shards=$(node -e "${SHARD_SCRIPT.replace(/"/g, '\\"')}" ${o.shards} < affected.json)`,
              'echo "shards=$shards" >> "$GITHUB_OUTPUT"',
              'if [ "$shards" = "[]" ]; then echo "any=false" >> "$GITHUB_OUTPUT"; else echo "any=true" >> "$GITHUB_OUTPUT"; fi',
              'echo "Affected: $(cat affected.json)"',
            ].join('\n'),
          },
        ],
      },
      ci: {
        name: 'ci (shard ${{ matrix.shard.index }})',
        needs: 'plan',
        if: "needs.plan.outputs.any == 'true'",
        'runs-on': 'ubuntu-latest',
        strategy: { 'fail-fast': false, matrix: { shard: '${{ fromJson(needs.plan.outputs.shards) }}' } },
        steps: [
          checkout,
          node,
          { uses: 'actions/setup-python@v5', with: { 'python-version': o.pythonVersion } },
          { name: 'Docker engine', run: 'docker info --format "Docker {{.ServerVersion}}"' },
          install,
          {
            name: 'lint, test every flavor, package',
            run: `npx nx run-many -t ci -p "\${{ matrix.shard.projects }}" --parallel=${o.parallel} --outputStyle=static`,
          },
          {
            name: 'Test reports',
            if: 'always()',
            uses: 'actions/upload-artifact@v4',
            with: {
              name: 'reports-${{ matrix.shard.index }}',
              path: 'dist/integrations/*/test*/**',
              'if-no-files-found': 'ignore',
            },
          },
        ],
      },
    },
  };
}
