import { compareModelFiles, MODELS_DOCUMENTATION_HEADER } from './model-files';
import type { ModelRendering } from './rendered-config';

const INSTANCE = 'from pydantic import BaseModel\n\n\nclass InstanceConfig(BaseModel):\n    host: str\n';
const VALIDATORS = '# Here you can include additional config validators or transformers\n#\n';
const models = (files: Record<string, string>, errors: Record<string, string[]> = {}): ModelRendering => ({
  kind: 'rendered',
  files,
  errors,
});
const dir = 'datadog_checks/foo/config_models';

describe('compareModelFiles', () => {
  it('accepts each generated file under the header, and a custom file without it', () => {
    const disk: Record<string, string> = {
      [`${dir}/instance.py`]: MODELS_DOCUMENTATION_HEADER + INSTANCE,
      [`${dir}/validators.py`]: VALIDATORS,
    };
    expect(
      compareModelFiles('foo', models({ 'instance.py': INSTANCE, 'validators.py': VALIDATORS }), (p) => disk[p]),
    ).toEqual([]);
  });

  it('reads the disk with universal newlines, as Python does', () => {
    const crlf = (MODELS_DOCUMENTATION_HEADER + INSTANCE).replace(/\n/g, '\r\n');
    expect(compareModelFiles('foo', models({ 'instance.py': INSTANCE }), () => crlf)).toEqual([]);
  });

  it('points at the first line that differs, and says what --sync writes', () => {
    const edited = MODELS_DOCUMENTATION_HEADER + INSTANCE.replace('host: str', 'host: int');
    const [found] = compareModelFiles('foo', models({ 'instance.py': INSTANCE }), () => edited);
    expect(found).toMatchObject({
      kind: 'differs',
      file: 'instance.py',
      path: `${dir}/instance.py`,
      expected: MODELS_DOCUMENTATION_HEADER + INSTANCE,
      difference: { line: 10 },
    });
  });

  it('reports a missing, an empty and a non-text file; a file without its header differs', () => {
    const disk: Record<string, string | null> = {
      [`${dir}/shared.py`]: '',
      [`${dir}/defaults.py`]: null,
      [`${dir}/__init__.py`]: INSTANCE,
    };
    const found = compareModelFiles(
      'foo',
      models({ 'instance.py': INSTANCE, 'shared.py': INSTANCE, 'defaults.py': INSTANCE, '__init__.py': INSTANCE }),
      (p) => disk[p],
    );
    expect(found.map((f) => [f.file, f.kind])).toEqual([
      ['instance.py', 'missing'],
      ['shared.py', 'empty'],
      ['defaults.py', 'not-text'],
      ['__init__.py', 'differs'],
    ]);
  });

  it('leaves a custom file of five lines or more to its author, and compares a shorter one', () => {
    const written =
      'def initialize_instance(values, **kwargs):\n    values.setdefault("port", 80)\n\n    return values\n#\n';
    const short = 'def initialize_instance(values, **kwargs):\n    return values\n';
    const run = (text: string) => compareModelFiles('foo', models({ 'validators.py': VALIDATORS }), () => text);
    expect(run(written)).toEqual([]);
    expect(run(short).map((f) => f.kind)).toEqual(['differs']);
  });

  it('does not compare an empty rendering with a file that exists', () => {
    expect(compareModelFiles('foo', models({ 'deprecations.py': '' }), () => 'anything\n')).toEqual([]);
  });

  it("reports the generator's own errors instead of comparing", () => {
    const found = compareModelFiles(
      'foo',
      models({ 'instance.py': '' }, { 'instance.py': ['Error parsing the OpenAPI schema `InstanceConfig`: x'] }),
      () => undefined,
    );
    expect(found).toEqual([
      {
        kind: 'generator-errors',
        file: 'instance.py',
        path: `${dir}/instance.py`,
        errors: ['Error parsing the OpenAPI schema `InstanceConfig`: x'],
      },
    ]);
  });
});
