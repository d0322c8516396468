import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const readmeMissingFileRule: LintRule = {
  id: 'readme/missing-file',
  policy: {
    provenance: 'advice',
    basis:
      '`ddev validate readmes` skips an integration of integrations-extras without README.md (its READMEs move to the Publishing Platform)',
  },
  description:
    "Every integration has a README.md: it becomes the integration's documentation page and tile. Fix: write one with the guide's sections (Overview, Installation, Configuration, Validation, Compatibility, Metrics); the generator's README is a template.",
  check: (context) =>
    context.files['README.md'] === undefined && !(context.notText ?? []).includes('README.md')
      ? [
          report(
            'README.md',
            undefined,
            'README.md is missing',
            'create README.md with the sections Overview, Installation, Configuration, Validation, Compatibility and Metrics',
          ),
        ]
      : [],
};
