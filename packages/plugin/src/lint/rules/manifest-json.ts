import type { Diagnostic, IntegrationSource, LintRule } from '../diagnostic';
import { locate } from '../locate';

const FILE = 'manifest.json';

/** Parses manifest.json, or returns the diagnostic that says where it is broken. */
export function parseManifest(source: IntegrationSource): { value?: Record<string, unknown>; diagnostic?: Diagnostic } {
  const text = source.files[FILE];
  if (text === undefined) return {};
  try {
    const value = JSON.parse(text) as unknown;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      return { diagnostic: diagnostic(1, 1, 'manifest.json must hold a JSON object') };
    }
    return { value: value as Record<string, unknown> };
  } catch (error) {
    const message = (error as Error).message;
    const position = /position (\d+)/.exec(message);
    const where = position ? locate(text, Number(position[1])) : { line: 1, column: 1 };
    return { diagnostic: diagnostic(where.line, where.column, `manifest.json is not valid JSON: ${message}`) };
  }
}

function diagnostic(line: number, column: number, message: string): Diagnostic {
  return {
    ruleId: 'manifest/invalid-json',
    severity: 'error',
    file: FILE,
    line,
    column,
    message,
    hint: 'fix the JSON syntax (no trailing commas, no comments, double-quoted strings)',
  };
}

export const manifestJsonRule: LintRule = {
  id: 'manifest/invalid-json',
  description: 'manifest.json must be strict JSON holding an object: the Agent and Datadog read it as such.',
  check: (source) => {
    if (source.files[FILE] === undefined) {
      return [{ ruleId: 'manifest/invalid-json', severity: 'error', file: FILE, line: 1, column: 1, message: 'manifest.json is missing', hint: 'every integration needs a manifest.json: see `nx g @dd/plugin:integration`' }];
    }
    const { diagnostic: found } = parseManifest(source);
    return found ? [found] : [];
  },
};
