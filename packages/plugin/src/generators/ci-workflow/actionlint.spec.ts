/**
 * @requires go: builds actionlint (github.com/rhysd/actionlint, pinned) into .dd/tools once.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { normalizeWorkflowOptions } from './lib/normalize-options';
import { buildWorkflowFiles, type WorkflowFile } from './lib/workflow-files';
import type { CiWorkflowGeneratorSchema } from './schema';
import { ACTIONLINT, ensureActionlint, findGo, git, runActionlint } from './testing/actionlint';

const repoRoot = join(__dirname, '..', '..', '..', '..', '..');
const ci = !!process.env.CI && process.env.CI !== 'false' && process.env.CI !== '0';

const VARIANTS: [string, CiWorkflowGeneratorSchema][] = [
  ['matrix, the defaults', {}],
  ['matrix, one batch of 256 jobs', { maxBatches: 1, jobsPerBatch: 256, parallel: 1 }],
  ['matrix, 20 batches, another name and branch', { name: 'integrations', maxBatches: 20, mainBranch: 'release/7.x' }],
  ['nx-agents', { distribution: 'nx-agents' }],
  ['nx-agents, eight agents of another template', { distribution: 'nx-agents', distributeOn: '8 linux-large-dd' }],
];

/** The files in a new git repository, as a workspace holds them; actionlint resolves local reusable workflows there. */
function repositoryWith(files: readonly WorkflowFile[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'dd-actionlint-'));
  git(dir, ['init', '--quiet']);
  for (const file of files) {
    mkdirSync(dirname(join(dir, file.path)), { recursive: true });
    writeFileSync(join(dir, file.path), file.content);
  }
  return dir;
}

const go = findGo(process.env);
const missing = `no Go toolchain (go on the PATH, or DD_GO) to build actionlint ${ACTIONLINT.version}`;
if (!go && ci) throw new Error(`${missing}: install Go (https://go.dev/dl) or set DD_GO; under CI=true this fails.`);
if (!go) console.log(`Skipping the actionlint checks: ${missing}.`);
/** Without Go, and not under CI, the checks are skipped (and Jest counts them as skipped). */
const check = go ? it : it.skip;

let actionlint = '';
beforeAll(() => {
  if (go) actionlint = ensureActionlint(repoRoot, go);
}, 10 * 60_000);

describe(`actionlint ${ACTIONLINT.version} on the generated workflows`, () => {
  check.each(VARIANTS)('finds nothing wrong with %s', (_, schema) => {
    const dir = repositoryWith(buildWorkflowFiles(normalizeWorkflowOptions(schema)));
    try {
      expect(runActionlint(actionlint, dir)).toEqual({ exitCode: 0, output: '' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  check('rejects a workflow broken on purpose, so that its silence above means something', () => {
    const [main, batch] = buildWorkflowFiles(normalizeWorkflowOptions({}));
    const broken = main!.content
      .replace("needs.plan.outputs.batch_1 != '[]'", "needs.plan.outputs.batch_one != '[]'")
      .replace('shards: ${{ needs.plan.outputs.batch_2 }}', 'shard: 2');
    const dir = repositoryWith([{ ...main!, content: broken }, batch!]);
    try {
      const result = runActionlint(actionlint, dir);
      expect(result.exitCode).toBe(1);
      expect(result.output).toContain('property "batch_one" is not defined');
      expect(result.output).toContain('input "shard" is not defined');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
