import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalServer } from './local-server';
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
  const url = `http://127.0.0.1:${port}/`;
  const { stop } = await startLocalServer({
    name: 'pypi-server',
    command: join(venv, 'bin', 'pypi-server'),
    args: ['run', '-p', String(port), '-i', '127.0.0.1', '-P', htpasswd, '-a', 'update', packages],
    dir,
    readyUrl: `${url}simple/`,
  });
  return { url, simpleUrl: `${url}simple/`, username, password, packages, stop };
}
