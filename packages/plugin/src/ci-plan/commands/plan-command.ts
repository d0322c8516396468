import { join, relative } from 'node:path';
import { performance } from 'node:perf_hooks';
import { appendIfNamed, readOptionalText, writeText } from '../adapters/files';
import { createRuntimeVerdicts } from '../adapters/flavor-verdicts';
import { readChangeSet } from '../adapters/git-changes';
import { loadCiWorkspace } from '../adapters/nx-ci-workspace';
import { renderGithubAnnotation, renderGithubOutputs } from '../github-commands';
import { toPlanFile, type PlanFile } from '../plan-file';
import { planOutputs } from '../plan-outputs';
import type { PlanLimits } from '../plan-limits';
import { planTasks } from '../plan-tasks';
import { renderPlanSummary } from '../render-plan-summary';
import { selectAffectedTasks, type AffectedTask } from '../select-affected-tasks';
import type { ChangeSet } from '../change-set';
import { parseTimings } from '../timings';

export interface PlanCommandOptions {
  workspaceRoot: string;
  base: string;
  head: string;
  /** The target whose tasks are planned (`ci`). */
  target: string;
  /** Recorded durations (may be missing or corrupt: the plan then uses defaults). */
  timingsFile: string;
  /** Where plan.json goes. */
  outDir: string;
  limits: PlanLimits;
  /** `$GITHUB_OUTPUT` and `$GITHUB_STEP_SUMMARY`, when running in GitHub Actions. */
  githubOutput?: string;
  githubSummary?: string;
  log(line: string): void;
}

/**
 * `plan`: the affected tasks of `target`, packed into jobs and batches by their recorded
 * durations; writes plan.json, the step's outputs (every declared batch, `[]` when unused) and
 * the job summary.
 */
export async function runPlanCommand(o: PlanCommandOptions): Promise<PlanFile> {
  const started = performance.now();
  const timings = parseTimings(readOptionalText(o.timingsFile), relative(o.workspaceRoot, o.timingsFile));
  const changes = await readChangeSet(o.workspaceRoot, o.base, o.head);
  const affected = await findAffectedTasks(o, changes);
  const plan = planTasks(
    affected.map((a) => a.task),
    timings.durations,
    o.limits,
  );
  const file = toPlanFile(
    { ...plan, notices: [...timings.notices, ...plan.notices] },
    {
      target: o.target,
      base: changes.base,
      head: changes.head,
      reasons: Object.fromEntries(affected.map((a) => [a.task.id, a.reason])),
      planningMs: Math.round(performance.now() - started),
    },
  );
  writeText(join(o.outDir, 'plan.json'), `${JSON.stringify(file, null, 1)}\n`);
  const summary = renderPlanSummary(file);
  for (const notice of file.notices) o.log(renderGithubAnnotation(notice));
  o.log(summary);
  appendIfNamed(o.githubSummary, summary);
  appendIfNamed(o.githubOutput, renderGithubOutputs(planOutputs(file, o.limits.maxBatches)));
  return file;
}

/** The affected tasks; an empty change needs no project graph. */
async function findAffectedTasks(o: PlanCommandOptions, changes: ChangeSet): Promise<AffectedTask[]> {
  if (changes.modified.length + changes.deleted.length === 0) return [];
  const workspace = await loadCiWorkspace(o.workspaceRoot, o.target, changes);
  return selectAffectedTasks({
    tasks: workspace.tasks,
    projectRoots: workspace.projectRoots,
    changes,
    ports: {
      inputsOf: workspace.inputsOf,
      affectedProjects: workspace.affectedProjects,
      runtimeVerdict: createRuntimeVerdicts(
        o.workspaceRoot,
        changes,
        new Set([...changes.modified, ...changes.deleted]),
      ),
    },
  });
}
