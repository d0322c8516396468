import { fragmentBump, parseFragment, type FragmentType } from './changelog-fragments';

describe('parseFragment', () => {
  it.each<[string, string, FragmentType]>([
    ['1234.fixed', 'Fix the port.', 'fixed'],
    ['new-metric.added', ' Add a metric.\n', 'added'],
    ['drop_py2.removed', 'Drop Python 2.', 'removed'],
    ['x.security', 'Bump a dependency.', 'security'],
  ])('reads %s', (name, content, type) => {
    expect(parseFragment(name, content)).toEqual({ id: name.split('.')[0], type, text: content.trim() });
  });

  it.each([
    [
      '1234.fix',
      "'1234.fix' has the unknown type 'fix'; expected one of removed, changed, security, deprecated, added, fixed",
    ],
    [
      '1234',
      "'1234' is not named <pull request number or slug>.<type> (types: removed, changed, security, deprecated, added, fixed)",
    ],
    [
      '.fixed',
      "'.fixed' is not named <pull request number or slug>.<type> (types: removed, changed, security, deprecated, added, fixed)",
    ],
    [
      'a.b.fixed',
      "'a.b.fixed' is not named <pull request number or slug>.<type> (types: removed, changed, security, deprecated, added, fixed)",
    ],
  ])('rejects the name %s', (name, problem) => {
    expect(parseFragment(name, 'text')).toEqual({ problem });
  });

  it('rejects an empty fragment', () => {
    expect(parseFragment('12.fixed', ' \n')).toEqual({
      problem: "'12.fixed' is empty; write the change as one sentence for the changelog",
    });
  });
});

describe('fragmentBump', () => {
  it.each<[FragmentType, string]>([
    ['removed', 'major'],
    ['changed', 'major'],
    ['added', 'minor'],
    ['deprecated', 'minor'],
    ['security', 'minor'],
    ['fixed', 'patch'],
  ])('%s -> %s', (type, bump) => {
    expect(fragmentBump({ type })).toBe(bump);
  });
});
