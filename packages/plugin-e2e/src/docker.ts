import Docker from 'dockerode';
import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TestWorkspace } from './test-workspace';

const repoRoot = join(__dirname, '..', '..', '..');

/** The daemon the suites drive (DOCKER_HOST or the local socket), as the plugin finds it. */
export const docker = new Docker();

export interface FoundObject {
  kind: 'container' | 'network' | 'volume';
  name: string;
  labels: Record<string, string>;
  ports?: Docker.Port[];
}

/** Every container, network and volume labelled as belonging to a workspace (optionally one integration). */
export async function objectsOf(workspace: string, integration?: string): Promise<FoundObject[]> {
  const label = [
    'dev.dd-plugin.managed=true',
    `dev.dd-plugin.workspace=${workspace}`,
    ...(integration ? [`dev.dd-plugin.integration=${integration}`] : []),
  ];
  const filters = JSON.stringify({ label });
  const [containers, networks, volumes] = await Promise.all([
    docker.listContainers({ all: true, filters }),
    docker.listNetworks({ filters }),
    docker.listVolumes({ filters }),
  ]);
  return [
    ...containers.map((c) => ({
      kind: 'container' as const,
      name: c.Names[0]!.slice(1),
      labels: c.Labels,
      ports: c.Ports,
    })),
    ...networks.map((n) => ({ kind: 'network' as const, name: n.Name, labels: n.Labels ?? {} })),
    ...(volumes.Volumes ?? []).map((v) => ({ kind: 'volume' as const, name: v.Name, labels: v.Labels ?? {} })),
  ];
}

/** Polls until the check returns a value, or fails after the timeout. */
export async function waitFor<T>(what: string, check: () => Promise<T | undefined>, timeoutMs = 120_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/** Copies the repository's Redis example into a test workspace, without its virtualenv. */
export function copyRedisExample(ws: TestWorkspace, name = 'redis'): string {
  const target = join(ws.root, 'integrations', name);
  cpSync(join(repoRoot, 'integrations', 'redis'), target, {
    recursive: true,
    filter: (src) => !/\/(\.venv|__pycache__|\.pytest_cache|\.ruff_cache)(\/|$)/.test(src),
  });
  return target;
}

/** Writes an integration's ci/env.yaml. */
export function writeEnvYaml(integrationRoot: string, yaml: string): void {
  writeFileSync(join(integrationRoot, 'ci', 'env.yaml'), yaml);
}

/** Starts `nx` in its own process group, so a test can signal the whole run as a terminal would. */
export function spawnNx(
  ws: TestWorkspace,
  args: readonly string[],
): { child: ChildProcess; output: () => string; exited: Promise<number | null> } {
  const child = spawn(join(ws.root, 'node_modules', '.bin', 'nx'), [...args], {
    cwd: ws.root,
    detached: true,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (d) => (output += d));
  child.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) =>
    child.on('exit', (code, signal) => resolve(code ?? (signal ? -1 : null))),
  );
  return { child, output: () => output, exited };
}

/** Sends one Redis command over a raw TCP connection and returns the first reply line. */
export async function redisCommand(port: number, command: string): Promise<string> {
  const { connect } = await import('node:net');
  return new Promise((resolve, reject) => {
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write(`${command}\r\n`));
    socket.setTimeout(5000, () => reject(new Error('no answer')));
    socket.on('data', (data) => {
      resolve(data.toString().split('\r\n')[0]!);
      socket.destroy();
    });
    socket.on('error', reject);
  });
}

/** The text of `INFO server` (a bulk reply read until complete). */
export async function redisInfo(port: number): Promise<string> {
  const { connect } = await import('node:net');
  return new Promise((resolve, reject) => {
    let text = '';
    const socket = connect({ host: '127.0.0.1', port }, () => socket.write('INFO server\r\n'));
    socket.setTimeout(5000, () => reject(new Error('no answer')));
    socket.on('data', (data) => {
      text += data;
      const length = Number(/^\$(\d+)\r\n/.exec(text)?.[1] ?? NaN);
      if (Buffer.byteLength(text) >= length + String(length).length + 5) {
        socket.destroy();
        resolve(text);
      }
    });
    socket.on('error', reject);
  });
}
