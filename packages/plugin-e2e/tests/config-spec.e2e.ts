import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DATADOG_CHECKS_DEV_VERSION } from '@dd/plugin/src/tools/checks-dev-tool';
import { createTestWorkspace, type TestWorkspace } from '../src/test-workspace';

/** A small real spec: the standard templates of init_config and instances, and one option of its own. */
const SPEC = `name: Alpha
files:
- name: alpha.yaml
  options:
  - template: init_config
    options:
    - template: init_config/default
  - template: instances
    options:
    - name: host
      required: true
      description: The host to connect to.
      value:
        type: string
    - template: instances/default
`;

/**
 * conf.yaml.example against assets/configuration/spec.yaml, as a user meets it: lint renders the
 * spec with Datadog's own renderer (datadog-checks-dev, installed by the plugin into the tool
 * folder), --fix writes the example, a hand edit is reported at its line, a spec error at its own.
 */
describe('conf.yaml.example rendered from spec.yaml', () => {
  let ws: TestWorkspace;
  const folder = () => join(ws.root, 'integrations', 'alpha');
  const example = () => join(folder(), 'datadog_checks', 'alpha', 'data', 'conf.yaml.example');
  const spec = () => join(folder(), 'assets', 'configuration', 'spec.yaml');

  beforeAll(() => {
    ws = createTestWorkspace('config-spec');
    ws.nxOk(['g', '@dd/plugin:integration', 'alpha']);
    mkdirSync(dirname(spec()), { recursive: true });
    writeFileSync(spec(), SPEC);
  });
  afterAll(() => ws?.dispose());

  it('reports the hand-written example, then --fix writes what the spec renders', () => {
    const before = ws.nx(['lint', 'alpha']);
    expect(before.status).not.toBe(0);
    expect(before.output).toMatch(
      /\d+:1\s+error\s+conf\.yaml\.example is not what spec\.yaml renders \(first difference at line \d+\)\s+conf\/spec-drift/,
    );
    expect(before.output).toContain(
      'hint: `nx lint alpha --fix` writes it (`ddev validate config --sync` does the same)',
    );

    const fixed = ws.nx(['lint', 'alpha', '--fix']);
    expect(fixed.output).toContain(
      'wrote integrations/alpha/datadog_checks/alpha/data/conf.yaml.example (rendered from assets/configuration/spec.yaml)',
    );
    expect(fixed.output).toContain('integrations/alpha: no problems found.');
    expect(fixed.status).toBe(0);
    const text = readFileSync(example(), 'utf8');
    expect(text).toContain(
      '    ## @param host - string - required\n    ## The host to connect to.\n    #\n  - host: <HOST>\n',
    );
    expect(text).toContain('## @param tags - list of strings - optional');
    expect(text).toContain('## @param service - string - optional');
    expect(existsSync(join(ws.root, '.dd', 'tools', `datadog-checks-dev-${DATADOG_CHECKS_DEV_VERSION}`))).toBe(true);
  });

  it('points at the first line edited by hand, with the diff', () => {
    const lines = readFileSync(example(), 'utf8').split('\n');
    const at = lines.findIndex((l) => l.includes('## @param tags'));
    lines[at] = lines[at].replace('optional', 'required');
    writeFileSync(example(), lines.join('\n'));
    const result = ws.nx(['lint', 'alpha']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      new RegExp(
        `${at + 1}:1\\s+error\\s+conf\\.yaml\\.example is not what spec\\.yaml renders \\(first difference at line ${at + 1}\\)\\s+conf/spec-drift`,
      ),
    );
    expect(result.output).toContain(
      '-    ## @param tags - list of strings - required\n+    ## @param tags - list of strings - optional',
    );
  });

  it('reports an unknown template at its line of spec.yaml, and writes nothing', () => {
    writeFileSync(spec(), SPEC.replace('template: instances/default', 'template: instances/defualt'));
    const before = readFileSync(example(), 'utf8');
    const result = ws.nx(['lint', 'alpha', '--fix']);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(
      /15:7\s+error\s+unknown template 'instances\/defualt' in instances \(did you mean 'instances\/default'\?\)\s+conf\/spec-invalid/,
    );
    expect(result.output).not.toContain('wrote integrations/alpha');
    expect(readFileSync(example(), 'utf8')).toBe(before);
  });

  it('says once that the spec was not checked when the renderer is unavailable, and runs the other rules', () => {
    const result = ws.nx(['lint', 'alpha', '--skip-nx-cache'], { DD_CHECKS_DEV: '/nonexistent' });
    expect(result.output).toMatch(
      /1:1\s+warning\s+spec\.yaml and the examples it renders were not checked: DD_CHECKS_DEV is '\/nonexistent', which holds no datadog-checks-dev .*conf\/spec-not-checked/,
    );
    expect(result.output).not.toMatch(/conf\/spec-(drift|invalid)/);
  });
});
