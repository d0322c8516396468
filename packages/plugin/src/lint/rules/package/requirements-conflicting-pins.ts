import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';
import { REQUIREMENTS } from './requirements-final-newline';

interface Requirement {
  name: string;
  specifier: string;
  pins: string[];
  line: number;
}

/** Reads `name[extras] specifiers ; marker` lines; comments, options and blanks are skipped. */
export function readRequirements(text: string): Requirement[] {
  const out: Requirement[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw
      .replace(/\s+#.*$/, '')
      .replace(/^#.*$/, '')
      .trim();
    if (line === '' || line.startsWith('-')) return;
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(?:\[[^\]]*\])?\s*([^;]*)/.exec(line);
    if (!m) return;
    const specifier = m[2].trim();
    const pins = [...specifier.matchAll(/===?\s*([^,\s]+)/g)].map((p) => p[1]);
    out.push({ name: m[1].toLowerCase().replace(/[._-]+/g, '-'), specifier, pins, line: i + 1 });
  });
  return out;
}

export const requirementsConflictRule: LintRule = {
  id: 'requirements/conflicting-pins',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      'pip refuses to install two contradictory pins of one package (`Cannot install ... because these package versions have conflicting dependencies`)',
    advicePart: 'a package listed twice with pins that agree',
  },
  description:
    'requirements.txt lists each package once, without contradictory pins: `foo==1.0` and `foo==2.0` (or `foo==1.0,==2.0`) cannot both be installed and pip fails at install time on the Agent. Names are compared the way pip does (case, `-`, `_` and `.` alike). Fix: keep one line per package with one version constraint.',
  check: (context) => {
    const text = context.files[REQUIREMENTS];
    if (text === undefined) return [];
    const out: Finding[] = [];
    const seen = new Map<string, Requirement>();
    for (const req of readRequirements(text)) {
      if (new Set(req.pins).size > 1) {
        out.push(
          report(
            REQUIREMENTS,
            { line: req.line, column: 1 },
            `${req.name} is pinned to ${[...new Set(req.pins)].join(' and ')} at once`,
            'keep one pin',
          ),
        );
      }
      const first = seen.get(req.name);
      if (!first) {
        seen.set(req.name, req);
        continue;
      }
      const conflict = first.pins.length > 0 && req.pins.length > 0 && first.pins[0] !== req.pins[0];
      out.push(
        report(
          REQUIREMENTS,
          { line: req.line, column: 1 },
          conflict
            ? `${req.name}==${req.pins[0]} conflicts with ${req.name}==${first.pins[0]} on line ${first.line}`
            : `${req.name} is already listed on line ${first.line}`,
          'keep one line per package',
          conflict ? 'error' : 'warning',
        ),
      );
    }
    return out;
  },
};
