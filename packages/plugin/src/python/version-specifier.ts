import type { PythonVersion } from './python-version';

function compare(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.max(a.length, b.length); i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function satisfiesClause(version: number[], clause: string): boolean {
  const match = /^(~=|===|==|!=|<=|>=|<|>)\s*([\d.]+)(\.\*)?$/.exec(clause.trim());
  if (!match) return true; // a clause this reader does not know never excludes an interpreter
  const [, op, raw, wildcard] = match;
  const bound = raw!.split('.').map(Number);
  if (wildcard) {
    const prefix = compare(version.slice(0, bound.length), bound) === 0;
    return op === '!=' ? !prefix : prefix;
  }
  const d = compare(version, bound);
  switch (op) {
    case '>=':
      return d >= 0;
    case '>':
      return d > 0;
    case '<=':
      return d <= 0;
    case '<':
      return d < 0;
    case '!=':
      return d !== 0;
    case '~=':
      return d >= 0 && compare(version.slice(0, bound.length - 1), bound.slice(0, -1)) === 0;
    default:
      return d === 0;
  }
}

/** Whether a Python version meets a PEP 440 specifier set such as `>=3.9,<3.13` (as requires-python uses it). */
export function satisfiesSpecifier(version: PythonVersion, specifier: string): boolean {
  const parts = [version.major, version.minor, version.patch];
  return specifier
    .split(',')
    .filter((clause) => clause.trim() !== '')
    .every((clause) => satisfiesClause(parts, clause));
}
