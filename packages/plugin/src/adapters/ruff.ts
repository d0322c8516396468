import { relative, sep } from 'node:path';
import type { Diagnostic } from '../lint/diagnostic';
import { runProcess } from './run-process';

interface RuffFinding {
  code: string | null;
  message: string;
  filename: string;
  location: { row: number; column: number };
  fix?: { message?: string | null } | null;
  url?: string | null;
}

/** Turns one ruff finding into a diagnostic with a path relative to its integration. */
function toDiagnostic(projectRoot: string, f: RuffFinding): Diagnostic {
  return {
    ruleId: `python/${f.code ?? 'syntax-error'}`,
    severity: 'error',
    file: relative(projectRoot, f.filename).split(sep).join('/'),
    line: f.location.row,
    column: f.location.column,
    message: f.message,
    hint: f.fix?.message ?? (f.url ? `see ${f.url}` : undefined),
  };
}

/**
 * Splits ruff's JSON output over several integrations by path: each finding goes to the
 * integration whose folder holds the file. Every root gets an entry, empty when clean.
 */
export function splitRuffFindings(projectRoots: readonly string[], json: string): Map<string, Diagnostic[]> {
  const out = new Map(projectRoots.map((root) => [root, [] as Diagnostic[]]));
  const byLength = [...projectRoots].sort((a, b) => b.length - a.length);
  for (const finding of JSON.parse(json || '[]') as RuffFinding[]) {
    const root = byLength.find((r) => finding.filename === r || finding.filename.startsWith(r + sep));
    if (root) out.get(root)!.push(toDiagnostic(root, finding));
  }
  return out;
}

/**
 * Runs one ruff process over several integrations (ruff takes many paths and applies the
 * nearest pyproject.toml to each file), and returns each integration's findings.
 */
export async function runRuffOnProjects(ruff: string, projectRoots: readonly string[], cwd: string): Promise<Map<string, Diagnostic[]>> {
  if (projectRoots.length === 0) return new Map();
  const result = await runProcess({
    file: ruff,
    args: ['check', '--output-format=json', '--no-cache', '--exit-zero', ...projectRoots],
    cwd,
    timeoutMs: 300_000,
  });
  if (result.exitCode !== 0 && projectRoots.length > 1) {
    // One integration's broken ruff settings fail the whole run: find out which, one by one.
    const each = new Map<string, Diagnostic[]>();
    for (const root of projectRoots) each.set(root, (await runRuffOnProjects(ruff, [root], cwd)).get(root) ?? []);
    return each;
  }
  if (result.exitCode !== 0) {
    const failure: Diagnostic = {
      ruleId: 'python/ruff-failed',
      severity: 'error',
      file: 'pyproject.toml',
      line: 1,
      column: 1,
      message: `ruff could not run: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`,
      hint: 'check the [tool.ruff] section of pyproject.toml',
    };
    return new Map(projectRoots.map((root) => [root, [failure]]));
  }
  return splitRuffFindings(projectRoots, result.stdout);
}
