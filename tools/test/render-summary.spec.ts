import { renderClosingLine, renderSkipLine } from './render-summary';

describe('the summary of npm test', () => {
  const skip = {
    requirement: 'docker' as const,
    reason: 'no Docker daemon answers',
    enable: 'run `sudo npm test`',
    files: ['/a.e2e.ts', '/b.e2e.ts'],
  };

  it('says in one line what was left out, why, and how to run it', () => {
    expect(renderSkipLine(skip, false)).toBe(
      'skipped: 2 docker test files (no Docker daemon answers); to run them: run `sudo npm test`',
    );
  });

  it('calls a skip a failure under CI', () => {
    expect(renderSkipLine({ ...skip, files: ['/a.e2e.ts'] }, true)).toBe(
      'FAILED (CI=true requires them): 1 docker test file (no Docker daemon answers); to run them: run `sudo npm test`',
    );
  });

  it('never fails CI for a snapshot only developers have', () => {
    expect(renderSkipLine({ ...skip, requirement: 'extras' }, true)).toMatch(/^skipped: 2 extras test files/);
  });

  it('closes with the totals of every stage, a file that could not run counting as a failure', () => {
    expect(
      renderClosingLine([
        { passed: 700, failed: 0, failedSuites: 0 },
        { passed: 50, failed: 1, failedSuites: 1 },
      ]),
    ).toBe('750 passed, 2 failed');
  });
});
