import { CI_PLAN_PATHS } from '../../../ci-plan/ci-plan-paths';
import type { WorkflowOptions } from './normalize-options';
import { workflowNames } from './workflow-names';
import { ACTIONS, checkout, installNodePackages, setupNode, setupPython, showDockerEngine } from './workflow-steps';

/**
 * `--distribution=matrix`, the reusable workflow the main one calls once per batch: a matrix of
 * shard numbers; each job downloads the plan, runs its shard's tasks (the shard number reaches
 * the planner through the environment, never through the script) and uploads the durations it
 * measured and the test reports.
 */
export function buildBatchWorkflow(o: WorkflowOptions) {
  const names = workflowNames(o.name);
  return {
    name: 'CI batch',
    on: {
      workflow_call: {
        inputs: {
          shards: {
            description: 'The shard numbers of this batch: a JSON list, from the plan job.',
            type: 'string',
            required: true,
          },
        },
        secrets: { NX_CLOUD_ACCESS_TOKEN: { description: "Nx's remote cache (optional).", required: false } },
      },
    },
    permissions: { contents: 'read' },
    env: { NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' },
    jobs: {
      shard: {
        name: 'Shard ${{ matrix.shard }}',
        'runs-on': 'ubuntu-latest',
        strategy: { 'fail-fast': false, matrix: { shard: '${{ fromJSON(inputs.shards) }}' } },
        steps: [
          checkout(),
          setupNode(o),
          setupPython(o),
          showDockerEngine(),
          installNodePackages(),
          {
            name: 'The plan',
            uses: ACTIONS.downloadArtifact,
            with: { name: names.planArtifact, path: CI_PLAN_PATHS.outDir },
          },
          {
            name: "This shard's tasks: lint, test--<flavor>, package",
            env: { DD_CI_SHARD: '${{ matrix.shard }}' },
            run: `node ${CI_PLAN_PATHS.cli} run --parallel=${o.parallel}`,
          },
          {
            name: 'Measured durations',
            if: 'always()',
            uses: ACTIONS.uploadArtifact,
            with: {
              name: `${names.timingsArtifactPrefix}\${{ matrix.shard }}`,
              path: CI_PLAN_PATHS.shardTimings,
              'if-no-files-found': 'ignore',
              'retention-days': 7,
            },
          },
          {
            name: 'Test reports',
            if: 'always()',
            uses: ACTIONS.uploadArtifact,
            with: {
              name: `${names.reportsArtifactPrefix}\${{ matrix.shard }}`,
              path: 'dist/integrations/*/test*/**',
              'if-no-files-found': 'ignore',
            },
          },
        ],
      },
    },
  };
}
