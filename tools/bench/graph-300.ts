/**
 * Project graph, affected and lint figures on a workspace of many integrations.
 *
 *   node -r @swc-node/register tools/bench/graph-300.ts [count] [--installed]
 *
 * Copies this workspace into a temporary folder (the plugin loaded from its TypeScript source),
 * or with --installed makes a new workspace with the built plugin installed as a user has it,
 * then creates `count` (default 300) integrations with
 * the integration generator, and prints: project graph time cold without the daemon, `nx show
 * projects --affected` after a commit to one integration, and `nx run-many -t lint` over all of
 * them uncached and cached (file validators and ruff, from the workspace's tool folder).
 */
import { flushChanges, FsTree } from 'nx/src/generators/tree';
import { appendFileSync } from 'node:fs';
import { join } from 'node:path';
import { integrationGenerator } from '@dd/plugin/src/generators/integration/generator';
import { createTestWorkspace } from '@dd/plugin-e2e/src/test-workspace';
import { copyThisWorkspace } from '@dd/plugin-e2e/src/workspace-copy';
import { figure, medianMs } from './timing';

async function main() {
  const count = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 300);
  const installed = process.argv.includes('--installed');
  const ws = installed ? withCommit(createTestWorkspace('bench-graph')) : copyThisWorkspace('bench-graph');
  try {
    const tree = new FsTree(ws.root, false);
    for (let i = 0; i < count; i++) {
      await integrationGenerator(
        tree,
        { name: `bench_${String(i).padStart(3, '0')}` },
        { appUuid: '00000000-0000-4000-8000-000000000000', sourceTypeId: 10_000_000 + i },
      );
    }
    flushChanges(ws.root, tree.listChanges());
    ws.commit(`${count} integrations`);
    const env = { NX_DAEMON: 'false' };
    const reset = () => ws.nxOk(['reset', '--only-cache'], env);

    const graph = medianMs(
      3,
      () => ws.nxOk(['graph', '--file=graph.json'], env),
      () => ws.nxOk(['reset'], env),
    );
    const projects = ws.nxOk(['show', 'projects'], env).stdout.trim().split('\n').length;

    appendFileSync(
      join(ws.root, 'integrations', 'bench_007', 'datadog_checks', 'bench_007', 'check.py'),
      '\n# touched\n',
    );
    ws.commit('change one integration');
    let affectedList = '';
    const affected = medianMs(3, () => {
      affectedList = ws.nxOk(['show', 'projects', '--affected', '--base=HEAD~1', '--head=HEAD'], env).stdout.trim();
    });

    const lintArgs = ['run-many', '-t', 'lint', '--exclude-task-dependencies', '--outputStyle=static'];
    const uncached = medianMs(3, () => ws.nxOk(lintArgs, env), reset);
    const cached = medianMs(3, () => ws.nxOk(lintArgs, env));

    const plugin = installed
      ? 'the built plugin installed from its package'
      : 'the plugin loaded from its TypeScript source';
    console.log(
      `\nWorkspace of ${count} integrations (${projects} projects), ${plugin}, ${require('node:os').cpus().length} cores, medians of 3 runs:\n`,
    );
    console.log(figure('project graph, cold, no daemon (nx graph)', graph.median, 2000));
    console.log(figure(`affected after one change (-> ${affectedList.replace(/\n/g, ', ')})`, affected.median, 2000));
    console.log(figure(`lint of all ${count}, uncached`, uncached.median, 15000));
    console.log(figure(`lint of all ${count}, cached`, cached.median, 3000));
  } finally {
    ws.dispose();
  }
}

/** The installed workspace with the same `commit` helper as a copy of this one. */
function withCommit(ws: ReturnType<typeof createTestWorkspace>) {
  return {
    ...ws,
    commit: (message: string) => {
      ws.git(['add', '-A']);
      ws.git(['commit', '--quiet', '-m', message]);
      return ws.git(['rev-parse', 'HEAD']).stdout.trim();
    },
  };
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
