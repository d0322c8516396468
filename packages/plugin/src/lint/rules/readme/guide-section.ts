import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { readSections } from './readme-model';

/** The guide's README sections beyond the two upstream requires; headings of any level count. */
export const GUIDE_README_SECTIONS = ['Installation', 'Configuration', 'Validation', 'Compatibility', 'Metrics'];

export const readmeGuideSectionRule: LintRule = {
  id: 'readme/guide-section',
  policy: {
    provenance: 'advice',
    basis: "the guide's README layout; `ddev validate readmes` asks only for Overview and Setup",
  },
  description: `README.md also has the guide's other sections (${GUIDE_README_SECTIONS.join(', ')}) as headings of any level, each with some text or sub-sections; Datadog's template nests Installation, Configuration and Validation under Setup, and Metrics under Data Collected. Bad: "## Metrics" followed directly by the next heading. Fix: add the heading and say what belongs there (e.g. the versions tested under Compatibility).`,
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const sections = readSections(text);
    const out: Finding[] = [];
    for (const name of GUIDE_README_SECTIONS) {
      const found = sections.find((s) => s.title.toLowerCase() === name.toLowerCase());
      if (!found)
        out.push(
          report(
            'README.md',
            undefined,
            `README.md has no '${name}' section`,
            `add a '${name}' heading with its content`,
          ),
        );
      else if (!found.hasContent)
        out.push(
          report(
            'README.md',
            { line: found.line, column: 1 },
            `section '${found.title}' is empty`,
            `write what belongs under '${found.title}'`,
          ),
        );
    }
    return out;
  },
};
