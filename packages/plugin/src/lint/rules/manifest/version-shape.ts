import type { Finding, LintRule } from '../../lint-rule';
import { findNode } from '../../json/json-node';
import { V1_MARKERS, V2_MARKERS } from '../../model/manifest-model';
import { isReleaseVersion } from '../../../versions/release-version';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

export const manifestVersionShapeRule: LintRule = {
  id: 'manifest/version-shape',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      'ddev reads a 2.x manifest at its v2 paths (`assets.integration.metrics.prefix`, ...): the v1 fields of a mislabelled file are never read, so the metric prefix and the assets are not found',
  },
  description:
    'manifest_version is a version such as 1.0.0 or 2.0.0 and matches the shape of the file: a manifest that declares 2.x but carries the v1 fields (integration_id, display_name, guid, ...) and none of v2 (app_uuid, app_id, tile, author) is a v1 manifest mislabelled, often by confusing manifest_version with the package version. Fix: declare "1.0.0" for a v1 manifest, or convert the file to the v2 layout.',
  check: (context) => {
    const model = context.manifest();
    if (!model) return [];
    const { node, at } = fieldAt(model, ['manifest_version']);
    if (node?.kind !== 'string') return [];
    const out: Finding[] = [];
    if (!isReleaseVersion(node.value)) {
      out.push(
        report(
          MANIFEST,
          at,
          `manifest_version '${node.value}' is not a version`,
          'write "1.0.0" (the guide\'s manifest) or "2.0.0"',
        ),
      );
      return out;
    }
    const present = (keys: string[]) => keys.filter((k) => findNode(model.root, [k]) !== undefined);
    const v1 = present(V1_MARKERS);
    const v2 = present(V2_MARKERS);
    if (model.major === 2 && model.shape === 1) {
      out.push(
        report(
          MANIFEST,
          at,
          `manifest_version '${node.value}' declares v2, but the file is a v1 manifest (${v1.slice(0, 3).join(', ')}; no app_uuid, app_id, tile or author)`,
          'write "manifest_version": "1.0.0", or convert the manifest to the v2 layout',
        ),
      );
    }
    if (model.major === 1 && model.shape === 2 && v1.length === 0) {
      out.push(
        report(
          MANIFEST,
          at,
          `manifest_version '${node.value}' declares v1, but the file is a v2 manifest (${v2.join(', ')})`,
          'write "manifest_version": "2.0.0"',
        ),
      );
    }
    return out;
  },
};
