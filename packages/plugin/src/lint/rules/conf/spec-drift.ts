import { parse } from 'yaml';
import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';
import { declaredDefault, listSpecOptions, SPEC } from './spec-options';

interface ExampleParam {
  name: string;
  section: 'init_config' | 'instances';
  line: number;
  defaultText?: string;
}

/** Reads the `## @param name - type - required|optional - default: x` lines of a conf.yaml.example. */
export function readExampleParams(text: string): ExampleParam[] {
  let section: ExampleParam['section'] = 'init_config';
  const out: ExampleParam[] = [];
  text.split(/\r?\n/).forEach((line, i) => {
    if (/^instances\s*:/.test(line)) section = 'instances';
    const m = /^\s*##\s*@param\s+(\S+)\s+-\s+[^-]+?\s+-\s+(?:required|optional)(?:\s+-\s+default:\s*(.*?))?\s*$/.exec(line);
    if (m) out.push({ name: m[1], section, line: i + 1, defaultText: m[2] });
  });
  return out;
}

function same(expected: unknown, text: string | undefined): boolean {
  if (text === undefined) return false;
  try {
    return JSON.stringify(parse(text)) === JSON.stringify(expected) || String(expected) === text;
  } catch {
    return String(expected) === text;
  }
}

export const confSpecDriftRule: LintRule = {
  id: 'conf/spec-drift',
  policy: { provenance: 'upstream', basis: '`ddev validate config` (`File conf.yaml.example is not in sync`)' },
  description:
    "Where assets/configuration/spec.yaml exists, conf.yaml.example agrees with it: every option of the spec's init_config and instances has its `## @param` block in the example, with the same default. The example is rendered from the spec, so a difference means one was edited by hand. Fix: correct the spec, then regenerate the example from it (or edit the example to match).",
  check: (context) => {
    const parsed = context.yaml(SPEC);
    const file = context.confExample;
    if (!parsed || parsed.doc.errors.length > 0 || !file) return [];
    const params = readExampleParams(context.files[file]);
    const out: Diagnostic[] = [];
    for (const option of listSpecOptions(parsed)) {
      const param = params.find((p) => p.name === option.name && p.section === option.section);
      if (!param) {
        out.push(report('conf/spec-drift', file, undefined, `option '${option.name}' of the spec's ${option.section} (spec.yaml line ${option.line}) has no @param in the example`, 'regenerate conf.yaml.example from spec.yaml, or add the option\'s block'));
        continue;
      }
      // Datadog's renderer shows no default for a required option.
      const expected = option.node.get('required') === true ? undefined : declaredDefault(option);
      if (expected !== undefined && !same(expected, param.defaultText)) {
        out.push(report('conf/spec-drift', file, { line: param.line, column: 1 }, `@param ${option.name} shows ${param.defaultText === undefined ? 'no default' : `default ${param.defaultText}`}, the spec says ${JSON.stringify(expected)} (spec.yaml line ${option.line})`, 'make the example agree with spec.yaml (regenerate it from the spec)'));
      }
    }
    return out;
  },
};
