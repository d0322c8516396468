import type { LintRule } from '../diagnostic';

/** The README sections the guide marks as required. */
export const REQUIRED_README_SECTIONS = ['Overview', 'Installation', 'Configuration', 'Validation', 'Compatibility', 'Metrics'];

export const readmeSectionsRule: LintRule = {
  id: 'readme/missing-section',
  description: "README.md has the guide's required sections as headings: Overview, Installation, Configuration, Validation, Compatibility and Metrics.",
  check: (source) => {
    const text = source.files['README.md'];
    if (text === undefined) {
      return [{ ruleId: 'readme/missing-section', severity: 'error', file: 'README.md', line: 1, column: 1, message: 'README.md is missing', hint: `create README.md with the sections ${REQUIRED_README_SECTIONS.join(', ')}` }];
    }
    const headings = text.split('\n').filter((l) => /^#{1,6}\s/.test(l)).map((l) => l.replace(/^#+\s*/, '').trim().toLowerCase());
    return REQUIRED_README_SECTIONS.filter((s) => !headings.includes(s.toLowerCase())).map((section) => ({
      ruleId: 'readme/missing-section',
      severity: 'error' as const,
      file: 'README.md',
      line: 1,
      column: 1,
      message: `README.md has no '${section}' section`,
      hint: `add a '## ${section}' heading with its content`,
    }));
  },
};
