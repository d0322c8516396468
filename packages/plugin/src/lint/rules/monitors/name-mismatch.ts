import type { LintRule } from '../../lint-rule';
import { stringAt } from '../../json/json-node';
import { readAssetObjects } from '../asset-files';
import { report } from '../rule-helpers';
import { NO_MONITOR_VALIDATOR } from './monitor-policy';

export const monitorsNameRule: LintRule = {
  id: 'monitors/name-mismatch',
  policy: { provenance: 'advice', basis: NO_MONITOR_VALIDATOR },
  description:
    'The name of the monitor each template defines (`definition.name`) contains the integration\'s name (its folder name, its display name or its tile title, in any case): the monitor a user creates from it shows among all their monitors, where the name alone tells which integration it watches. Bad: `"name": "High latency on {{host.name}}"`. Good: `"name": "[Foo] High latency on {{host.name}}"`. Fix: put the integration\'s name in the monitor\'s name.',
  check: (context) => {
    const model = context.manifest();
    const names = [context.name, model?.displayName, model ? stringAt(model.root, ['tile', 'title']) : undefined]
      .filter((n): n is string => !!n && n.trim() !== '')
      .map((n) => n.toLowerCase());
    return readAssetObjects(context, 'monitors').flatMap(({ asset, member }) => {
      const definition = member('definition')?.value;
      const name =
        definition?.kind === 'object'
          ? [...definition.members].reverse().find((m) => m.key === 'name')?.value
          : undefined;
      if (name?.kind !== 'string') return [];
      const text = name.value;
      if (names.some((n) => text.toLowerCase().includes(n))) return [];
      return [
        report(
          asset.file,
          name.start,
          `the monitor's name '${text}' does not contain the integration's name (${[...new Set(names)].map((n) => `'${n}'`).join(' or ')})`,
          `start it with the integration's name, e.g. "[${model?.displayName ?? context.name}] ${text}"`,
          'warning',
        ),
      ];
    });
  },
};
