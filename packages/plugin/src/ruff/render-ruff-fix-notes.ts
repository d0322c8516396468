import type { SafeFix } from './parse-ruff-check';

/** What `--fix` had ruff change in one integration (paths relative to it). */
export interface RuffFixes {
  formatted: string[];
  fixed: SafeFix[];
}

/** One note per changed file, paths from the workspace root, naming the ruff command that changed it. */
export function renderRuffFixNotes(displayRoot: string, fixes: RuffFixes): string[] {
  return [
    ...fixes.formatted.map((file) => `formatted ${displayRoot}/${file} (ruff format)`),
    ...fixes.fixed.map((fix) => `fixed ${displayRoot}/${fix.file}: ${fix.codes.join(', ')} (ruff check --fix)`),
  ];
}
