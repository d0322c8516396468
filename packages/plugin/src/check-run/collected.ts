/** What dd_run_check.py prints: one run of the check through datadog-checks-base. */
export interface Collected {
  check_class: string;
  metrics: { name: string; type: string; value: number; tags: string[] }[];
  service_checks: { name: string; status: number; tags: string[]; message: string }[];
  events: { title: string; text: string; tags: string[] }[];
  /** datadog-checks-base's error of the run: a JSON list of {message, traceback}, or ''. */
  error: string;
}

const STATUS = ['OK', 'WARNING', 'CRITICAL', 'UNKNOWN'];

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join('  ')
      .trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)];
}

/** The first message of the run's error, or undefined when the check ran cleanly. */
export function checkErrorMessage(collected: Collected): string | undefined {
  if (!collected.error) return undefined;
  try {
    const errors = JSON.parse(collected.error) as { message?: string }[];
    return (
      errors
        .map((e) => e.message ?? '')
        .filter(Boolean)
        .join('; ') || collected.error
    );
  } catch {
    return collected.error;
  }
}

/** Renders what the check collected as tables: metrics, service checks, events. */
export function renderCollected(collected: Collected): string {
  const lines: string[] = [];
  lines.push(`Metrics (${collected.metrics.length})`);
  lines.push(
    ...table(
      ['metric', 'type', 'value', 'tags'],
      collected.metrics.map((m) => [m.name, m.type, String(m.value), m.tags.join(',')]),
    ),
  );
  lines.push('', `Service checks (${collected.service_checks.length})`);
  lines.push(
    ...table(
      ['service check', 'status', 'tags', 'message'],
      collected.service_checks.map((s) => [
        s.name,
        STATUS[s.status] ?? String(s.status),
        s.tags.join(','),
        s.message.split('\n')[0],
      ]),
    ),
  );
  lines.push('', `Events (${collected.events.length})`);
  if (collected.events.length > 0)
    lines.push(
      ...table(
        ['title', 'text', 'tags'],
        collected.events.map((e) => [e.title, e.text.split('\n')[0], e.tags.join(',')]),
      ),
    );
  const error = checkErrorMessage(collected);
  if (error) lines.push('', `The check failed: ${error}`);
  return lines.join('\n');
}
