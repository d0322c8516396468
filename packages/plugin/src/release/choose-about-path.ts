import { pythonModuleName } from '../integration/integration-names';

/**
 * Where a Python project keeps its version, among the `__about__.py` files found under its root
 * (workspace-relative paths): `datadog_checks/<module>/__about__.py` as Datadog lays out a check,
 * else the only `datadog_checks/*\/__about__.py`, else (a shared library) the only one at all.
 * Undefined when there is none, or several with none preferred.
 */
export function chooseAboutPath(root: string, name: string, candidates: readonly string[]): string | undefined {
  const preferred = `${root}/datadog_checks/${pythonModuleName(name)}/__about__.py`;
  if (candidates.includes(preferred)) return preferred;
  const checks = candidates.filter((c) => c.startsWith(`${root}/datadog_checks/`));
  if (checks.length === 1) return checks[0];
  return checks.length === 0 && candidates.length === 1 ? candidates[0] : undefined;
}
