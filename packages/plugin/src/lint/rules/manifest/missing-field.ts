import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

/** The guide's manifest fields. */
const V1_FIELDS = [
  'maintainer',
  'manifest_version',
  'max_agent_version',
  'min_agent_version',
  'name',
  'short_description',
  'support',
  'version',
];
/** Fields Datadog requires of a v2 manifest, and those that must not be empty. */
const V2_FIELDS = [
  'app_uuid',
  'app_id',
  'display_on_public_website',
  'tile.overview',
  'tile.configuration',
  'tile.support',
  'tile.changelog',
  'tile.description',
  'tile.title',
  'tile.media',
  'tile.classifier_tags',
  'author.name',
  'author.support_email',
  'author.homepage',
  'author.sales_email',
];
const V2_NON_EMPTY = new Set([
  'app_uuid',
  'app_id',
  'tile.description',
  'tile.title',
  'author.name',
  'author.support_email',
]);

export const manifestMissingFieldRule: LintRule = {
  id: 'manifest/missing-field',
  policy: {
    provenance: 'advice',
    basis:
      "ddev 20 no longer validates manifests; Datadog's Publishing Platform checks the fields it needs when the integration is published",
  },
  description:
    "manifest.json carries the guide's fields (maintainer, manifest_version, max_agent_version, min_agent_version, name, short_description, support, version) or, for manifest_version 2.x, the fields Datadog requires of a v2 manifest (app_uuid, app_id, tile.*, author.*). A missing or empty field is reported where it should be. Fix: add the field; `nx g @dd/plugin:integration` shows a complete manifest of either version.",
  check: (context) => {
    const model = context.manifest();
    // A manifest whose fields contradict its manifest_version is reported by manifest/version-shape.
    if (!model || model.shape !== model.major) return [];
    const out: Finding[] = [];
    for (const field of model.major === 2 ? V2_FIELDS : V1_FIELDS) {
      const path = field.split('.');
      const { node, at } = fieldAt(model, path);
      const mustHaveValue = model.major === 1 || V2_NON_EMPTY.has(field);
      if (node && !(mustHaveValue && ((node.kind === 'string' && node.value.trim() === '') || node.kind === 'null')))
        continue;
      out.push(
        report(
          MANIFEST,
          at,
          `${node ? 'empty' : 'missing'} field '${field}'${model.major === 2 ? ' (manifest v2)' : ''}`,
          `set "${path[path.length - 1]}"${path.length > 1 ? ` inside "${path.slice(0, -1).join('.')}"` : ''}`,
        ),
      );
    }
    return out;
  },
};
