import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../diagnostic';
import { readmeImagePathRule } from './image-path';
import { readmeMissingFileRule } from './missing-file';
import { readmeMissingSectionRule } from './missing-section';

const R = 'README.md';
const FULL = ['Overview', 'Installation', 'Configuration', 'Validation', 'Compatibility', 'Metrics'].map((s) => `## ${s}\n\nText.\n`).join('\n');

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [readmeMissingFileRule, 'reports a missing README', { 'manifest.json': '{}' }, [d('readme/missing-file', R, 1, 1, 'README.md is missing')]],
  [readmeMissingSectionRule, 'accepts every required section', { [R]: FULL }, []],
  [readmeMissingSectionRule, "accepts integrations-extras' Setup layout", { [R]: '## Overview\nx\n## Setup\n### Installation\nx\n### Configuration\nx\n### Validation\nx\n## Compatibility\nx\n## Data Collected\n### Metrics\nx\n' }, []],
  [readmeMissingSectionRule, 'reports a missing section', { [R]: FULL.replace('## Compatibility', '## Support') }, [d('readme/missing-section', R, 1, 1, "README.md has no 'Compatibility' section")]],
  [readmeMissingSectionRule, 'only warns about Compatibility with a v2 manifest', { [R]: FULL.replace('## Compatibility', '## Support'), 'manifest.json': '{"manifest_version": "2.0.0", "app_uuid": "x"}' }, [d('readme/missing-section', R, 1, 1, "README.md has no 'Compatibility' section", 'warning')]],
  [readmeMissingSectionRule, 'reports an empty section', { [R]: FULL.replace('## Metrics\n\nText.\n', '## Metrics\n') }, [d('readme/missing-section', R, 21, 1, "section 'Metrics' is empty")]],
  [readmeMissingSectionRule, 'ignores headings inside code blocks', { [R]: FULL.replace('## Metrics', '```\n## Metrics\n```') }, [d('readme/missing-section', R, 1, 1, "README.md has no 'Metrics' section")]],
  [readmeImagePathRule, 'accepts an image of the folder', { [R]: '![dash](images/dash.png)', 'images/dash.png': '' }, []],
  [readmeImagePathRule, 'warns about a hosted image', { [R]: 'See ![dash](https://example.com/x.png)' }, [d('readme/image-path', R, 1, 5, "image 'https://example.com/x.png' is hosted outside the integration's folder", 'warning')]],
  [readmeImagePathRule, 'reports an image outside the folder', { [R]: '\n<img src="../other/x.png">' }, [d('readme/image-path', R, 2, 1, "image '../other/x.png' is outside the integration's folder")]],
  [readmeImagePathRule, "accepts the folder as Datadog's repositories publish it", { [R]: '![dash][1]\n\n[1]: https://raw.githubusercontent.com/DataDog/integrations-extras/master/foo/images/dash.png' }, []],
  [readmeImagePathRule, 'reads reference-style images', { [R]: 'x\n![dash][img]\n\n[img]: https://raw.githubusercontent.com/DataDog/integrations-extras/master/bar/images/dash.png' }, [d('readme/image-path', R, 2, 1, "image 'https://raw.githubusercontent.com/DataDog/integrations-extras/master/bar/images/dash.png' is hosted outside the integration's folder", 'warning')]],
  [readmeImagePathRule, 'reports a missing image', { [R]: '![dash](images/none.png)' }, [d('readme/image-path', R, 1, 1, "image 'images/none.png' does not exist")]],
];

describe('README rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))('%s: %s', (_id, _title, rule, files, expected) => {
    expect(runRule(rule, files)).toEqual(expected);
  });
});
