import { pythonModuleName } from '../../integration/integration-names';
import { universalNewlines } from '../../config-spec/first-difference';
import { compareModelFiles, modelFileReader } from '../../config-spec/model-files';
import { renderedExamplePath, SPEC_PATH } from '../../config-spec/rendered-config';
import type { IntegrationSource } from '../integration-source';

/** Where a rendered example comes from, as its note reads: `wrote <file> (rendered from <spec.yaml's path>)`. */
export const RENDERED_FROM_SPEC = `rendered from ${SPEC_PATH}`;

/** An example file to write whole with the text spec.yaml renders for it. */
export interface RenderedExample {
  /** The example's path in the integration (`datadog_checks/<module>/data/conf.yaml.example`). */
  file: string;
  text: string;
}

/**
 * The examples `--fix` writes from spec.yaml's rendering, as `ddev validate config --sync` does:
 * only for a spec without errors, only the files the renderer made without errors, and only
 * those that differ (line endings read as Python reads them, as ddev compares); then the config
 * models generated from it that differ.
 */
export function planRenderedExamples(source: IntegrationSource): RenderedExample[] {
  const rendering = source.renderedConfig;
  if (rendering?.kind !== 'rendered' || rendering.errors.length > 0 || !(SPEC_PATH in source.files)) return [];
  const module = pythonModuleName(source.name);
  const out: RenderedExample[] = [];
  for (const [name, text] of Object.entries(rendering.files)) {
    if ((rendering.renderErrors[name] ?? []).length > 0) continue;
    const file = renderedExamplePath(module, name);
    const disk = source.files[file];
    if (disk === undefined || universalNewlines(disk) !== text) out.push({ file, text });
  }
  return [...out, ...planGeneratedModels(source)];
}

/**
 * The config models `--fix` writes, as `ddev validate models --sync` does: the files the
 * generator made without errors that differ from the disk, each under its header.
 */
function planGeneratedModels(source: IntegrationSource): RenderedExample[] {
  const models = source.renderedConfig?.kind === 'rendered' ? source.renderedConfig.models : undefined;
  if (models?.kind !== 'rendered') return [];
  return compareModelFiles(source.name, models, modelFileReader(source)).flatMap((found) =>
    found.kind === 'generator-errors' ? [] : [{ file: found.path, text: found.expected }],
  );
}
