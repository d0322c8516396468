import { versionPlanEntries } from './version-plan-entries';

describe('versionPlanEntries', () => {
  it('files each plan under the section of its bump, cites a numbered plan and skips empty ones', () => {
    expect(
      versionPlanEntries([
        { path: '.nx/version-plans/drop-py2.md', bump: 'major', message: 'Drop Python 2.\n' },
        { path: '.nx/version-plans/1234.md', bump: 'minor', message: 'Add a metric.' },
        { path: '.nx/version-plans/fix.md', bump: 'patch', message: 'Fix the port.' },
        { path: '.nx/version-plans/rc.md', bump: 'preminor', message: 'Try a metric.' },
        { path: '.nx/version-plans/empty.md', bump: 'patch', message: ' ' },
      ]),
    ).toEqual([
      { id: 'drop-py2', type: 'changed', text: 'Drop Python 2.' },
      { id: '1234', type: 'added', text: 'Add a metric.' },
      { id: 'fix', type: 'fixed', text: 'Fix the port.' },
      { id: 'rc', type: 'added', text: 'Try a metric.' },
    ]);
  });
});
