import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

const MAX = 80;

export const manifestDescriptionRule: LintRule = {
  id: 'manifest/description-too-long',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      'the tile shows at most 80 characters (70 on the Marketplace); datadog_checks_dev still ships the limit (`TileDescriptionValidator.MAX_DESCRIPTION_LENGTH = 80`), though ddev 20 no longer runs manifest validation',
  },
  description: `The short description (v1 \`short_description\`, v2 \`tile.description\`) is at most ${MAX} characters: the integration tile cuts anything longer. Fix: say what the integration collects in one short sentence.`,
  check: (context) => {
    const model = context.manifest();
    if (!model) return [];
    const path = model.major === 2 ? ['tile', 'description'] : ['short_description'];
    const { node, at } = fieldAt(model, path);
    if (node?.kind !== 'string' || node.value.length <= MAX) return [];
    return [
      report(
        MANIFEST,
        at,
        `${path.join('.')} has ${node.value.length} characters, at most ${MAX} fit the tile`,
        `shorten it to ${MAX} characters or fewer`,
      ),
    ];
  },
};
