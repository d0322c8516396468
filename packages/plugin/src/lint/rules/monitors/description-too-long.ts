import type { LintRule } from '../../lint-rule';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';
import { NO_MONITOR_VALIDATOR } from './monitor-policy';

const MAX = 300;

export const monitorsDescriptionRule: LintRule = {
  id: 'monitors/description-too-long',
  policy: { provenance: 'advice', basis: `${NO_MONITOR_VALIDATOR} (it allowed at most ${MAX} characters)` },
  description: `The description of each monitor template the manifest names has at most ${MAX} characters: the template list shows it at a glance, and upstream's monitor validator refused a longer one. Bad: the monitor's whole runbook as its description. Good: what fails, why it matters, its impact, in two or three sentences. Fix: shorten the description; the runbook belongs in the monitor's message.`,
  check: (context) =>
    readAssetObjects(context, 'monitors').flatMap(({ asset, member }) => {
      const description = member('description');
      if (description?.value.kind !== 'string') return [];
      // Python counts code points; a JavaScript string's length counts UTF-16 units.
      const length = [...description.value.value].length;
      if (length <= MAX) return [];
      return [
        report(
          asset.file,
          description.keyStart,
          `the monitor's description has ${length} characters, at most ${MAX} are allowed`,
          `shorten it to ${MAX} characters; details belong in the monitor's message`,
          'warning',
        ),
      ];
    }),
};
