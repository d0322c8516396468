import { readPythonProjectInfo } from './python-project-info';

describe('readPythonProjectInfo', () => {
  it('reads the name and requirements of pyproject.toml and requirements.txt', () => {
    const pyproject = [
      '[project]',
      'name = "Datadog_Redis"',
      'dependencies = ["datadog-checks-base>=37"]',
      '[project.optional-dependencies]',
      'deps = ["redis==5.0.1"]',
    ].join('\n');
    expect(readPythonProjectInfo({ pyproject, requirements: 'dd-shared-lib\n' })).toEqual({
      distribution: 'datadog-redis',
      requires: [
        { name: 'datadog-checks-base', file: 'pyproject.toml' },
        { name: 'redis', file: 'pyproject.toml' },
        { name: 'dd-shared-lib', file: 'requirements.txt' },
      ],
    });
  });

  it('ignores a pyproject.toml that does not parse', () => {
    expect(readPythonProjectInfo({ pyproject: '[project\nname=', requirements: 'a\n' })).toEqual({
      requires: [{ name: 'a', file: 'requirements.txt' }],
    });
  });
});
