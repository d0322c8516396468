import { chooseRuffConfig, ruffConfigCandidates } from './choose-ruff-config';

const BASELINE = '/plugin/ruff-baseline.toml';
const choose = (projectRoot: string, files: Record<string, string>) =>
  chooseRuffConfig(projectRoot, '/ws', (path) => files[path], BASELINE);

describe('ruffConfigCandidates', () => {
  it('lists the integration, then every parent up to and including the workspace root', () => {
    expect(ruffConfigCandidates('/ws/integrations/foo', '/ws')).toEqual([
      '/ws/integrations/foo/pyproject.toml',
      '/ws/integrations/pyproject.toml',
      '/ws/pyproject.toml',
    ]);
    expect(ruffConfigCandidates('/ws/foo', '/ws')).toEqual(['/ws/foo/pyproject.toml', '/ws/pyproject.toml']);
  });

  it('never looks above the workspace root', () => {
    expect(ruffConfigCandidates('/elsewhere/foo', '/ws')).toEqual(['/elsewhere/foo/pyproject.toml']);
  });
});

describe('chooseRuffConfig', () => {
  it.each([
    [
      'its own pyproject.toml when it has [tool.ruff]',
      {
        '/ws/integrations/foo/pyproject.toml': '[tool.ruff]\nline-length = 100\n',
        '/ws/pyproject.toml': '[tool.ruff]\n',
      },
      { file: '/ws/integrations/foo/pyproject.toml', source: 'integration' },
    ],
    [
      "the workspace root's when the integration has none",
      { '/ws/integrations/foo/pyproject.toml': '[project]\nname = "x"\n', '/ws/pyproject.toml': '[tool.ruff]\n' },
      { file: '/ws/pyproject.toml', source: 'parent' },
    ],
    [
      'the nearest parent with [tool.ruff]',
      { '/ws/integrations/pyproject.toml': '[tool.ruff]\n', '/ws/pyproject.toml': '[tool.ruff]\n' },
      { file: '/ws/integrations/pyproject.toml', source: 'parent' },
    ],
    [
      'not a parent without [tool.ruff]',
      { '/ws/integrations/pyproject.toml': '[tool.black]\n', '/ws/pyproject.toml': '[tool.ruff]\n' },
      { file: '/ws/pyproject.toml', source: 'parent' },
    ],
    // As ddev's regex: [tool.ruff.lint] alone is not [tool.ruff].
    [
      'not a file with [tool.ruff.lint] only',
      { '/ws/integrations/foo/pyproject.toml': '[tool.ruff.lint]\nselect = ["F"]\n' },
      { file: BASELINE, source: 'baseline' },
    ],
    ['the baseline when nobody configures ruff', {}, { file: BASELINE, source: 'baseline' }],
  ])('takes %s', (_, files, expected) => {
    expect(choose('/ws/integrations/foo', files)).toEqual(expected);
  });

  it('takes the parent of an integration at the workspace root, as ddev does in integrations-extras', () => {
    expect(
      choose('/ws/foo', { '/ws/foo/pyproject.toml': '[project]\n', '/ws/pyproject.toml': '[tool.ruff]\n' }),
    ).toEqual({ file: '/ws/pyproject.toml', source: 'parent' });
  });
});
