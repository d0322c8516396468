import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';
import { readSections } from './readme-model';

/** The README sections the guide marks as required. */
export const REQUIRED_README_SECTIONS = ['Overview', 'Installation', 'Configuration', 'Validation', 'Compatibility', 'Metrics'];

/**
 * Other headings the guide and Datadog's template use: recognised, never required. `Setup`
 * groups Installation, Configuration and Validation in integrations-extras READMEs; `Data
 * Collected` groups Metrics, Events and Service Checks.
 */
export const OPTIONAL_README_SECTIONS = ['Setup', 'Data Collected', 'Events', 'Service Checks', 'Logs', 'Troubleshooting', 'Support', 'Further Reading', 'Uninstallation'];

export const readmeMissingSectionRule: LintRule = {
  id: 'readme/missing-section',
  description: `README.md has the guide's required sections as headings of any level (${REQUIRED_README_SECTIONS.join(', ')}), each with some text or sub-sections; the optional ones (${OPTIONAL_README_SECTIONS.join(', ')}) are recognised. Datadog's current README template has no Compatibility section, so its absence is only a warning in an integration with a v2 manifest. Bad: a README without "## Compatibility", or "## Metrics" followed directly by the next heading. Fix: add the heading and say what belongs there (e.g. the versions tested under Compatibility).`,
  check: (context) => {
    const text = context.files['README.md'];
    if (text === undefined) return [];
    const sections = readSections(text);
    const out: Diagnostic[] = [];
    for (const name of REQUIRED_README_SECTIONS) {
      const found = sections.find((s) => s.title.toLowerCase() === name.toLowerCase());
      // Datadog's current README template (manifest v2) has no Compatibility section: a warning there.
      const severity = name === 'Compatibility' && context.manifest()?.major === 2 ? 'warning' : 'error';
      if (!found) out.push(report('readme/missing-section', 'README.md', undefined, `README.md has no '${name}' section`, `add a '## ${name}' heading with its content`, severity));
      else if (!found.hasContent) out.push(report('readme/missing-section', 'README.md', { line: found.line, column: 1 }, `section '${found.title}' is empty`, `write what belongs under '${found.title}'`));
    }
    return out;
  },
};
