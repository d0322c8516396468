import type { Finding, LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

/** YAML files the validators read. */
export function yamlFiles(context: { confExample?: string; files: Record<string, string> }): string[] {
  return [context.confExample, 'assets/configuration/spec.yaml'].filter(
    (f): f is string => f !== undefined && f in context.files,
  );
}

export const confInvalidYamlRule: LintRule = {
  id: 'conf/invalid-yaml',
  policy: {
    provenance: 'upstream',
    validator: 'config',
    basis:
      '`ddev validate config` loads spec.yaml and stops on a syntax error; the Agent refuses a conf.yaml it cannot parse',
    advicePart: "a key written twice in one mapping, which Python's YAML reader accepts (the last value wins)",
  },
  description:
    "conf.yaml.example and assets/configuration/spec.yaml are valid YAML: the Agent refuses a configuration it cannot parse, and users copy the example as it is. Bad: a tab for indentation, `key: value: other`. A key written twice in one mapping is only a warning: Python's YAML reader keeps the last value. Fix: correct the syntax at the reported line (indent with spaces, quote values that contain ': ').",
  check: (context) => {
    const out: Finding[] = [];
    for (const file of yamlFiles(context)) {
      for (const error of context.yaml(file)?.doc.errors ?? []) {
        const at = error.linePos?.[0];
        const place = at ? { line: at.line, column: at.col } : undefined;
        if (error.code === 'DUPLICATE_KEY')
          out.push(
            report(
              file,
              place,
              `${file} writes a key twice in one mapping; readers keep the last value`,
              'remove one of the two, keeping the value you mean',
              'warning',
            ),
          );
        else
          out.push(
            report(
              file,
              place,
              `${file} is not valid YAML: ${error.message.split('\n')[0]}`,
              'fix the YAML syntax: indent with spaces, quote values that contain ": " or start with a special character',
            ),
          );
      }
    }
    return out;
  },
};
