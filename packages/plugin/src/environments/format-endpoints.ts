import type { Endpoint } from './environment-plan';

/** The endpoints of a running environment and the variables tests read, as printed by install. */
export function formatEndpoints(endpoints: readonly Endpoint[], env: Record<string, string>): string {
  const rows = [
    ['service', 'container port', 'host endpoint'],
    ...endpoints.map((e) => [e.service, String(e.containerPort), `${e.host}:${e.hostPort}`]),
  ];
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  const table = rows.map((r) =>
    r
      .map((cell, i) => cell.padEnd(widths[i]!))
      .join('  ')
      .trimEnd(),
  );
  const vars = Object.entries(env).map(([k, v]) => `  ${k}=${v}`);
  return [...table, '', 'Test environment variables:', ...vars].join('\n');
}
