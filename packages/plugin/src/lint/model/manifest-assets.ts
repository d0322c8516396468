import { findNode, type JsonNode, type Position } from '../json/json-node';

/** The asset groups of a manifest whose members name one JSON file each. */
export type AssetGroup = 'dashboards' | 'monitors' | 'saved_views';

/** One file a manifest names under `assets.<group>`. */
export interface NamedAsset {
  /** The member's key (a dashboard's short name); `_` for a group written as a single string. */
  key: string;
  /** The path as the manifest writes it. */
  written: string;
  /** The path relative to the integration's folder, without `./` and empty segments. */
  file: string;
  /** The manifest field that names it, e.g. `assets.dashboards.Overview`. */
  field: string;
  /** Where the manifest names it. */
  at: Position;
}

/** A written path as a folder-relative one: `./assets//x.json` is `assets/x.json`. */
export function normalizeAssetPath(written: string): string {
  return written
    .split('/')
    .filter((segment) => segment !== '' && segment !== '.')
    .join('/');
}

/**
 * The files a manifest (v1 or v2: both keep them at `assets.<group>`) names in a group, as ddev's
 * `get_assets_from_manifest` reads them: the values of the object, or the one string a group may
 * be. A value that is not a string names nothing.
 */
export function namedAssets(root: JsonNode, group: AssetGroup): NamedAsset[] {
  const node = findNode(root, ['assets', group]);
  // A key written twice counts once, with its last value, as in Python's json module.
  const members =
    node?.kind === 'object'
      ? [...new Map(node.members.map((m) => [m.key, m.value])).entries()].map(([key, value]) => ({ key, value }))
      : node?.kind === 'string'
        ? [{ key: '_', value: node }]
        : [];
  return members.flatMap(({ key, value }) =>
    value.kind === 'string'
      ? [
          {
            key,
            written: value.value,
            file: normalizeAssetPath(value.value),
            field: node?.kind === 'object' ? `assets.${group}.${key}` : `assets.${group}`,
            at: value.start,
          },
        ]
      : [],
  );
}
