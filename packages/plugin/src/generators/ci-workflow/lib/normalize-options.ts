import { UserError } from '../../../errors/user-error';
import { checkPlanLimits } from '../../../ci-plan/plan-limits';
import type { CiWorkflowGeneratorSchema } from '../schema';

export const DISTRIBUTIONS = ['matrix', 'nx-agents'] as const;
export type Distribution = (typeof DISTRIBUTIONS)[number];

/** Every option's default (a spec keeps schema.json in step). */
export const WORKFLOW_DEFAULTS = {
  name: 'ci',
  distribution: 'matrix' as Distribution,
  parallel: 2,
  jobMinutes: 20,
  maxBatches: 4,
  jobsPerBatch: 240,
  distributeOn: '4 dd-integrations',
  mainBranch: 'main',
  nodeVersion: '20',
  pythonVersion: '3.11',
};

export type WorkflowOptions = typeof WORKFLOW_DEFAULTS;

const WHOLE = (value: number, min: number) => Number.isInteger(value) && value >= min;

/**
 * Fills every option and checks them all; every problem is reported at once in one
 * {@link UserError}. Values that land in the workflow are restricted to characters that mean
 * nothing to YAML or a shell.
 */
export function normalizeWorkflowOptions(schema: CiWorkflowGeneratorSchema): WorkflowOptions {
  const given = Object.fromEntries(Object.entries(schema).filter(([key, v]) => v !== undefined && key !== 'shards'));
  const o: WorkflowOptions = { ...WORKFLOW_DEFAULTS, ...given };
  const problems: string[] = [];
  const text = (name: string, value: string, pattern: RegExp, expected: string) => {
    if (!pattern.test(String(value))) problems.push(`--${name}=${JSON.stringify(value)}: expected ${expected}`);
  };
  if (schema.shards !== undefined)
    problems.push(
      `--shards=${JSON.stringify(schema.shards)}: replaced; the plan sizes jobs by recorded task durations (--jobMinutes, the work per job, and --maxBatches)`,
    );
  text('name', o.name, /^[\w.-]+$/, "letters, digits, '.', '_' or '-'");
  if (!DISTRIBUTIONS.includes(o.distribution))
    problems.push(`--distribution=${JSON.stringify(o.distribution)}: expected ${DISTRIBUTIONS.join(' or ')}`);
  if (!WHOLE(o.parallel, 1)) problems.push(`--parallel=${o.parallel}: expected a whole number of tasks, at least 1`);
  if (!(o.jobMinutes <= 360))
    problems.push(`--jobMinutes=${o.jobMinutes}: expected at most 360 (GitHub's 6 hours per job)`);
  problems.push(
    ...checkPlanLimits({ jobsPerBatch: o.jobsPerBatch, maxBatches: o.maxBatches, jobSeconds: o.jobMinutes * 60 }).map(
      (p) => `--jobsPerBatch, --maxBatches, --jobMinutes: ${p}`,
    ),
  );
  text('distributeOn', o.distributeOn, /^[\w./ -]+$/, 'a number of agents and a launch template ("4 dd-integrations")');
  text('mainBranch', o.mainBranch, /^[\w./-]+$/, "a branch name (letters, digits, '.', '_', '-', '/')");
  text('nodeVersion', o.nodeVersion, /^[\w.*+-]+$/, 'a version such as 20 or 20.19');
  text('pythonVersion', o.pythonVersion, /^[\w.*+-]+$/, 'a version such as 3.11');
  if (problems.length > 0)
    throw new UserError(
      `Invalid options for the ci-workflow generator:\n${problems.map((p) => `  - ${p}`).join('\n')}`,
      'nx g @dd/plugin:ci-workflow --help lists the options and their defaults',
    );
  return o;
}
