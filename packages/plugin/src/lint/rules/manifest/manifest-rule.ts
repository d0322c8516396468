import type { JsonNode } from '../../json/json-node';
import { findNode, placeOf } from '../../json/json-node';
import type { ManifestModel } from '../../model/manifest-model';

export const MANIFEST = 'manifest.json';

/** A field's value node and the place to point at (its key, or the nearest parent). */
export function fieldAt(
  model: ManifestModel,
  path: readonly (string | number)[],
): { node?: JsonNode; at: ReturnType<typeof placeOf> } {
  return { node: findNode(model.root, path), at: placeOf(model.root, path) };
}
