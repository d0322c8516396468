import { parseRendererOutput, RendererOutputError } from './parse-renderer-output';

describe('parseRendererOutput', () => {
  it('reads one rendering per spec, in order', () => {
    const out = JSON.stringify({
      templates: ['init_config/default'],
      results: [
        { errors: [], files: { 'conf.yaml.example': 'init_config:\n' }, renderErrors: {} },
        { errors: ['foo: Configuration specifications must contain a top-level `files` attribute'] },
      ],
    });
    expect(parseRendererOutput(out, 2, '40.0.1')).toEqual([
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
    expect(() => parseRendererOutput(stdout, 1, '40.0.1')).toThrow(RendererOutputError);
  });
});
