import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort, startLocalServer } from './local-server';
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
  const { stop } = await startLocalServer({
    name: 'verdaccio',
    command: process.execPath,
    args: [require.resolve('verdaccio/bin/verdaccio'), '--config', config, '--listen', host],
    dir,
    readyUrl: `${url}-/ping`,
  });
  return {
    url,
    npmrcLine: `@dd:registry=${url}`,
    // Anonymous publish is allowed; npm still wants a token for the registry, any will do.
    publish: (tarball) =>
      runOk('npm', ['publish', tarball, '--registry', url, `--//${host}/:_authToken=e2e`, '--loglevel=error'], dir),
    stop,
  };
}
