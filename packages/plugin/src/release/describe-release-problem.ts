import type { ReleaseProblem } from './release-types';

/** One problem: where (file:line, else the project), what, and how to fix it. */
export function describeReleaseProblem(problem: ReleaseProblem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : problem.project;
  return `${where}: ${problem.message}\n  How to fix: ${problem.hint}`;
}

/** Every problem of a project, under one line that says nothing was written. */
export function describeReleaseProblems(project: string, problems: readonly ReleaseProblem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
  return `The release of ${project} stopped before anything was written: ${count}.\n${problems.map(describeReleaseProblem).join('\n')}`;
}
