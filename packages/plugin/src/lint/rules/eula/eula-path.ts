import { findNode, type JsonNode } from '../../json/json-node';
import type { LintContext } from '../../lint-context';
import { normalizeAssetPath } from '../../model/manifest-assets';

/** The EULA a manifest names: `legal_terms.eula` (v2) or `terms.eula` (v1), as ddev reads it. */
export interface EulaReference {
  field: string;
  node: JsonNode;
  /** The folder-relative path, when the value is a string. */
  file?: string;
  written?: string;
}

/** The manifest's EULA field, if it names one (ddev validates a EULA only when the manifest names it). */
export function eulaReference(context: LintContext): EulaReference | undefined {
  const model = context.manifest();
  if (!model) return undefined;
  const path = model.major === 2 ? ['legal_terms', 'eula'] : ['terms', 'eula'];
  const node = findNode(model.root, path);
  if (!node || node.kind === 'null') return undefined;
  const field = path.join('.');
  return node.kind === 'string'
    ? { field, node, file: normalizeAssetPath(node.value), written: node.value }
    : { field, node };
}
