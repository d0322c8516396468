import { bumpPyprojectFile, bumpRequirement, bumpRequirementsFile, requiredVersion } from './requirement-bump';

describe('bumpRequirement', () => {
  it.each([
    ['datadog-lib>=1.0.0', 'datadog-lib>=1.1.0'],
    ['datadog_lib >= 1.0', 'datadog_lib >= 1.1.0'],
    ['Datadog.Lib==1.0.0', 'Datadog.Lib==1.1.0'],
    ['datadog-lib[deps]>=1.0.0,<2', 'datadog-lib[deps]>=1.1.0,<2'],
    ['datadog-lib~=1.0', 'datadog-lib~=1.1.0'],
    ['datadog-lib>=1.0.0; python_version >= "3.9"', 'datadog-lib>=1.1.0; python_version >= "3.9"'],
  ])('%s -> %s', (requirement, expected) => {
    expect(bumpRequirement(requirement, 'datadog-lib', '1.1.0')).toEqual({ text: expected, changed: true });
  });

  it.each(['datadog-lib', 'datadog-lib==1.*', 'datadog-lib<2', 'datadog-libx>=1.0', 'datadog-lib @ https://x/y.whl'])(
    'leaves %s alone',
    (requirement) => {
      expect(bumpRequirement(requirement, 'datadog-lib', '1.1.0')).toEqual({ text: requirement, changed: false });
    },
  );

  it('refuses a raise an upper bound excludes', () => {
    expect(bumpRequirement('datadog-lib>=1.0,<2', 'datadog-lib', '2.0.0')).toEqual({
      problem:
        'datadog-lib>=2.0.0,<2 does not allow the new version 2.0.0: an upper bound or an exclusion keeps it out',
    });
  });
});

describe('requiredVersion', () => {
  it.each([
    ['datadog-lib>=1.2.0,<2', '1.2.0'],
    ['datadog-lib==1.0.0', '1.0.0'],
    ['datadog-lib', undefined],
    ['other>=1.0', undefined],
  ])('%s: %s', (requirement, expected) => {
    expect(requiredVersion(requirement, 'datadog-lib')).toBe(expected);
  });
});

describe('requirement files', () => {
  it('raises the lines of a requirements.txt, comments kept', () => {
    const text = '# requirements\ndatadog-checks-base>=32.6.0\ndatadog-lib>=1.0.0  # ours\n-r other.txt\n';
    expect(bumpRequirementsFile(text, 'datadog-lib', '1.1.0')).toEqual({
      text: '# requirements\ndatadog-checks-base>=32.6.0\ndatadog-lib>=1.1.0  # ours\n-r other.txt\n',
      raised: ['datadog-lib>=1.1.0'],
    });
  });

  it("raises the requirement strings of pyproject.toml's [project] tables only", () => {
    const text = [
      '[project]',
      'name = "datadog-a"',
      'dependencies = ["datadog-checks-base>=37", "datadog-lib>=1.0.0"]',
      '[project.optional-dependencies]',
      "deps = ['datadog-lib[x]==1.0.0']",
      '[tool.other]',
      'pin = "datadog-lib==1.0.0"',
    ].join('\n');
    const result = bumpPyprojectFile(text, 'datadog-lib', '1.1.0');
    expect(result).toEqual({
      text: text
        .replace('datadog-lib>=1.0.0', 'datadog-lib>=1.1.0')
        .replace("'datadog-lib[x]==1.0.0'", "'datadog-lib[x]==1.1.0'"),
      raised: ['datadog-lib>=1.1.0', 'datadog-lib[x]==1.1.0'],
    });
  });
});
