import { findNode, stringAt, type JsonNode } from '../json/json-node';

/** What the rules need to know of a manifest, whatever its version. */
export interface ManifestModel {
  root: JsonNode;
  /** 2 for manifest_version 2.x, else 1 (the guide's manifest). */
  major: 1 | 2;
  /** The version the fields look like: 2 with any of app_uuid, app_id, tile, author; 1 with v1-only fields. */
  shape: 1 | 2;
  displayName?: string;
  metricPrefix?: string;
  /** Path of the metric prefix field, for positions. */
  metricPrefixPath: string[];
  /** Metrics the manifest names as the check's own (metric_to_check / metrics.check). */
  metricChecks: { name: string; path: (string | number)[] }[];
  metricChecksPath: string[];
}

/**
 * Normalises a display name the way Datadog does for the `integration` column of metadata.csv:
 * anything but letters, digits and dashes becomes `_`, runs collapse, ends are trimmed, lower case.
 */
export function normalizeDisplayName(displayName: string): string {
  return displayName
    .replace(/[^0-9A-Za-z-]/g, '_')
    .replace(/_+/g, '_')
    .replace(/^_+|_+$/g, '')
    .toLowerCase();
}

/** Reads the version-dependent fields of a parsed manifest. */
/** Fields that only a v2 manifest has, and fields that only the guide's v1 manifest has. */
export const V2_MARKERS = ['app_uuid', 'app_id', 'tile', 'author'];
export const V1_MARKERS = [
  'integration_id',
  'display_name',
  'guid',
  'metric_prefix',
  'metric_to_check',
  'public_title',
  'short_description',
  'maintainer',
  'categories',
];

export function buildManifestModel(root: JsonNode): ManifestModel {
  const major = /^2(\.|$)/.test(stringAt(root, ['manifest_version']) ?? '') ? 2 : 1;
  const has = (keys: string[]) => keys.some((k) => findNode(root, [k]) !== undefined);
  const shape = has(V2_MARKERS) ? 2 : has(V1_MARKERS) ? 1 : major;
  const metricPrefixPath = major === 2 ? ['assets', 'integration', 'metrics', 'prefix'] : ['metric_prefix'];
  const metricChecksPath = major === 2 ? ['assets', 'integration', 'metrics', 'check'] : ['metric_to_check'];
  const checks = findNode(root, metricChecksPath);
  const metricChecks =
    checks?.kind === 'string'
      ? [{ name: checks.value, path: metricChecksPath }]
      : checks?.kind === 'array'
        ? checks.items.flatMap((item, i) =>
            item.kind === 'string' ? [{ name: item.value, path: [...metricChecksPath, i] }] : [],
          )
        : [];
  return {
    root,
    major,
    shape,
    displayName:
      major === 2 ? stringAt(root, ['assets', 'integration', 'source_type_name']) : stringAt(root, ['display_name']),
    metricPrefix: stringAt(root, metricPrefixPath),
    metricPrefixPath,
    metricChecks,
    metricChecksPath,
  };
}
