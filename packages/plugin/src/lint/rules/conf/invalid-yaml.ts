import type { Diagnostic, LintRule } from '../../diagnostic';
import { report } from '../rule-helpers';

/** YAML files the validators read. */
export function yamlFiles(context: { confExample?: string; files: Record<string, string> }): string[] {
  return [context.confExample, 'assets/configuration/spec.yaml'].filter((f): f is string => f !== undefined && f in context.files);
}

export const confInvalidYamlRule: LintRule = {
  id: 'conf/invalid-yaml',
  description:
    "conf.yaml.example and assets/configuration/spec.yaml are valid YAML: the Agent refuses a configuration it cannot parse, and users copy the example as it is. Bad: a tab for indentation, `key: value: other`. Fix: correct the syntax at the reported line (indent with spaces, quote values that contain ': ').",
  check: (context) => {
    const out: Diagnostic[] = [];
    for (const file of yamlFiles(context)) {
      for (const error of context.yaml(file)?.doc.errors ?? []) {
        const at = error.linePos?.[0];
        out.push(report('conf/invalid-yaml', file, at ? { line: at.line, column: at.col } : undefined, `${file} is not valid YAML: ${error.message.split('\n')[0]}`, 'fix the YAML syntax: indent with spaces, quote values that contain ": " or start with a special character'));
      }
    }
    return out;
  },
};
