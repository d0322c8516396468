import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './package-index-server';
import { runOk } from './run';

export interface NpmRegistryServer {
  /** The registry's URL, e.g. http://127.0.0.1:41234/. */
  url: string;
  /** The `.npmrc` line that takes the `@dd` scope, and only it, from this registry. */
  npmrcLine: string;
  /** Publishes a packed tarball (`npm pack`'s output) to this registry. */
  publish(tarball: string): void;
  stop(): Promise<void>;
}

async function waitReady(url: string, child: ChildProcess, log: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`verdaccio exited with ${child.exitCode}:\n${readFileSync(log, 'utf8')}`);
    const ok = await fetch(url)
      .then((r) => r.ok)
      .catch(() => false);
    if (ok) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`verdaccio did not answer at ${url} within 60 s:\n${readFileSync(log, 'utf8')}`);
}

/**
 * A real npm registry on 127.0.0.1: verdaccio (this repository's devDependency) with no uplinks,
 * serving only the `@dd` scope, which anyone may read and publish to. `stop()` kills it and
 * removes its storage.
 */
export async function startNpmRegistryServer(): Promise<NpmRegistryServer> {
  const dir = mkdtempSync(join(tmpdir(), 'dd-e2e-npm-registry-'));
  const config = join(dir, 'config.yaml');
  // JSON is valid YAML: verdaccio reads this file as its configuration.
  writeFileSync(
    config,
    JSON.stringify({
      storage: join(dir, 'storage'),
      uplinks: {},
      packages: { '@dd/*': { access: '$all', publish: '$anonymous' } },
      log: { type: 'stdout', format: 'pretty', level: 'warn' },
    }),
  );
  const port = await freePort();
  const host = `127.0.0.1:${port}`;
  const url = `http://${host}/`;
  const log = join(dir, 'verdaccio.log');
  const out = openSync(log, 'a');
  const child = spawn(
    process.execPath,
    [require.resolve('verdaccio/bin/verdaccio'), '--config', config, '--listen', host],
    { cwd: dir, stdio: ['ignore', out, out] },
  );
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
    await waitReady(`${url}-/ping`, child, log);
  } catch (error) {
    await stop();
    throw error;
  }
  return {
    url,
    npmrcLine: `@dd:registry=${url}`,
    // Anonymous publish is allowed; npm still wants a token for the registry, any will do.
    publish: (tarball) =>
      runOk('npm', ['publish', tarball, '--registry', url, `--//${host}/:_authToken=e2e`, '--loglevel=error'], dir),
    stop,
  };
}
