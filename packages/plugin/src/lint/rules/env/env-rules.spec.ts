import { sortDiagnostics } from '../../../diagnostics/diagnostic';
import { readEnvFile } from '../../../environments/read-env-file';
import { source } from '../../__fixtures__/run-rule';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import { envReferenceRule } from './reference';
import { envSchemaRule } from './schema';
import { envSyntaxRule } from './syntax';

const ENV_RULES = [envSyntaxRule, envSchemaRule, envReferenceRule];
const lint = (files: Record<string, string>) =>
  sortDiagnostics(ENV_RULES.flatMap((rule) => checkRule(rule, createLintContext(source(files, 'redis')))));

const BROKEN: [string, string][] = [
  ['syntax', 'services:\n  redis: [\n'],
  ['a duplicate key', 'services: {}\nservices: {}\n'],
  ['schema', 'services:\n  redis:\n    image: redis\n    ports: [x]\n    ready: [{ log: up }]\n'],
  [
    'an unknown key and a shell string',
    'services:\n  s:\n    imgae: x\nbefore_script:\n  - host: true\n    command: a b\n',
  ],
  [
    'references',
    'flavors:\n  a: { default: true }\n  b: { default: true }\nservices:\n  s:\n    image: "x:${tag}"\n    depends_on: [db]\n',
  ],
];

describe('the ci/env.yaml rules', () => {
  it('report the env.yaml problems with their positions', () => {
    expect(
      lint({ 'ci/env.yaml': 'services:\n  redis:\n    image: redis\n    ports: [x]\n    ready: [{ log: up }]\n' }),
    ).toEqual([
      expect.objectContaining({ ruleId: 'env/schema', file: 'ci/env.yaml', line: 4, column: 13, severity: 'error' }),
    ]);
  });

  it('have nothing to say without the file or about a valid one', () => {
    expect(lint({})).toEqual([]);
    expect(lint({ 'ci/env.yaml': 'flavors: {}\nservices: {}\n' })).toEqual([]);
  });

  it.each(BROKEN)('report, between them, every finding of the env.yaml reader: %s', (_title, text) => {
    const read = readEnvFile(text, 'ci/env.yaml').diagnostics;
    expect(read.length).toBeGreaterThan(0);
    expect(lint({ 'ci/env.yaml': text })).toEqual(sortDiagnostics(read));
  });

  it('are exercised each by the broken files above', () => {
    const ids = BROKEN.flatMap(([, text]) => readEnvFile(text).diagnostics.map((d) => d.ruleId));
    expect([...new Set(ids)].sort()).toEqual(ENV_RULES.map((rule) => rule.id).sort());
  });
});
