import type { EnsureResult } from './ensure-virtualenv';

/** The lines setup prints when it is done: which Python and why, then the virtualenv's state. */
export function describeSetupResult(where: string, result: EnsureResult): string {
  const python = `Python ${result.python.version} (${result.python.path}): ${result.python.why}.`;
  const state = result.changed
    ? `Python environment ${where} ready (${result.installer}, ${(result.durationMs / 1000).toFixed(1)} s).`
    : `Python environment ${where} is up to date.`;
  return `${python}\n${state}`;
}
