import { firstLine, isCheckSource, isReadFile, knownFiles } from './read-integration-source';

describe('readIntegrationSource', () => {
  const known = new Set(knownFiles('foo'));

  it.each([
    ['manifest.json', true],
    ['assets/dashboards/overview.json', true],
    ['assets/dashboards/more/overview.json', true],
    ['assets/monitors/latency.json', true],
    ['assets/saved_views/errors.json', true],
    ['assets/oauth_clients.json', false],
    ['assets/dashboards/overview.png', false],
    ['assets/eula.pdf', false],
    ['datadog_checks/foo/check.py', true],
    ['tests/test_foo.py', true],
    ['tests/sub/test_foo.py', false],
  ])('reads %s: %p', (path, read) => {
    expect(isReadFile(path, known)).toBe(read);
  });

  it.each([
    ['datadog_checks/foo/check.py', true],
    ['datadog_checks/foo/sub/client.py', true],
    ['datadog_checks/__init__.py', true],
    ['datadog_checks/foo/config_models/instance.py', false],
    ['datadog_checks/foo/vendor/lib/api.py', false],
    ['datadog_checks/foo/data/conf.yaml.example', false],
    ['setup.py', false],
  ])("%s is the check's Python code: %p", (path, expected) => {
    expect(isCheckSource(path)).toBe(expected);
  });

  it.each([
    ['a PDF signature with its line feed', Buffer.from('%PDF-1.7\n%\xe2\xe3\n', 'latin1'), '%PDF-1.7\n'],
    ['a file without a line feed whole', Buffer.from('%PDF'), '%PDF'],
    ['binary bytes one character each', Buffer.from([0x00, 0xff, 0x25, 0x0a, 0x41]), '\u0000\u00ff%\n'],
  ])('keeps the first line of %s', (_title, bytes, line) => {
    expect(firstLine(bytes)).toBe(line);
  });
});
