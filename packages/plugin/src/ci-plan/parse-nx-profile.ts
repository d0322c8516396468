/**
 * The durations of the tasks an `nx` run executed, from the profile Nx writes when `NX_PROFILE`
 * names a file (Chrome's trace format: one complete event, `ph: "X"`, per task, `dur` in
 * microseconds, `args.status`). Only tasks that ran and succeeded count: a cache hit or a failure
 * says nothing about how long the task takes.
 */
export function parseNxProfile(text: string): Map<string, number> {
  const durations = new Map<string, number>();
  let events: unknown;
  try {
    events = JSON.parse(text);
  } catch {
    return durations;
  }
  if (!Array.isArray(events)) return durations;
  for (const event of events as { ph?: unknown; name?: unknown; dur?: unknown; args?: { status?: unknown } }[]) {
    if (event?.ph !== 'X' || typeof event.name !== 'string' || typeof event.dur !== 'number') continue;
    if (event.args?.status !== 'success') continue;
    durations.set(event.name, event.dur / 1_000_000);
  }
  return durations;
}
