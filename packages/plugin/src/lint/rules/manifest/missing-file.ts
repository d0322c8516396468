import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { MANIFEST } from './manifest-rule';

export const manifestMissingFileRule: LintRule = {
  id: 'manifest/missing-file',
  policy: {
    provenance: 'advice',
    basis:
      "integrations-extras keeps some manifests in Datadog's Publishing Platform, and ddev accepts an integration without manifest.json",
  },
  description:
    'Every integration has a manifest.json: it names the integration, its maintainer and its versions, and the workspace finds integrations by it. Fix: run `nx g @dd/plugin:integration <name>` in a scratch workspace and copy its manifest.json.',
  check: (context) =>
    context.files[MANIFEST] === undefined && !(context.notText ?? []).includes(MANIFEST)
      ? [
          report(
            MANIFEST,
            undefined,
            'manifest.json is missing',
            'every integration needs a manifest.json: see `nx g @dd/plugin:integration`',
          ),
        ]
      : [],
};
