import { isMap, isSeq, LineCounter, parseDocument } from 'yaml';
import type { Diagnostic, LintRule } from '../diagnostic';
import { locateFiles } from '../integration-layout';

export const confExampleRule: LintRule = {
  id: 'conf/structure',
  description: 'conf.yaml.example is valid YAML with an `init_config` section and an `instances` list of mappings: users copy it into the Agent\'s conf.d.',
  check: (source) => {
    const file = locateFiles(source).confExample;
    if (!file) {
      return [{ ruleId: 'conf/structure', severity: 'error', file: 'conf.yaml.example', line: 1, column: 1, message: 'no conf.yaml.example found', hint: `add datadog_checks/${source.name}/data/conf.yaml.example with init_config and instances` }];
    }
    const lineCounter = new LineCounter();
    const doc = parseDocument(source.files[file], { lineCounter });
    const at = (offset: number | undefined) => lineCounter.linePos(offset ?? 0);
    const out: Diagnostic[] = doc.errors.map((error) => ({
      ruleId: 'conf/structure',
      severity: 'error',
      file,
      line: error.linePos?.[0].line ?? 1,
      column: error.linePos?.[0].col ?? 1,
      message: `conf.yaml.example is not valid YAML: ${error.message.split('\n')[0]}`,
      hint: 'fix the YAML syntax',
    }));
    if (out.length > 0) return out;
    const root = doc.contents;
    if (!isMap(root)) {
      return [{ ruleId: 'conf/structure', severity: 'error', file, line: 1, column: 1, message: 'conf.yaml.example must be a mapping with init_config and instances', hint: 'start the file with `init_config:` and `instances:`' }];
    }
    if (!root.has('init_config')) {
      out.push({ ruleId: 'conf/structure', severity: 'error', file, line: 1, column: 1, message: 'conf.yaml.example has no init_config section', hint: 'add `init_config:` (it may be empty)' });
    }
    const instances = root.get('instances', true);
    if (!root.has('instances')) {
      out.push({ ruleId: 'conf/structure', severity: 'error', file, line: 1, column: 1, message: 'conf.yaml.example has no instances section', hint: 'add `instances:` with at least one `- key: value` entry' });
    } else if (!isSeq(instances) || instances.items.length === 0 || !instances.items.every(isMap)) {
      const { line, col } = at((instances as { range?: [number] } | undefined)?.range?.[0]);
      out.push({ ruleId: 'conf/structure', severity: 'error', file, line, column: col, message: 'instances must be a non-empty list of mappings', hint: 'write each instance as `- key: value`' });
    }
    return out;
  },
};
