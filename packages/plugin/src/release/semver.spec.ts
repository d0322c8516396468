import { bumpSemver, compareSemver, formatSemver, largestBump, parseSemver, type Bump } from './semver';

describe('parseSemver', () => {
  it.each(['0.1.0', '1.2.3', '10.20.30', ' 2.0.0\n'])('accepts %j', (text) => {
    expect(formatSemver(parseSemver(text)!)).toBe(text.trim());
  });

  it.each(['1.2', 'v1.2.3', '1.2.3rc1', '1.2.3-beta.1', '01.2.3', '1.2.3.4', '', 'banana'])('rejects %j', (text) => {
    expect(parseSemver(text)).toBeUndefined();
  });
});

describe('compareSemver', () => {
  it.each([
    ['1.0.0', '1.0.0', 0],
    ['1.0.0', '1.0.1', -1],
    ['1.10.0', '1.9.9', 1],
    ['2.0.0', '10.0.0', -1],
  ])('%s vs %s', (a, b, sign) => {
    expect(Math.sign(compareSemver(parseSemver(a)!, parseSemver(b)!))).toBe(sign);
  });
});

describe('bumpSemver', () => {
  it.each<[string, Bump, string]>([
    ['1.2.3', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['0.1.0', 'patch', '0.1.1'],
  ])('%s + %s = %s', (from, bump, to) => {
    expect(formatSemver(bumpSemver(parseSemver(from)!, bump))).toBe(to);
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
