import type { PostTasksExecution } from '@nx/devkit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { computeMetricCoverage, renderMetricCoverage, type RecordedMetrics } from '../coverage/metric-coverage';
import { flavorOfTarget, SKIPPED_FILE } from '../flavors/flavor-targets';
import { readJunitCounts } from '../flavors/junit-counts';
import { renderFlavorSummary, type FlavorRunRow } from '../flavors/render-flavor-summary';
import { readMetricNames } from '../metadata/read-metric-names';
import { normalizePluginOptions, type DdPluginOptions } from './plugin-options';

function readJson<T>(path: string): T | undefined {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as T) : undefined;
}

/**
 * After a run that included flavored test tasks, prints one table of every flavor (result,
 * duration, tests passed and failed) and each integration's metric coverage over all its
 * flavors, listed metric by metric (each flavor's own run printed one line). Runs even when a flavor failed, which a dependent task could not.
 */
export const postTasksExecution: PostTasksExecution<DdPluginOptions> = async (options, context) => {
  try {
    const testTarget = normalizePluginOptions(options).targets.test;
    const rows: FlavorRunRow[] = [];
    const asserted = new Map<string, { root: string; recorded: RecordedMetrics[] }>();
    for (const { task, status } of Object.values(context.taskResults)) {
      const flavor = flavorOfTarget(task.target.target, testTarget);
      if (flavor === undefined || !task.projectRoot) continue;
      const reportDir = join(context.workspaceRoot, 'dist', task.projectRoot, 'test', flavor);
      if (existsSync(join(reportDir, SKIPPED_FILE))) {
        rows.push({
          project: task.target.project,
          flavor,
          status: `skipped: ${readFileSync(join(reportDir, SKIPPED_FILE), 'utf8').trim()}`,
        });
        continue;
      }
      const junit = join(reportDir, 'junit.xml');
      const counts = existsSync(junit) ? readJunitCounts(readFileSync(junit, 'utf8')) : undefined;
      const durationMs =
        task.startTime && task.endTime && !status.includes('cache') ? task.endTime - task.startTime : undefined;
      rows.push({
        project: task.target.project,
        flavor,
        status,
        ...(durationMs !== undefined ? { durationMs } : {}),
        ...(counts ? { counts } : {}),
      });
      const recorded = readJson<RecordedMetrics>(join(reportDir, 'metric-coverage.json'));
      const entry = asserted.get(task.target.project) ?? { root: task.projectRoot, recorded: [] };
      if (recorded) entry.recorded.push(recorded);
      asserted.set(task.target.project, entry);
    }
    if (rows.length === 0) return;
    rows.sort(
      (a, b) => a.project.localeCompare(b.project) || a.flavor.localeCompare(b.flavor, undefined, { numeric: true }),
    );
    const lines = [renderFlavorSummary(rows)];
    for (const [project, { root, recorded }] of asserted) {
      if (recorded.length === 0) continue;
      const metadata = join(context.workspaceRoot, root, 'metadata.csv');
      const declared = existsSync(metadata) ? readMetricNames(readFileSync(metadata, 'utf8')) : [];
      const union = { asserted: recorded.flatMap((r) => r.asserted), submitted: recorded.flatMap((r) => r.submitted) };
      const label = recorded.length === 1 ? `${project} (1 flavor)` : `${project} (all ${recorded.length} flavors)`;
      lines.push(renderMetricCoverage(label, computeMetricCoverage(declared, union)));
    }
    console.log(`\n${lines.join('\n\n')}\n`);
  } catch (error) {
    console.warn(`@dd/plugin: could not print the flavor summary: ${(error as Error).message}`);
  }
};
