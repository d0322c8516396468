import { versionString } from './version-string';

describe('versionString', () => {
  it.each([
    ["__version__ = '1.2.3'\n", '1.2.3'],
    ['# header\n__version__="0.1.0"\n', '0.1.0'],
    ["__version__  =  '2.0.0-rc.1'  # comment\n", '2.0.0-rc.1'],
    ["__version__ = '1.0.0'\n__version__ = '2.0.0'\n", '1.0.0'],
    ['__version__ = VERSION\n', null],
    ['', null],
    [undefined, null],
  ])('%j gives %j', (about, expected) => {
    expect(versionString(about)).toBe(expected);
  });
});
