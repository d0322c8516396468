import type { LintRule } from '../../lint-rule';
import { MANIFEST } from '../manifest/manifest-rule';
import { report } from '../rule-helpers';
import { eulaReference } from './eula-path';

export const eulaMissingFileRule: LintRule = {
  id: 'eula/missing-file',
  policy: {
    provenance: 'upstream',
    validator: 'eula',
    basis:
      '`ddev validate eula`: `<path> does not exist` for the EULA the manifest names (a value that is not a path stops it with a traceback)',
  },
  description:
    'The EULA a Marketplace manifest names (`legal_terms.eula`; `terms.eula` in a v1 manifest) exists at that path in the integration\'s folder: Datadog shows it to a buyer before the purchase. Bad: `"eula": "assets/eula.pdf"` with the file saved as `assets/EULA.pdf`. Good: the path of the file as it is. Fix: add the PDF, or correct the path.',
  check: (context) => {
    const ref = eulaReference(context);
    if (!ref || context.paths === undefined) return [];
    if (ref.file === undefined)
      return [
        report(
          MANIFEST,
          ref.node.start,
          `${ref.field} must be the path of the EULA, found a ${ref.node.kind}`,
          'write the path of the EULA file, e.g. "assets/eula.pdf"',
        ),
      ];
    if (context.exists(ref.file)) return [];
    return [
      report(
        MANIFEST,
        ref.node.start,
        `${ref.field} names the EULA '${ref.written}', which does not exist`,
        `add ${ref.file} to the integration, or correct the path`,
      ),
    ];
  },
};
