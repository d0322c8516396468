import { describeReleaseProblem } from './describe-release-problem';
import { releaseCommitMessage } from './plan-release';
import type { ReleasePlan } from './release-types';

/** The plan as a person reads it before anything is written (also what --dry-run shows). */
export function formatReleasePlan(plan: ReleasePlan): string {
  if (plan.problems.length > 0) {
    const count = plan.problems.length === 1 ? '1 problem' : `${plan.problems.length} problems`;
    return `The release stopped before changing anything: ${count}.\n\n${plan.problems.map(describeReleaseProblem).join('\n\n')}\n`;
  }
  const lines: string[] = [];
  if (plan.releases.length === 0) lines.push('Nothing to release.');
  for (const release of plan.releases) {
    const from = release.kind === 'bump' ? `${release.current} -> ` : '';
    const how =
      release.kind === 'bump'
        ? `${release.bump ?? 'explicit'} bump`
        : release.kind === 'first'
          ? 'first release, tagged as it is'
          : 'version raised by hand, tagged as it is';
    lines.push(`${release.project}: ${from}${release.version} (${how}), tag ${release.tag}`);
    for (const write of release.writes) lines.push(`  update ${write.path}`);
    for (const path of release.deletes) lines.push(`  delete ${path}`);
    if (release.changelogEntry)
      lines.push(
        '',
        ...release.changelogEntry
          .trimEnd()
          .split('\n')
          .map((l) => (l ? `    ${l}` : '')),
        '',
      );
  }
  for (const { project, reason } of plan.unchanged) lines.push(`${project}: not released (${reason})`);
  if (plan.releases.length > 0) {
    const message = releaseCommitMessage(plan.releases).trimEnd().split('\n');
    const commits = plan.releases.some((r) => r.writes.length > 0 || r.deletes.length > 0);
    lines.push(
      '',
      commits ? `Commit: ${message[0]}` : 'Commit: none (nothing to write)',
      `Tags: ${plan.releases.map((r) => r.tag).join(' ')}`,
    );
  }
  return `${lines.join('\n')}\n`;
}
