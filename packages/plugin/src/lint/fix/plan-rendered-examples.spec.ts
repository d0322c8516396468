import type { RenderedConfig } from '../../config-spec/rendered-config';
import type { IntegrationSource } from '../integration-source';
import { planFixes } from './plan-fixes';

const S = 'assets/configuration/spec.yaml';
const C = 'datadog_checks/foo/data/conf.yaml.example';
const RENDERED = 'init_config:\n\ninstances:\n\n  -\n';

const source = (
  files: Record<string, string>,
  over: Partial<Extract<RenderedConfig, { kind: 'rendered' }>> = {},
): IntegrationSource => ({
  name: 'foo',
  files: { [S]: 'name: Foo\n', ...files },
  renderedConfig: {
    kind: 'rendered',
    errors: [],
    files: { 'conf.yaml.example': RENDERED },
    renderErrors: {},
    templates: [],
    rendererVersion: '40.0.1',
    ...over,
  },
});

describe('planFixes with a rendered spec', () => {
  it('writes an example that differs, or is missing, whole, and nothing else of it', () => {
    const written = { file: C, text: RENDERED, changes: [], written: 'rendered from assets/configuration/spec.yaml' };
    expect(planFixes(source({ [C]: '\ufeffinit_config:\r\n' }))).toEqual([written]);
    expect(planFixes(source({}))).toEqual([written]);
  });

  it('leaves an example ddev reads as equal to the text fixes (CRLF only)', () => {
    expect(planFixes(source({ [C]: RENDERED.replace(/\n/g, '\r\n') }))).toEqual([
      { file: C, text: RENDERED, changes: ['converted CRLF line endings to LF'] },
    ]);
  });

  it('writes nothing from a spec with errors, nor a file the renderer refused', () => {
    expect(
      planFixes(
        source(
          { [C]: 'x\n' },
          { errors: ['foo: Configuration specifications must contain a top-level `files` attribute'], files: {} },
        ),
      ),
    ).toEqual([]);
    expect(
      planFixes(
        source(
          { [C]: 'x\n' },
          {
            renderErrors: {
              'conf.yaml.example': ['Description line length of option `a` was over the limit by 1 character'],
            },
          },
        ),
      ),
    ).toEqual([]);
  });
});
