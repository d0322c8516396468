/**
 * Where the planner's files live in a workspace (under `dist/`, which git and Nx ignore), shared
 * by the command line and the workflows the generator writes.
 */
export const CI_PLAN_PATHS = {
  /** The command line, from the workspace root: the installed plugin, or the workspace's own through its link. */
  cli: 'node_modules/@dd/plugin/src/ci-plan/cli.js',
  outDir: 'dist/ci-plan',
  plan: 'dist/ci-plan/plan.json',
  /** The durations the next plan uses (restored from, and saved to, the Actions cache). */
  timings: 'dist/ci-plan/timings.json',
  /** Each shard's measured durations (`shard-<n>.json`). */
  shardTimings: 'dist/ci-plan/timings',
  /** Where the final job gathers the shards' measurements. */
  reports: 'dist/ci-plan/reports',
} as const;
