import { insertChangelogEntry, renderChangelogEntry } from './changelog-entry';

describe('renderChangelogEntry', () => {
  it('groups fragments by type in Datadog order and cites pull requests', () => {
    const entry = renderChangelogEntry('1.0.0', '2024-05-01', [
      { id: 'typo', type: 'fixed', text: 'Fix a typo.' },
      { id: '42', type: 'added', text: 'Add a metric.' },
      { id: '7', type: 'removed', text: 'Drop an option.\nUse the other one.' },
      { id: '12', type: 'fixed', text: 'Fix the port.' },
    ]);
    expect(entry).toBe(
      [
        '## 1.0.0 / 2024-05-01',
        '',
        '***Removed***:',
        '',
        '* Drop an option.',
        '  Use the other one. (#7)',
        '',
        '***Added***:',
        '',
        '* Add a metric. (#42)',
        '',
        '***Fixed***:',
        '',
        '* Fix the port. (#12)',
        '* Fix a typo.',
        '',
      ].join('\n'),
    );
  });
});

describe('insertChangelogEntry', () => {
  const entry = '## 0.2.0 / 2024-05-01\n\n***Fixed***:\n\n* Fix.\n';

  it.each([
    [
      'above the newest entry',
      '# CHANGELOG - A\n\n## 0.1.0\n\n* Initial.\n',
      `# CHANGELOG - A\n\n${entry}\n## 0.1.0\n\n* Initial.\n`,
    ],
    ['into an empty changelog with a title', '# CHANGELOG - A\n', `# CHANGELOG - A\n\n${entry}`],
    ['with a title when there is none', '## 0.1.0\n', `# CHANGELOG - a\n\n${entry}\n## 0.1.0\n`],
    ['into a missing changelog', undefined, `# CHANGELOG - a\n\n${entry}`],
    [
      "below towncrier's marker",
      '# CHANGELOG - A\n\n<!-- towncrier release notes start -->\n\n## 0.1.0\n',
      `# CHANGELOG - A\n\n<!-- towncrier release notes start -->\n\n${entry}\n## 0.1.0\n`,
    ],
  ])('%s', (_case, changelog, expected) => {
    expect(insertChangelogEntry(changelog, entry, 'CHANGELOG - a')).toBe(expected);
  });
});
