import { chooseAboutPath } from './choose-about-path';

describe('chooseAboutPath', () => {
  it.each([
    [
      'the module of the name',
      ['r/datadog_checks/other/__about__.py', 'r/datadog_checks/my_check/__about__.py'],
      'r/datadog_checks/my_check/__about__.py',
    ],
    [
      'the only check package',
      ['r/datadog_checks/mycheck/__about__.py', 'r/lib/__about__.py'],
      'r/datadog_checks/mycheck/__about__.py',
    ],
    ['the only one of a library', ['r/mylib/__about__.py'], 'r/mylib/__about__.py'],
    ['none among several', ['r/datadog_checks/a/__about__.py', 'r/datadog_checks/b/__about__.py'], undefined],
    ['none at all', [], undefined],
  ])('%s', (_case, candidates, expected) => {
    expect(chooseAboutPath('r', 'my_check', candidates)).toBe(expected);
  });
});
