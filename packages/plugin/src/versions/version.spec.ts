import { bumpVersion, compareVersions, isBump, largestBump, parseVersion, type Bump } from './version';

describe('parseVersion', () => {
  it.each([
    ['1.2.3', { release: [1, 2, 3] }],
    ['1.2.3rc1', { release: [1, 2, 3], pre: ['rc', 1] }],
    ['1.2.3-rc.1', { release: [1, 2, 3], pre: ['rc', 1] }],
    ['2.0.0-beta.2', { release: [2, 0, 0], pre: ['b', 2] }],
    ['1.2.3.post1', { release: [1, 2, 3], post: 1 }],
    ['1.2.3.dev0', { release: [1, 2, 3], dev: 0 }],
    ['1!1.2+local', { epoch: 1, release: [1, 2], local: 'local' }],
  ])('takes %s apart as PEP 440 does', (text, parts) => {
    expect(parseVersion(text)).toEqual({ text, epoch: 0, ...parts });
  });

  it.each(['', 'banana', '1.2.3-foo.1', '1..2'])('rejects %j', (text) => {
    expect(parseVersion(text)).toBeUndefined();
  });
});

describe('compareVersions', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3rc1', '1.2.3', -1],
    ['1.2.3-rc.1', '1.2.3rc1', 0],
    ['1.2.3b2', '1.2.3rc1', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareVersions(a, b))).toBe(sign);
  });
});

describe('bumpVersion', () => {
  it.each<[string, Bump, string]>([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['0.1.0', 'patch', '0.1.1'],
    ['1.3.0rc1', 'minor', '1.3.0'],
    ['1.3.0-rc.1', 'patch', '1.3.0'],
    ['1.3.1rc1', 'minor', '1.4.0'],
  ])('%s + %s = %s', (from, bump, to) => {
    expect(bumpVersion(from, bump)).toBe(to);
  });
});

describe('largestBump', () => {
  it.each<[Bump[], Bump | undefined]>([
    [[], undefined],
    [['patch'], 'patch'],
    [['patch', 'minor', 'patch'], 'minor'],
    [['minor', 'major', 'patch'], 'major'],
  ])('%j -> %s', (bumps, expected) => {
    expect(largestBump(bumps)).toBe(expected);
  });
});

describe('isBump', () => {
  it.each([
    ['patch', true],
    ['major', true],
    ['rc', false],
    ['1.2.3', false],
  ])('%s: %s', (text, expected) => {
    expect(isBump(text)).toBe(expected);
  });
});
