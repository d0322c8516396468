import { d, runRule } from '../../__fixtures__/run-rule';
import type { LintRule } from '../../lint-rule';
import { readmeImagePathRule } from './image-path';
import { readmeMissingFileRule } from './missing-file';
import { readmeGuideSectionRule } from './guide-section';
import { readmeMissingSectionRule } from './missing-section';
import { readmeNonAsciiRule } from './non-ascii';

const R = 'README.md';
const TEMPLATE =
  '## Overview\nx\n## Setup\n### Installation\nx\n### Configuration\nx\n### Validation\nx\n### Compatibility\nx\n## Data Collected\n### Metrics\nx\n';
const FULL = ['Overview', 'Installation', 'Configuration', 'Validation', 'Compatibility', 'Metrics']
  .map((s) => `## ${s}\n\nText.\n`)
  .join('\n');

const cases: [LintRule, string, Record<string, string>, ReturnType<typeof d>[]][] = [
  [
    readmeMissingFileRule,
    'reports a missing README',
    { 'manifest.json': '{}' },
    [d('readme/missing-file', R, 1, 1, 'README.md is missing', 'warning')],
  ],
  [readmeMissingSectionRule, 'accepts the H2 Overview and Setup', { [R]: TEMPLATE }, []],
  [
    readmeMissingSectionRule,
    'accepts setext headings and emphasis',
    { [R]: 'Overview\n--------\nx\n\n**Setup**\n---\nx\n' },
    [],
  ],
  [
    readmeMissingSectionRule,
    'reports a missing Setup',
    { [R]: TEMPLATE.replace('## Setup', '## Set up') },
    [d('readme/missing-section', R, 1, 1, "README.md has no '## Setup' section")],
  ],
  [
    readmeMissingSectionRule,
    'reports Overview at another level',
    { [R]: TEMPLATE.replace('## Overview', '### Overview') },
    [d('readme/missing-section', R, 1, 1, "'Overview' is a level 3 heading, not '## Overview'")],
  ],
  [
    readmeMissingSectionRule,
    'reports an empty section',
    { [R]: TEMPLATE.replace('## Overview\nx\n', '## Overview\n') },
    [d('readme/missing-section', R, 1, 1, "section '## Overview' is empty")],
  ],
  [
    readmeMissingSectionRule,
    'ignores headings inside code blocks',
    { [R]: TEMPLATE.replace('## Setup', '```\n## Setup\n```') },
    [d('readme/missing-section', R, 1, 1, "README.md has no '## Setup' section")],
  ],
  [readmeGuideSectionRule, "accepts the guide's sections at any level", { [R]: FULL }, []],
  [readmeGuideSectionRule, "accepts integrations-extras' Setup layout", { [R]: TEMPLATE }, []],
  [
    readmeGuideSectionRule,
    'warns about a missing section',
    { [R]: FULL.replace('## Compatibility', '## Support') },
    [d('readme/guide-section', R, 1, 1, "README.md has no 'Compatibility' section", 'warning')],
  ],
  [
    readmeGuideSectionRule,
    'warns about an empty section',
    { [R]: FULL.replace('## Metrics\n\nText.\n', '## Metrics\n') },
    [d('readme/guide-section', R, 21, 1, "section 'Metrics' is empty", 'warning')],
  ],
  [readmeNonAsciiRule, 'accepts Latin-1', { [R]: 'Caf\u00e9 \u00bd\n' }, []],
  [
    readmeNonAsciiRule,
    'reports a character above U+0100 at its column',
    { [R]: 'ok\nIt\u2019s fast \u2014 really\n' },
    [d('readme/non-ascii', R, 2, 3, "'\u2019' (U+2019) is not ASCII")],
  ],
  [
    readmeImagePathRule,
    'accepts an image of the folder',
    { [R]: '![dash](images/dash.png)', 'images/dash.png': '' },
    [],
  ],
  [
    readmeImagePathRule,
    'warns about a hosted image',
    { [R]: 'See ![dash](https://example.com/x.png)' },
    [
      d(
        'readme/image-path',
        R,
        1,
        5,
        "image 'https://example.com/x.png' is hosted outside the integration's folder",
        'warning',
      ),
    ],
  ],
  [
    readmeImagePathRule,
    'reports an image outside the folder',
    { [R]: '\n<img src="../other/x.png">' },
    [d('readme/image-path', R, 2, 1, "image '../other/x.png' is outside the integration's folder")],
  ],
  [
    readmeImagePathRule,
    "accepts the folder as Datadog's repositories publish it",
    {
      [R]: '![dash][1]\n\n[1]: https://raw.githubusercontent.com/DataDog/integrations-extras/master/foo/images/dash.png',
      'images/dash.png': '',
    },
    [],
  ],
  [
    readmeImagePathRule,
    'reports a published image that the folder lacks',
    { [R]: '![dash](https://raw.githubusercontent.com/DataDog/integrations-extras/master/foo/images/dash.png)' },
    [
      d(
        'readme/image-path',
        R,
        1,
        1,
        "image 'https://raw.githubusercontent.com/DataDog/integrations-extras/master/foo/images/dash.png' is published from images/dash.png, which does not exist",
      ),
    ],
  ],
  [
    readmeImagePathRule,
    'reads reference-style images',
    {
      [R]: 'x\n![dash][img]\n\n[img]: https://raw.githubusercontent.com/DataDog/integrations-extras/master/bar/images/dash.png',
    },
    [
      d(
        'readme/image-path',
        R,
        2,
        1,
        "image 'https://raw.githubusercontent.com/DataDog/integrations-extras/master/bar/images/dash.png' is hosted outside the integration's folder",
        'warning',
      ),
    ],
  ],
  [
    readmeImagePathRule,
    'reports a missing image',
    { [R]: '![dash](images/none.png)' },
    [d('readme/image-path', R, 1, 1, "image 'images/none.png' does not exist")],
  ],
];

describe('README rules', () => {
  it.each(cases.map(([rule, title, files, expected]) => [rule.id, title, rule, files, expected] as const))(
    '%s: %s',
    (_id, _title, rule, files, expected) => {
      expect(runRule(rule, files)).toEqual(expected);
    },
  );

  it('reads a heading with a long run of tabs in it quickly (it used to backtrack for minutes)', () => {
    const started = Date.now();
    expect(
      runRule(readmeMissingSectionRule, { [R]: TEMPLATE.replace('## Setup', `## Set${'\t'.repeat(3_000)}up`) }),
    ).toEqual([d('readme/missing-section', R, 1, 1, "README.md has no '## Setup' section")]);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
