import { parseRendererOutput, RendererOutputError } from './parse-renderer-output';

describe('parseRendererOutput', () => {
  const CONTEXT = { rendererVersion: '40.0.1', modelsHint: 'install it again' };
  it('reads one rendering per spec, in order', () => {
    const out = JSON.stringify({
      templates: ['init_config/default'],
      results: [
        { errors: [], files: { 'conf.yaml.example': 'init_config:\n' }, renderErrors: {} },
        { errors: ['foo: Configuration specifications must contain a top-level `files` attribute'] },
      ],
    });
    expect(parseRendererOutput(out, [{}, {}], CONTEXT)).toEqual([
      {
        kind: 'rendered',
        errors: [],
        files: { 'conf.yaml.example': 'init_config:\n' },
        renderErrors: {},
        templates: ['init_config/default'],
        rendererVersion: '40.0.1',
      },
      {
        kind: 'rendered',
        errors: ['foo: Configuration specifications must contain a top-level `files` attribute'],
        files: {},
        renderErrors: {},
        templates: ['init_config/default'],
        rendererVersion: '40.0.1',
      },
    ]);
  });

  it.each([
    ['not JSON', 'Traceback (most recent call last):'],
    ['another shape', '{"integrations": {}}'],
    ['a result short', '{"templates": [], "results": []}'],
    ['files that are not text', '{"templates": [], "results": [{"errors": [], "files": {"a": 1}}]}'],
  ])('refuses %s', (_what, stdout) => {
    expect(() => parseRendererOutput(stdout, [{}], CONTEXT)).toThrow(RendererOutputError);
  });

  it('reads the models of the specs that asked for them, or why there are none', () => {
    const out = JSON.stringify({
      templates: [],
      modelsUnavailable: null,
      results: [
        {
          errors: [],
          files: {},
          renderErrors: {},
          models: { 'instance.py': 'x\n' },
          modelErrors: { 'shared.py': ['bad'] },
        },
        { errors: [], files: {}, renderErrors: {}, modelsCrash: 'the model generator crashed: KeyError: x' },
        { errors: [], files: {}, renderErrors: {} },
        { errors: ['spec error'] },
      ],
    });
    const [rendered, crashed, notAsked, invalid] = parseRendererOutput(
      out,
      [{ models: true }, { models: true }, {}, { models: true }],
      CONTEXT,
    );
    expect(rendered.models).toEqual({
      kind: 'rendered',
      files: { 'instance.py': 'x\n' },
      errors: { 'shared.py': ['bad'] },
    });
    expect(crashed.models).toEqual({
      kind: 'crashed',
      reason: 'the model generator crashed: KeyError: x',
      hint: 'install it again',
    });
    expect(notAsked.models).toBeUndefined();
    expect(invalid.models).toBeUndefined();
  });

  it('says the generator could not be loaded, for each spec that asked for models', () => {
    const out = JSON.stringify({
      templates: [],
      modelsUnavailable: "ModuleNotFoundError: No module named 'pydantic'",
      results: [{ errors: [], files: {}, renderErrors: {} }],
    });
    expect(parseRendererOutput(out, [{ models: true }], CONTEXT)[0].models).toEqual({
      kind: 'unavailable',
      reason: "the model generator could not be loaded: ModuleNotFoundError: No module named 'pydantic'",
      hint: 'install it again',
    });
  });
});
