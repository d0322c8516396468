import type { EnsureResult } from './ensure-environment';

/** The line setup prints when it is done. */
export function describeSetupResult(where: string, result: EnsureResult): string {
  return result.changed
    ? `Python environment ${where} ready (${result.installer}, ${(result.durationMs / 1000).toFixed(1)} s).`
    : `Python environment ${where} is up to date.`;
}
