import type { Finding, LintRule } from '../../lint-rule';
import type { JsonNode } from '../../json/json-node';
import { findNode } from '../../json/json-node';
import { EMAIL, report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';

/** Every file path a v2 manifest names, with the path of the field that names it. */
export function assetReferences(
  root: JsonNode,
): { file: string; path: (string | number)[]; at: { line: number; column: number } }[] {
  const out: { file: string; path: (string | number)[]; at: { line: number; column: number } }[] = [];
  const add = (path: (string | number)[], strip = false) => {
    const node = findNode(root, path);
    if (node?.kind === 'string' && node.value.trim() !== '')
      out.push({ file: strip ? node.value.split('#')[0] : node.value, path, at: node.start });
  };
  for (const key of ['overview', 'configuration', 'support', 'changelog']) add(['tile', key], true);
  add(['assets', 'integration', 'metrics', 'metadata_path']);
  add(['assets', 'integration', 'service_checks', 'metadata_path']);
  add(['assets', 'integration', 'configuration', 'spec']);
  for (const group of ['dashboards', 'monitors', 'saved_views', 'logs']) {
    const node = findNode(root, ['assets', group]);
    if (node?.kind === 'object')
      for (const m of node.members) if (m.value.kind === 'string' && group !== 'logs') add(['assets', group, m.key]);
  }
  const media = findNode(root, ['tile', 'media']);
  if (media?.kind === 'array') media.items.forEach((_, i) => add(['tile', 'media', i, 'image_url']));
  return out;
}

/** Asset groups whose missing files `ddev validate dashboards` and `saved-views` report, under their own rules. */
const UPSTREAM_CHECKED = new Set(['dashboards', 'saved_views']);

export const manifestMissingAssetRule: LintRule = {
  id: 'manifest/missing-asset',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "Datadog publishes the files the manifest names, so a missing one is a broken tile; datadog_checks_dev's manifest validators (ChangelogValidator, MetricsMetadataValidator) rejected it, and `ddev validate config` fails a check whose spec is missing",
  },
  description:
    "Every file a v2 manifest names (the tile's README and CHANGELOG, metadata.csv, service_checks.json, the configuration spec, monitors, media images) exists in the integration's folder, at that path: Datadog publishes what the manifest points to and fails on a missing file. Missing dashboards and saved views are reported by dashboards/missing-file and saved-views/missing-file, which `ddev validate` checks. Fix: add the file, or correct the path.",
  check: (context) => {
    const model = context.manifest();
    if (!model || model.major !== 2 || context.paths === undefined) return [];
    const out: Finding[] = [];
    for (const ref of assetReferences(model.root)) {
      // Dashboards and saved views have ddev's own verdict: dashboards/missing-file, saved-views/missing-file.
      if (ref.path[0] === 'assets' && UPSTREAM_CHECKED.has(String(ref.path[1]))) continue;
      // A URL or an e-mail address (tile.support may hold one) is not a file of the folder.
      if (/^https?:\/\//.test(ref.file) || EMAIL.test(ref.file) || context.exists(ref.file)) continue;
      out.push(
        report(
          MANIFEST,
          ref.at,
          `${ref.path.join('.')} names '${ref.file}', which does not exist`,
          `add ${ref.file} to the integration, or correct the path`,
        ),
      );
    }
    return out;
  },
};
