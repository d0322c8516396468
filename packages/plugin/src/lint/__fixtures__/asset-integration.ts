/** The app uuid of the fixture integration `foo`. */
export const APP_UUID = 'd86565ae-ca60-45c2-a0b9-944ec1e05a15';

/** A manifest as the fixtures edit it. */
export interface FixtureManifest {
  [field: string]: unknown;
  assets: Record<string, unknown>;
}

/** A v2 manifest of `foo` with no assets but the integration's. */
export function manifestV2(): FixtureManifest {
  return {
    manifest_version: '2.0.0',
    app_uuid: APP_UUID,
    app_id: 'foo',
    tile: { title: 'Foo' },
    assets: { integration: { source_type_name: 'Foo' } },
  };
}

/** Asset files by path: an object is written as JSON (two-space indent), a string as it is. */
export type AssetFiles = Record<string, unknown>;

/**
 * The files of an integration `foo` whose v2 manifest names the given files, each under its
 * group (`assets/<group>/...`) with its file name as the key; `edit` changes the manifest first.
 */
export function assetIntegration(files: AssetFiles, edit: (manifest: FixtureManifest) => void = () => undefined): Record<string, string> {
  const manifest = manifestV2();
  for (const path of Object.keys(files)) {
    const group = path.split('/')[1];
    manifest.assets[group] = { ...(manifest.assets[group] as object), [path.split('/').pop() as string]: path };
  }
  edit(manifest);
  const out: Record<string, string> = { 'manifest.json': JSON.stringify(manifest, null, 2) };
  for (const [path, content] of Object.entries(files)) out[path] = typeof content === 'string' ? content : JSON.stringify(content, null, 2);
  return out;
}
