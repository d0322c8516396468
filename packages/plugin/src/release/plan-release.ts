import { planIntegrationRelease } from './plan-integration-release';
import type { IntegrationReleaseInput, PlannedRelease, ReleaseOptions, ReleasePlan } from './release-types';

/**
 * The release of a workspace: which integrations are released at which version, which are
 * left alone and why, and every problem that stops the release. Pure: the shell gathers the
 * inputs and performs the plan only when it has no problems.
 */
export function planRelease(inputs: readonly IntegrationReleaseInput[], options: ReleaseOptions): ReleasePlan {
  const plan: ReleasePlan = { releases: [], unchanged: [], problems: [] };
  if (!/^\d{4}-\d{2}-\d{2}$/.test(options.date)) {
    plan.problems.push({ message: `the release date '${options.date}' is not YYYY-MM-DD`, hint: '--date=2024-05-01' });
  }
  for (const input of [...inputs].sort((a, b) => a.name.localeCompare(b.name))) {
    const result = planIntegrationRelease(input, options);
    if (result.status === 'release') plan.releases.push(result.release);
    else if (result.status === 'unchanged') plan.unchanged.push({ project: input.name, reason: result.reason });
    else plan.problems.push(...result.problems);
  }
  return plan;
}

/** The message of the release commit, naming every integration and version it releases. */
export function releaseCommitMessage(releases: readonly PlannedRelease[]): string {
  const names = releases.map((r) => `${r.project} ${r.version}`);
  const body = releases.map((r) => `- ${r.tag}${r.kind === 'bump' ? ` (from ${r.current})` : ''}`);
  return `Release ${names.join(', ')}\n\n${body.join('\n')}\n`;
}
