import { buildCommand, pickArtifacts } from './build-command';

describe('buildCommand', () => {
  it('builds with uv, reached on the PATH or through python -m uv', () => {
    expect(buildCommand({ kind: 'uv', file: 'uv', prefixArgs: [] }, '/ws/integrations/a', '/ws/dist/a.tmp')).toEqual({
      file: 'uv',
      args: ['build', '--out-dir', '/ws/dist/a.tmp', '/ws/integrations/a'],
      env: { NO_COLOR: '1' },
    });
    expect(
      buildCommand({ kind: 'uv', file: 'python3', prefixArgs: ['-m', 'uv'] }, '/p', '/o').args.slice(0, 3),
    ).toEqual(['-m', 'uv', 'build']);
  });

  it('falls back to python -m build with the given interpreter', () => {
    expect(buildCommand({ kind: 'build', python: '/p/.venv/bin/python' }, '/p', '/o')).toEqual({
      file: '/p/.venv/bin/python',
      args: ['-m', 'build', '--outdir', '/o', '/p'],
      env: { NO_COLOR: '1' },
    });
  });
});

describe('pickArtifacts', () => {
  it.each([
    [
      ['datadog_a-1.0.0.tar.gz', 'datadog_a-1.0.0-py3-none-any.whl'],
      { wheel: 'datadog_a-1.0.0-py3-none-any.whl', sdist: 'datadog_a-1.0.0.tar.gz' },
    ],
    [[], { problem: 'expected one .whl and one .tar.gz, found: nothing' }],
    [['x.whl'], { problem: 'expected one .whl and one .tar.gz, found: x.whl' }],
    [['x.whl', 'y.whl', 'x.tar.gz'], { problem: 'expected one .whl and one .tar.gz, found: x.whl, y.whl, x.tar.gz' }],
  ])('%j', (files, expected) => {
    expect(pickArtifacts(files)).toEqual(expected);
  });
});
