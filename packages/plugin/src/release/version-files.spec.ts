import { readAboutVersion, readManifestVersion, writeAboutVersion, writeManifestVersion } from './version-files';

describe('__about__.py', () => {
  it.each([
    ["__version__ = '0.1.0'\n", '0.1.0', 1],
    ['# header\n\n__version__ = "2.3.4"\n', '2.3.4', 3],
    ["__version__='banana'\n", 'banana', 1],
  ])('reads %j', (text, version, line) => {
    expect(readAboutVersion(text)).toEqual({ version, line });
  });

  it('finds no version in a file without one', () => {
    expect(readAboutVersion('VERSION = 1\n')).toBeUndefined();
  });

  it('writes a version keeping the quotes and the rest', () => {
    expect(writeAboutVersion('# c\n__version__ = "0.1.0"\nX = 1\n', '0.2.0')).toBe(
      '# c\n__version__ = "0.2.0"\nX = 1\n',
    );
  });
});

describe('manifest.json', () => {
  const v1 = '{\n  "name": "a",\n  "version": "0.1.0",\n  "type": "check"\n}\n';

  it('reads the version of a v1 manifest with its line', () => {
    expect(readManifestVersion(v1)).toEqual({ kind: 'v1', version: '0.1.0', line: 3 });
  });

  it.each([
    ['{"manifest_version": "2.0.0", "app_id": "a"}', { kind: 'none' }],
    ['{"name": "a"}', { kind: 'none' }],
    ['[]', { kind: 'invalid', reason: 'not a JSON object' }],
  ])('reads %s', (text, expected) => {
    expect(readManifestVersion(text)).toEqual(expected);
  });

  it('reports a manifest that is not JSON', () => {
    expect(readManifestVersion('{')).toMatchObject({ kind: 'invalid' });
  });

  it('writes the version in place, keeping the order of fields', () => {
    expect(writeManifestVersion(v1, '1.0.0')).toBe(v1.replace('0.1.0', '1.0.0'));
  });
});
