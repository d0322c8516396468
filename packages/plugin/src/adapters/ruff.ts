import type { Diagnostic } from '../lint/diagnostic';
import { runProcess } from './run-process';
import { relative } from 'node:path';

interface RuffFinding {
  code: string | null;
  message: string;
  filename: string;
  location: { row: number; column: number };
  fix?: { message?: string | null } | null;
  url?: string | null;
}

/** Turns ruff's JSON output into diagnostics with paths relative to the integration. */
export function ruffToDiagnostics(projectRoot: string, json: string): Diagnostic[] {
  const findings = JSON.parse(json || '[]') as RuffFinding[];
  return findings.map((f) => ({
    ruleId: `python/${f.code ?? 'syntax-error'}`,
    severity: 'error',
    file: relative(projectRoot, f.filename),
    line: f.location.row,
    column: f.location.column,
    message: f.message,
    hint: f.fix?.message ?? (f.url ? `see ${f.url}` : undefined),
  }));
}

/** Runs ruff from the integration's environment over its Python files. */
export async function runRuff(ruff: string, projectRoot: string): Promise<Diagnostic[]> {
  const result = await runProcess({
    file: ruff,
    args: ['check', '--output-format=json', '--no-cache', '--exit-zero', '.'],
    cwd: projectRoot,
    timeoutMs: 120_000,
  });
  if (result.exitCode !== 0) {
    return [{ ruleId: 'python/ruff-failed', severity: 'error', file: 'pyproject.toml', line: 1, column: 1, message: `ruff could not run: ${result.stderr.trim().split('\n').slice(-3).join(' ')}`, hint: 'check the [tool.ruff] section of pyproject.toml' }];
  }
  return ruffToDiagnostics(projectRoot, result.stdout);
}
