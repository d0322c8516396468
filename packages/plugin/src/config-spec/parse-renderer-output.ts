import type { ConfigRendering, RenderedModels } from './rendered-config';

/** The renderer's output was not what render_config_examples.py prints. */
export class RendererOutputError extends Error {
  override name = 'RendererOutputError';
}

const isStringList = (v: unknown): v is string[] => Array.isArray(v) && v.every((s) => typeof s === 'string');
const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** How the output is read: the renderer's version for messages, and what to say when the model generator failed. */
export interface RendererOutputContext {
  rendererVersion: string;
  /** How to get a model generator that loads (for a failure to load it, or a crash on one spec). */
  modelsHint: string;
}

function readModels(raw: Record<string, unknown>, unavailable: unknown, hint: string): RenderedModels {
  if (typeof raw.modelsCrash === 'string') return { kind: 'crashed', reason: raw.modelsCrash, hint };
  if (raw.models === undefined) {
    const reason = typeof unavailable === 'string' ? unavailable : 'the renderer rendered no models';
    return { kind: 'unavailable', reason: `the model generator could not be loaded: ${reason}`, hint };
  }
  const files = raw.models;
  const errors = raw.modelErrors ?? {};
  if (!isRecord(files) || !Object.values(files).every((t) => typeof t === 'string'))
    throw new RendererOutputError('a result has models that are not text');
  if (!isRecord(errors) || !Object.values(errors).every(isStringList))
    throw new RendererOutputError('a result has model errors that are not lists of text');
  return { kind: 'rendered', files: files as Record<string, string>, errors: errors as Record<string, string[]> };
}

function readResult(
  raw: unknown,
  templates: string[],
  context: RendererOutputContext,
  modelsAsked: boolean,
  modelsUnavailable: unknown,
): ConfigRendering {
  if (!isRecord(raw) || !isStringList(raw.errors)) throw new RendererOutputError('a result has no list of errors');
  const files = raw.files ?? {};
  const renderErrors = raw.renderErrors ?? {};
  if (!isRecord(files) || !Object.values(files).every((t) => typeof t === 'string'))
    throw new RendererOutputError('a result has files that are not text');
  if (!isRecord(renderErrors) || !Object.values(renderErrors).every(isStringList))
    throw new RendererOutputError('a result has render errors that are not lists of text');
  const rendering: ConfigRendering = {
    kind: 'rendered',
    errors: raw.errors,
    files: files as Record<string, string>,
    renderErrors: renderErrors as Record<string, string[]>,
    templates,
    rendererVersion: context.rendererVersion,
  };
  // A spec with errors renders nothing, models neither: its errors are the finding.
  if (modelsAsked && raw.errors.length === 0) rendering.models = readModels(raw, modelsUnavailable, context.modelsHint);
  return rendering;
}

/**
 * Reads what render_config_examples.py printed for the integrations asked (each says whether its
 * models were asked for): one rendering each, in the order they were asked. Throws
 * {@link RendererOutputError} on anything else.
 */
export function parseRendererOutput(
  stdout: string,
  asked: readonly { models?: boolean }[],
  context: RendererOutputContext,
): ConfigRendering[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(stdout);
  } catch (error) {
    throw new RendererOutputError(`the renderer printed no JSON (${(error as Error).message})`);
  }
  if (!isRecord(parsed) || !isStringList(parsed.templates) || !Array.isArray(parsed.results))
    throw new RendererOutputError('the renderer printed no templates and results');
  if (parsed.results.length !== asked.length)
    throw new RendererOutputError(`the renderer gave ${parsed.results.length} results for ${asked.length} specs`);
  const templates = parsed.templates;
  const unavailable = parsed.modelsUnavailable;
  return parsed.results.map((r, i) => readResult(r, templates, context, asked[i].models === true, unavailable));
}
