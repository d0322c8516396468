import type { ReleaseProblem } from './release-types';

/** One problem: where (file:line, else the integration), what, and how to fix it. */
export function describeReleaseProblem(problem: ReleaseProblem): string {
  const where = problem.file ? `${problem.file}${problem.line ? `:${problem.line}` : ''}` : problem.project;
  return `${where ? `${where}: ` : ''}${problem.message}\n  How to fix: ${problem.hint}`;
}
