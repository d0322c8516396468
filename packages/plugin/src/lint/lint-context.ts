import { pythonModuleName } from '../integration/integration-names';
import type { IntegrationSource } from './integration-source';
import { confExampleCandidates } from './integration-layout';
import { parseJson, type ParsedJson } from './json/parse-json';
import { buildManifestModel, type ManifestModel } from './model/manifest-model';
import { buildMetadataTable, type MetadataTable } from './model/metadata-table';
import { parseYaml, type ParsedYaml } from '../yaml/parse-yaml';

/**
 * One integration as the rules see it: its files, plus parsed views built on first use and
 * shared by every rule of the run (a per-run object, never a module-level cache).
 */
export interface LintContext extends IntegrationSource {
  /** Python package name under datadog_checks/. */
  module: string;
  /** Path of the conf.yaml.example in use, if any. */
  confExample?: string;
  /** True when the file exists (read or not). */
  exists(path: string): boolean;
  json(path: string): ParsedJson | undefined;
  manifest(): ManifestModel | undefined;
  metadata(): MetadataTable | undefined;
  yaml(path: string): ParsedYaml | undefined;
}

function memo<K, V>(compute: (key: K) => V): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (!cache.has(key)) cache.set(key, compute(key));
    return cache.get(key) as V;
  };
}

/** Builds the context of one lint run over one integration. */
export function createLintContext(source: IntegrationSource): LintContext {
  const module = pythonModuleName(source.name);
  const listed = new Set([...(source.paths ?? []), ...Object.keys(source.files), ...(source.notText ?? [])]);
  const text = (path: string): string | undefined => source.files[path];
  const json = memo((path: string) => {
    const content = text(path);
    return content === undefined ? undefined : parseJson(content);
  });
  const yaml = memo((path: string) => {
    const content = text(path);
    return content === undefined ? undefined : parseYaml(content);
  });
  const manifest = memo(() => {
    const root = json('manifest.json')?.root;
    return root?.kind === 'object' ? buildManifestModel(root) : undefined;
  });
  const metadata = memo(() => {
    const content = text('metadata.csv');
    return content === undefined ? undefined : buildMetadataTable(content);
  });
  return {
    ...source,
    module,
    confExample: confExampleCandidates(module).find((path) => path in source.files),
    exists: (path) => listed.has(path.replace(/^\.?\//, '')),
    json,
    manifest: () => manifest(undefined),
    metadata: () => metadata(undefined),
    yaml,
  };
}
