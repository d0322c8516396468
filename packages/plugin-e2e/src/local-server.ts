import { spawn, type ChildProcess } from 'node:child_process';
import { openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

/** A port of 127.0.0.1 nothing listens on (just now). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

async function waitReady(name: string, url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with ${child.exitCode}:\n${readFileSync(log, 'utf8')}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${name} did not answer at ${url} within 60 s:\n${readFileSync(log, 'utf8')}`);
}

export interface LocalServerSpec {
  /** What the server is called in errors, and its log file's name. */
  name: string;
  command: string;
  args: readonly string[];
  /** The server's own temporary folder: its working directory, removed by `stop()`. */
  dir: string;
  /** A URL that answers 2xx once the server is ready. */
  readyUrl: string;
}

/**
 * Starts a server of the end-to-end tests as a child process (its output in `<dir>/<name>.log`)
 * and waits until it answers; `stop()` ends it (SIGTERM, then SIGKILL after 5 s) and removes
 * `dir`. A server that exits or does not answer within 60 s is stopped, and the error carries its log.
 */
export async function startLocalServer(spec: LocalServerSpec): Promise<{ stop: () => Promise<void> }> {
  const log = join(spec.dir, `${spec.name}.log`);
  const out = openSync(log, 'a');
  const child = spawn(spec.command, spec.args, { cwd: spec.dir, stdio: ['ignore', out, out] });
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(spec.dir, { recursive: true, force: true });
  };
  try {
    await waitReady(spec.name, spec.readyUrl, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { stop };
}
