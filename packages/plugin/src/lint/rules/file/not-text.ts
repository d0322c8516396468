import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

export const fileNotTextRule: LintRule = {
  id: 'file/not-text',
  policy: {
    provenance: 'beyond-upstream',
    basis: 'ddev and the Agent read these files as UTF-8: Python stops with a UnicodeDecodeError on anything else',
  },
  description:
    "The files the validators read (manifest.json, metadata.csv, README.md, conf.yaml.example, ...) are UTF-8 text. A binary file or another encoding under one of these names is unreadable for Datadog's tooling. Fix: save the file as UTF-8 text (in a spreadsheet: export as CSV UTF-8).",
  check: (context) =>
    (context.notText ?? []).map((file) =>
      report(
        file,
        undefined,
        `${file} is not UTF-8 text (binary content or another encoding)`,
        'save it as UTF-8 text',
      ),
    ),
};
