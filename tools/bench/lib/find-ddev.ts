import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ddevConfigEnv } from '@dd/plugin-e2e/src/ddev';

/** ddev from DD_BENCH_DDEV, or a virtualenv made with the workspace's uv on Python 3.13 (kept for the next run). */
export function findDdev(ws: { root: string }): string | undefined {
  if (process.env.DD_BENCH_DDEV) return process.env.DD_BENCH_DDEV;
  const venv = join(tmpdir(), 'dd-bench-ddev-313');
  const ddev = join(venv, 'bin', 'ddev');
  if (existsSync(ddev)) return ddev;
  const tools = join(ws.root, '.dd', 'tools');
  const uv = existsSync(tools)
    ? readdirSync(tools)
        .filter((d) => d.startsWith('uv-'))
        .map((d) => join(tools, d, 'bin', 'uv'))
        .find(existsSync)
    : undefined;
  const made = spawnSync(uv ?? 'uv', ['venv', '--quiet', '-p', '3.13', venv], { encoding: 'utf8' });
  const installed =
    made.status === 0
      ? spawnSync(uv ?? 'uv', ['pip', 'install', '--quiet', '--python', join(venv, 'bin', 'python'), 'ddev==20.1.*'], {
          encoding: 'utf8',
        })
      : made;
  if (installed.status !== 0 || !existsSync(ddev)) {
    const why = `${installed.stderr ?? ''}${installed.error?.message ?? ''}`.trim().split('\n').pop();
    console.log(`ddev: not measured (${why || 'no uv or no Python 3.13'}); set DD_BENCH_DDEV to a ddev 20.1`);
    return undefined;
  }
  return ddev;
}

/** The environment ddev runs in for the adopted repository (`extras` pointing at it), and how to remove its configuration. */
export function ddevEnv(repository: string, ddev: string): { env: NodeJS.ProcessEnv; dispose: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'dd-bench-ddev-'));
  const env = {
    ...process.env,
    ...ddevConfigEnv(dir, repository),
    COLUMNS: '400',
    PATH: `${join(ddev, '..')}:${process.env.PATH}`,
  };
  return { env, dispose: () => rmSync(dir, { recursive: true, force: true }) };
}
