import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { readSections } from './readme-model';

/** The H2 sections `ddev validate readmes` requires, each with something under it. */
export const UPSTREAM_README_SECTIONS = ['Overview', 'Setup'];

export const readmeMissingSectionRule: LintRule = {
  id: 'readme/missing-section',
  policy: {
    provenance: 'upstream',
    validator: 'readmes',
    basis: '`ddev validate readmes` (`readme is missing a Overview H2 (##) section`, `has an empty ... section`)',
  },
  description: `README.md has the H2 (\`##\`) sections ${UPSTREAM_README_SECTIONS.join(' and ')}, each followed by text or a sub-section before the next H2, as Datadog's README template and validation require. The heading must be level 2 and say exactly that word (emphasis and links aside). Bad: \`# Overview\` (level 1), \`## Set up\`, \`## Setup\` directly followed by \`## Data Collected\`. Good: \`## Setup\` with \`### Installation\`, \`### Configuration\` and \`### Validation\` under it. Fix: add or rename the heading and write what belongs there.`,
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const h2s = readSections(text).filter((s) => s.level === 2);
    const out: Finding[] = [];
    for (const name of UPSTREAM_README_SECTIONS) {
      const found = h2s.find((s) => s.title === name);
      if (!found) {
        const near = readSections(text).find((s) => s.title.toLowerCase() === name.toLowerCase());
        const at = near ? { line: near.line, column: 1 } : undefined;
        const why = near
          ? `'${near.title}' is a level ${near.level} heading, not '## ${name}'`
          : `README.md has no '## ${name}' section`;
        out.push(report('README.md', at, why, `write a '## ${name}' heading with its content`));
      } else if (!found.hasContent) {
        out.push(
          report(
            'README.md',
            { line: found.line, column: 1 },
            `section '## ${name}' is empty`,
            `write what belongs under '## ${name}' before the next '##' heading`,
          ),
        );
      }
    }
    return out;
  },
};
