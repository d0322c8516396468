import { renderReleaseFiles } from './render-release-files';

const manifestV1 = (version: string) => `{\n  "name": "a",\n  "version": "${version}",\n  "type": "check"\n}\n`;

describe('renderReleaseFiles', () => {
  const base = {
    name: 'a',
    about: { path: 'a/datadog_checks/a/__about__.py', text: "__version__ = '0.1.0'\n" },
    changelog: { path: 'a/CHANGELOG.md', text: '# CHANGELOG - A\n\n## 0.1.0\n\n* Initial release.\n' },
    version: '0.2.0',
    date: '2024-05-01',
    entries: [
      { id: '12', type: 'added' as const, text: 'Add a metric.' },
      { id: 'requirements', type: 'fixed' as const, text: 'Require datadog-lib>=1.1.0.' },
    ],
  };

  it('writes __about__.py, a v1 manifest and the CHANGELOG.md entry below the title', () => {
    const files = renderReleaseFiles({ ...base, manifest: { path: 'a/manifest.json', text: manifestV1('0.1.0') } });
    expect(files.changelogEntry).toBe(
      '## 0.2.0 / 2024-05-01\n\n***Added***:\n\n* Add a metric. (#12)\n\n***Fixed***:\n\n* Require datadog-lib>=1.1.0.\n',
    );
    expect(files.writes).toEqual([
      { path: 'a/datadog_checks/a/__about__.py', text: "__version__ = '0.2.0'\n" },
      { path: 'a/CHANGELOG.md', text: `# CHANGELOG - A\n\n${files.changelogEntry}\n## 0.1.0\n\n* Initial release.\n` },
      { path: 'a/manifest.json', text: manifestV1('0.2.0') },
    ]);
  });

  it('leaves a v2 manifest alone and creates a missing CHANGELOG.md', () => {
    const files = renderReleaseFiles({
      ...base,
      manifest: { path: 'a/manifest.json', text: '{"manifest_version": "2.0.0"}' },
      changelog: { path: 'a/CHANGELOG.md', text: undefined },
    });
    expect(files.writes.map((w) => w.path)).toEqual(['a/datadog_checks/a/__about__.py', 'a/CHANGELOG.md']);
    expect(files.writes[1].text).toBe(`# CHANGELOG - a\n\n${files.changelogEntry}`);
  });
});
