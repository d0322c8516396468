import type { ConfigRendering } from './rendered-config';

/** The renderer's output was not what render_config_examples.py prints. */
export class RendererOutputError extends Error {
  override name = 'RendererOutputError';
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function readResult(raw: unknown, templates: string[], rendererVersion: string): ConfigRendering {
  if (!isRecord(raw) || !isStringList(raw.errors)) throw new RendererOutputError('a result has no list of errors');
  const files = raw.files ?? {};
  const renderErrors = raw.renderErrors ?? {};
  if (!isRecord(files) || !Object.values(files).every((t) => typeof t === 'string'))
    throw new RendererOutputError('a result has files that are not text');
  if (!isRecord(renderErrors) || !Object.values(renderErrors).every(isStringList))
    throw new RendererOutputError('a result has render errors that are not lists of text');
  return {
    kind: 'rendered',
    errors: raw.errors,
    files: files as Record<string, string>,
    renderErrors: renderErrors as Record<string, string[]>,
    templates,
    rendererVersion,
  };
}

/**
 * Reads what render_config_examples.py printed for `count` integrations: one rendering each, in
 * the order they were asked. Throws {@link RendererOutputError} on anything else.
 */
export function parseRendererOutput(stdout: string, count: number, rendererVersion: string): ConfigRendering[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (error) {
    throw new RendererOutputError(`the renderer printed no JSON (${(error as Error).message})`);
  }
  if (!isRecord(parsed) || !isStringList(parsed.templates) || !Array.isArray(parsed.results))
    throw new RendererOutputError('the renderer printed no templates and results');
  if (parsed.results.length !== count)
    throw new RendererOutputError(`the renderer gave ${parsed.results.length} results for ${count} specs`);
  const templates = parsed.templates;
  return parsed.results.map((r) => readResult(r, templates, rendererVersion));
}
