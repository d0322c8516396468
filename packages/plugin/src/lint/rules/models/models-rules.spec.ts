import { MODELS_DOCUMENTATION_HEADER } from '../../../config-spec/model-files';
import type { RenderedConfig, RenderedModels } from '../../../config-spec/rendered-config';
import { STRICT_POLICY } from '../../__fixtures__/run-rule';
import { createLintContext } from '../../lint-context';
import { checkRule } from '../../run-rules';
import type { LintRule } from '../../lint-rule';
import { modelsNotCheckedRule } from './not-checked';
import { modelsOutOfSyncRule } from './out-of-sync';

const INSTANCE = 'class InstanceConfig(BaseModel):\n    host: str\n';
const PATH = 'datadog_checks/foo/config_models/instance.py';

const rendered = (models: RenderedModels | undefined): RenderedConfig => ({
  kind: 'rendered',
  errors: [],
  files: {},
  renderErrors: {},
  templates: [],
  rendererVersion: '40.0.1',
  models,
});

function run(rule: LintRule, models: RenderedModels | undefined, files: Record<string, string>) {
  const context = createLintContext({
    name: 'foo',
    files,
    paths: Object.keys(files),
    renderedConfig: rendered(models),
  });
  return checkRule(rule, context, STRICT_POLICY).map(({ hint, ...rest }) => ({
    ...rest,
    hint: (hint ?? '').split('\n')[0],
  }));
}

describe('models/out-of-sync', () => {
  const models: RenderedModels = { kind: 'rendered', files: { 'instance.py': INSTANCE }, errors: {} };

  it('passes models as the spec generates them', () => {
    expect(run(modelsOutOfSyncRule, models, { [PATH]: MODELS_DOCUMENTATION_HEADER + INSTANCE })).toEqual([]);
  });

  it("reports a model edited by hand at its first differing line, in ddev's words, with the fix", () => {
    const edited = MODELS_DOCUMENTATION_HEADER + INSTANCE.replace('str', 'int');
    expect(run(modelsOutOfSyncRule, models, { [PATH]: edited })).toEqual([
      expect.objectContaining({
        ruleId: 'models/out-of-sync',
        severity: 'error',
        file: PATH,
        line: 7,
        message: '`instance.py` is not in sync with spec.yaml (first difference at line 7)',
        hint: '`nx lint foo --fix` writes it (`ddev validate models foo -s` does the same); to change the models, change spec.yaml. The first difference (- on disk, + generated):',
      }),
    ]);
  });

  it('reports a model the spec generates and the folder lacks', () => {
    expect(run(modelsOutOfSyncRule, models, {})).toEqual([
      expect.objectContaining({
        file: PATH,
        message: '`instance.py` is not in sync with spec.yaml: spec.yaml generates it and it is missing',
      }),
    ]);
  });

  it('is an error when the generator stopped on the spec, which stops ddev too', () => {
    const crashed: RenderedModels = { kind: 'crashed', reason: 'the model generator crashed: KeyError: x', hint: 'h' };
    expect(run(modelsOutOfSyncRule, crashed, {})).toEqual([
      expect.objectContaining({
        severity: 'error',
        message: 'the model generator stopped on spec.yaml: the model generator crashed: KeyError: x',
      }),
    ]);
  });

  it('says nothing where ddev compares no models', () => {
    expect(run(modelsOutOfSyncRule, undefined, {})).toEqual([]);
  });
});

describe('models/not-checked', () => {
  it('warns once, with the cause and the way out, when the generator is unavailable', () => {
    const unavailable: RenderedModels = {
      kind: 'unavailable',
      reason: 'pip failed: no index',
      hint: 'give lint a python3',
    };
    expect(run(modelsNotCheckedRule, unavailable, {})).toEqual([
      expect.objectContaining({
        ruleId: 'models/not-checked',
        severity: 'warning',
        message: 'config_models/ was not compared with spec.yaml: pip failed: no index',
        hint: 'give lint a python3',
      }),
    ]);
    expect(run(modelsOutOfSyncRule, unavailable, {})).toEqual([]);
  });

  it('says nothing when the models were compared', () => {
    expect(run(modelsNotCheckedRule, { kind: 'rendered', files: {}, errors: {} }, {})).toEqual([]);
  });
});
