import type { ImportLine } from './read-imports';
import { findUpwardImports, formatUpwardImports, inShell } from './upward-imports';

const SHELL = ['executors/', 'nx-release/', 'index.ts', 'ci-plan/main.ts', 'ci-plan/commands/'];

function edge(file: string, target: string, line = 1): ImportLine {
  return { file, line, specifier: `./${target}`, target };
}

describe('inShell', () => {
  it.each([
    ['adapters/run-process.ts', true],
    ['ci-plan/adapters/files.ts', true],
    ['executors/test/executor.ts', true],
    ['index.ts', true],
    ['ci-plan/main.ts', true],
    ['ci-plan/commands/run-command.ts', true],
    ['ci-plan/plan-tasks.ts', false],
    ['publish/plan-upload.ts', false],
    ['lint/index.ts', false],
    ['adapters.ts', false],
    ['executors-notes/x.ts', false],
  ])('%s: %s', (file, expected) => {
    expect(inShell(file, SHELL)).toBe(expected);
  });
});

describe('findUpwardImports', () => {
  it('keeps the imports of the shell from domain files, in any adapters folder', () => {
    const upward = [
      edge('publish/plan-upload.ts', 'adapters/package-index.ts', 3),
      edge('ci-plan/plan.ts', 'ci-plan/adapters/git.ts'),
    ];
    const allowed = [
      edge('executors/package/executor.ts', 'adapters/run-process.ts'),
      edge('ci-plan/commands/run-command.ts', 'ci-plan/adapters/files.ts'),
      edge('ci-plan/adapters/git-changes.ts', 'adapters/run-process.ts'),
      edge('adapters/package-index.ts', 'publish/parse-simple-index.ts'),
      edge('nx-release/release-ports.ts', 'adapters/git.ts'),
    ];
    expect(findUpwardImports([...allowed, ...upward], SHELL)).toEqual(upward);
  });

  it('reports a domain file importing an executor as well', () => {
    expect(findUpwardImports([edge('lint/run-rules.ts', 'executors/lint/schema.ts')], SHELL)).toHaveLength(1);
  });

  it('says where each one is and what it imports', () => {
    expect(formatUpwardImports([edge('publish/plan-upload.ts', 'adapters/package-index.ts', 3)])).toBe(
      'upward import: publish/plan-upload.ts:3 imports ./adapters/package-index.ts (adapters/package-index.ts, the shell) from domain code',
    );
  });
});
