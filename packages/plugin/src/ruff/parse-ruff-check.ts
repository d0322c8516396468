import { relative, sep } from 'node:path';
import type { Diagnostic } from '../diagnostics/diagnostic';

/** One finding of `ruff check --output-format=json` (the fields we read). */
interface RuffFinding {
  code: string | null;
  message: string;
  filename: string;
  location: { row: number; column: number };
  fix?: { applicability?: string; message?: string | null } | null;
  url?: string | null;
}

function relativeFile(projectRoot: string, filename: string): string {
  return relative(projectRoot, filename).split(sep).join('/');
}

/** Turns one ruff finding into a diagnostic with a path relative to its integration. */
function toDiagnostic(projectRoot: string, f: RuffFinding): Diagnostic {
  return {
    ruleId: `python/${f.code ?? 'syntax-error'}`,
    severity: 'error',
    file: relativeFile(projectRoot, f.filename),
    line: f.location.row,
    column: f.location.column,
    message: f.message,
    hint: f.fix?.message ?? (f.url ? `see ${f.url}` : undefined),
  };
}

function parseFindings(json: string): RuffFinding[] {
  return JSON.parse(json.trim() || '[]') as RuffFinding[];
}

/**
 * Splits ruff's JSON output over integrations by path: each finding goes to the integration
 * whose folder holds the file. Every root gets an entry, empty when clean.
 */
export function splitRuffFindings(projectRoots: readonly string[], json: string): Map<string, Diagnostic[]> {
  const out = new Map(projectRoots.map((root) => [root, [] as Diagnostic[]]));
  const byLength = [...projectRoots].sort((a, b) => b.length - a.length);
  for (const finding of parseFindings(json)) {
    const root = byLength.find((r) => finding.filename === r || finding.filename.startsWith(r + sep));
    if (root) out.get(root)!.push(toDiagnostic(root, finding));
  }
  return out;
}

/** A file that `ruff check --fix` changes, and the codes of the findings it repairs there. */
export interface SafeFix {
  file: string;
  codes: string[];
}

/**
 * What `ruff check --fix` (without `--unsafe-fixes`) will repair, read from the JSON of the same
 * check without --fix: the findings whose fix is `safe` (ruff leaves out the fixes of the rules
 * configured `unfixable`), by file (relative to the integration), codes sorted and unique.
 */
export function listSafeFixes(projectRoot: string, json: string): SafeFix[] {
  const byFile = new Map<string, Set<string>>();
  for (const finding of parseFindings(json)) {
    if (finding.fix?.applicability !== 'safe' || !finding.code) continue;
    const file = relativeFile(projectRoot, finding.filename);
    byFile.set(file, (byFile.get(file) ?? new Set()).add(finding.code));
  }
  return [...byFile]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([file, codes]) => ({ file, codes: [...codes].sort() }));
}
