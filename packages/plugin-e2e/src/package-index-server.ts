import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runOk } from './run';

/** The pypiserver the publish suites upload to: installed from PyPI, as a user would run one. */
export const PYPISERVER_VERSION = '2.3.2';

export interface PackageIndexServer {
  /** The upload URL (pypiserver's root), e.g. http://127.0.0.1:41234/. */
  url: string;
  /** The simple API pip reads: `<url>simple/`. */
  simpleUrl: string;
  username: string;
  password: string;
  /** The folder pypiserver keeps the uploaded files in. */
  packages: string;
  stop(): Promise<void>;
}

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

async function waitReady(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`pypi-server exited with ${child.exitCode}:\n${readFileSync(log, 'utf8')}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`pypi-server did not answer at ${url} within 60 s:\n${readFileSync(log, 'utf8')}`);
}

/**
 * A real package index on 127.0.0.1: pypiserver in a virtualenv of its own, uploads allowed only
 * with a user and password (an htpasswd file written with passlib), downloads open; projects it
 * does not have are redirected to its fallback index, the public one, as pypiserver does.
 * `stop()` kills it and removes everything.
 */
export async function startPackageIndexServer(): Promise<PackageIndexServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-e2e-pypi-'));
  const venv = join(dir, 'venv');
  const packages = join(dir, 'packages');
  mkdirSync(packages);
  runOk('python3', ['-m', 'venv', venv], dir);
  const python = join(venv, 'bin', 'python');
  runOk(python, ['-m', 'pip', 'install', '--quiet', `pypiserver==${PYPISERVER_VERSION}`, 'passlib'], dir);
  const [username, password] = ['releaser', 'e2e-upload-secret'];
  const htpasswd = join(dir, 'htpasswd');
  runOk(
    python,
    [
      '-c',
      'import sys; from passlib.apache import HtpasswdFile as H; h = H(sys.argv[1], new=True); h.set_password(sys.argv[2], sys.argv[3]); h.save()',
      htpasswd,
      username,
      password,
    ],
    dir,
  );
  const port = await freePort();
  const log = join(dir, 'pypi-server.log');
  const out = openSync(log, 'a');
  const child = spawn(
    join(venv, 'bin', 'pypi-server'),
    ['run', '-p', String(port), '-i', '127.0.0.1', '-P', htpasswd, '-a', 'update', packages],
    { cwd: dir, stdio: ['ignore', out, out] },
  );
  const url = `http://127.0.0.1:${port}/`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(timer);
    }
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    await waitReady(`${url}simple/`, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, simpleUrl: `${url}simple/`, username, password, packages, stop };
}
