/**
 * The `from datadog_checks... import` lines of the generated test, in the order ruff's import
 * sorting (I001 in Datadog's settings) wants them: all three are first-party, sorted by module
 * name, so the integration's own module goes before, between or after `base` and `dev.utils`.
 */
export function sortedTestImports(module: string, className: string, withMetadata = true): string[] {
  const imports: [string, string][] = [
    ['datadog_checks.base', 'AgentCheck'],
    ...(withMetadata ? [['datadog_checks.dev.utils', 'get_metadata_metrics'] as [string, string]] : []),
    [`datadog_checks.${module}`, className],
  ];
  return imports.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([from, name]) => `from ${from} import ${name}`);
}
