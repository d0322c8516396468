import type { CiTask } from './ci-task';
import { selectAffectedTasks, type AffectedTaskPorts, type RuntimeVerdict } from './select-affected-tasks';
import type { TaskInputs } from './task-inputs';

const PLUGIN = ['nx.json', 'packages/plugin/src/index.ts'];
const digest = (flavor: string) =>
  `"node" "packages/plugin/src/flavors/flavor-digest-cli.js" "integrations/a" "${flavor}"`;

/** Integration `a` (flavors 1 and 2) and `b` (no flavors), with inputs as the plugin declares them. */
const INPUTS: Record<string, TaskInputs> = {
  'a:lint': {
    files: [
      'integrations/a/README.md',
      'integrations/a/CHANGELOG.md',
      'integrations/a/check.py',
      'integrations/a/ci/env.yaml',
      'pyproject.toml',
      ...PLUGIN,
    ],
    runtime: [],
    opaque: [],
  },
  // The plugin's files twice, as Nx lists them: the target's own inputs and the plugin's `^` inputs.
  'a:test--1': { files: ['integrations/a/check.py', ...PLUGIN, ...PLUGIN], runtime: [digest('1')], opaque: [] },
  'a:test--2': { files: ['integrations/a/check.py', ...PLUGIN], runtime: [digest('2')], opaque: [] },
  'a:package': { files: ['integrations/a/README.md', 'integrations/a/check.py', ...PLUGIN], runtime: [], opaque: [] },
  'b:lint': {
    files: ['integrations/b/README.md', 'integrations/b/check.py', 'pyproject.toml', ...PLUGIN],
    runtime: [],
    opaque: [],
  },
  'b:test': { files: ['integrations/b/check.py', ...PLUGIN], runtime: [], opaque: [] },
  'b:package': { files: ['integrations/b/README.md', 'integrations/b/check.py', ...PLUGIN], runtime: [], opaque: [] },
};
const TASKS: CiTask[] = Object.keys(INPUTS).map((id) => {
  const [project, target] = id.split(':') as [string, string];
  return { id, project, target, dependencies: [`${project}:setup`] };
});
const ROOTS = ['integrations/a', 'integrations/b', 'packages/plugin'];

function ports(options: { nx?: Record<string, string[]>; verdicts?: Record<string, RuntimeVerdict> } = {}) {
  const asked: string[][] = [];
  const fake: AffectedTaskPorts = {
    inputsOf: async (tasks) => new Map(tasks.map((t) => [t.id, INPUTS[t.id]!])),
    affectedProjects: async (files) => {
      asked.push([...files]);
      return new Set(files.flatMap((f) => options.nx?.[f] ?? []));
    },
    runtimeVerdict: async (command) => options.verdicts?.[command] ?? 'unchanged',
  };
  return { fake, asked };
}

async function select(modified: string[], deleted: string[] = [], options: Parameters<typeof ports>[0] = {}) {
  const { fake, asked } = ports(options);
  const affected = await selectAffectedTasks({
    tasks: TASKS,
    projectRoots: ROOTS,
    changes: { modified, deleted },
    ports: fake,
    chunkSize: 3,
  });
  return {
    ids: affected.map((a) => a.task.id),
    reasons: Object.fromEntries(affected.map((a) => [a.task.id, a.reason])),
    asked,
  };
}

describe('selectAffectedTasks', () => {
  it("plans the lint and package of an integration whose README changed (the wheel's long description), not its tests", async () => {
    const { ids, reasons, asked } = await select(['integrations/a/README.md']);
    expect(ids).toEqual(['a:lint', 'a:package']);
    expect(reasons['a:lint']).toBe('integrations/a/README.md changed');
    expect(asked).toEqual([]);
  });

  it('plans only the lint of an integration whose changelog changed', async () => {
    expect((await select(['integrations/a/CHANGELOG.md'])).ids).toEqual(['a:lint']);
  });

  it("plans every integration's every task when the plugin changed", async () => {
    const { ids, reasons } = await select(['packages/plugin/src/index.ts']);
    expect(ids).toEqual(TASKS.map((t) => t.id));
    expect(reasons['a:test--1']).toBe('packages/plugin/src/index.ts changed');
  });

  it('plans the tasks of every project that read a workspace file, and no other', async () => {
    expect((await select(['pyproject.toml'])).ids).toEqual(['a:lint', 'b:lint']);
  });

  it('plans a flavor whose part of ci/env.yaml changed, and not the other flavor (lint reads the file)', async () => {
    const { ids, reasons } = await select(['integrations/a/ci/env.yaml'], [], {
      verdicts: { [digest('2')]: 'changed' },
    });
    expect(ids).toEqual(['a:lint', 'a:test--2']);
    expect(reasons['a:test--2']).toBe('flavor 2 of integrations/a/ci/env.yaml changed');
  });

  it('plans nothing for an empty change, without asking Nx', async () => {
    const { ids, asked } = await select([]);
    expect(ids).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("plans nothing for a file inside a project that no task reads (the plugin's README)", async () => {
    const { ids, asked } = await select(['packages/plugin/README.md']);
    expect(ids).toEqual([]);
    expect(asked).toEqual([]);
  });

  it("asks Nx's affected about a workspace file no task reads, and plans every task of what it names", async () => {
    const { ids, reasons, asked } = await select(['README.md', 'package-lock.json'], [], {
      nx: { 'package-lock.json': ['b'] },
    });
    expect(asked).toEqual([['README.md', 'package-lock.json']]);
    expect(ids).toEqual(['b:lint', 'b:test', 'b:package']);
    expect(reasons['b:test']).toBe('nx affected by README.md and 1 more files');
  });

  it("asks Nx's affected about deleted files, which no input list shows", async () => {
    const { ids, asked } = await select([], ['integrations/b/tests/test_old.py'], {
      nx: { 'integrations/b/tests/test_old.py': ['b'] },
    });
    expect(asked).toEqual([['integrations/b/tests/test_old.py']]);
    expect(ids).toEqual(['b:lint', 'b:test', 'b:package']);
  });

  it("falls back to Nx's affected for a runtime input it cannot run at the base", async () => {
    const { ids, reasons } = await select(['integrations/a/ci/env.yaml'], [], {
      verdicts: { [digest('1')]: 'unknown' },
      nx: { 'integrations/a/ci/env.yaml': ['a'] },
    });
    expect(ids).toEqual(['a:lint', 'a:test--1']);
    expect(reasons['a:test--1']).toContain('cannot be compared');
  });
});
