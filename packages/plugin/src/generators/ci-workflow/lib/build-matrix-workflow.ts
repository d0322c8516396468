import { CI_PLAN_PATHS } from '../../../ci-plan/ci-plan-paths';
import { batchOutputName } from '../../../ci-plan/plan-outputs';
import type { WorkflowOptions } from './normalize-options';
import { workflowNames } from './workflow-names';
import {
  ACTIONS,
  checkout,
  checkoutWithHistory,
  installNodePackages,
  setBaseAndHead,
  setupNode,
  workflowHeader,
  type Step,
} from './workflow-steps';

const batchJob = (n: number) => `batch_${n}`;

/** Restores the durations the last successful run recorded (the newest entry of the cache). */
function restoreTimings(o: WorkflowOptions): Step {
  const prefix = workflowNames(o.name).timingsCachePrefix;
  return {
    name: 'Task durations of the last successful run',
    uses: ACTIONS.cacheRestore,
    with: { path: CI_PLAN_PATHS.timings, key: `${prefix}\${{ github.run_id }}`, 'restore-keys': prefix },
  };
}

/**
 * `--distribution=matrix`, the main workflow: a plan job turns the affected tasks into matrix
 * jobs (plan.json, an artifact; one output per batch: the shard numbers); one job per declared
 * batch calls the batch workflow when its batch is not empty; `timings` keeps the durations of a
 * run without failures for the next plan; `result` is the one check to require on branches.
 * Task and project names never enter the workflow: matrices hold shard numbers only, and each
 * job reads its tasks from the plan.
 */
export function buildMatrixWorkflow(o: WorkflowOptions) {
  const names = workflowNames(o.name);
  const batches = Array.from({ length: o.maxBatches }, (_, i) => i + 1);
  const cli = `node ${CI_PLAN_PATHS.cli}`;
  const batchJobs = Object.fromEntries(
    batches.map((n) => [
      batchJob(n),
      {
        name: `Batch ${n}`,
        needs: 'plan',
        if: `needs.plan.outputs.${batchOutputName(n)} != '[]'`,
        uses: names.batchUses,
        with: { shards: `\${{ needs.plan.outputs.${batchOutputName(n)} }}` },
        secrets: { NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' },
      },
    ]),
  );
  const all = ['plan', ...batches.map(batchJob)];
  return {
    name: 'CI',
    ...workflowHeader(o),
    jobs: {
      plan: {
        name: 'Plan the affected tasks',
        'runs-on': 'ubuntu-latest',
        outputs: Object.fromEntries(
          ['any', 'tasks', ...batches.map(batchOutputName)].map((output) => [
            output,
            `\${{ steps.plan.outputs.${output} }}`,
          ]),
        ),
        steps: [
          checkoutWithHistory(),
          setupNode(o),
          installNodePackages(),
          setBaseAndHead(o),
          restoreTimings(o),
          {
            id: 'plan',
            name: 'Plan lint, test--<flavor> and package tasks into jobs',
            run: `${cli} plan --target=ci --jobs-per-batch=${o.jobsPerBatch} --max-batches=${o.maxBatches} --job-minutes=${o.jobMinutes}`,
          },
          {
            name: 'The plan, for the jobs',
            if: "steps.plan.outputs.any == 'true'",
            uses: ACTIONS.uploadArtifact,
            with: { name: names.planArtifact, path: CI_PLAN_PATHS.plan, 'retention-days': 7 },
          },
        ],
      },
      ...batchJobs,
      timings: {
        name: 'Record the task durations',
        needs: all,
        if: "${{ !cancelled() && needs.plan.outputs.any == 'true' && !contains(needs.*.result, 'failure') }}",
        'runs-on': 'ubuntu-latest',
        steps: [
          checkout(),
          setupNode(o),
          installNodePackages(),
          restoreTimings(o),
          {
            name: "The shards' durations",
            uses: ACTIONS.downloadArtifact,
            with: { pattern: `${names.timingsArtifactPrefix}*`, path: CI_PLAN_PATHS.reports, 'merge-multiple': true },
          },
          { name: 'Merge them into the durations the next plan uses', run: `${cli} merge-timings` },
          {
            uses: ACTIONS.cacheSave,
            with: {
              path: CI_PLAN_PATHS.timings,
              key: `${names.timingsCachePrefix}\${{ github.run_id }}-\${{ github.run_attempt }}`,
            },
          },
        ],
      },
      result: {
        name: 'CI result',
        needs: all,
        if: 'always()',
        'runs-on': 'ubuntu-latest',
        steps: [
          {
            name: 'A planned task failed, or a job did not finish',
            if: "contains(needs.*.result, 'failure') || contains(needs.*.result, 'cancelled')",
            run: 'exit 1',
          },
          { name: 'Every planned task passed', run: 'echo "Every planned task passed (or none was affected)."' },
        ],
      },
    },
  };
}
