import type Docker from 'dockerode';
import { mkdtempSync, readdirSync, readFileSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findDebianMirror, type AptSourceFile } from '../environments/apt-mirror';
import { baseImageChanges, isCachedBaseImage, type DebianSuite } from '../environments/base-image';
import { ImageUnavailableError } from '../errors/environment-errors';
import { runProcess, runProcessOrThrow } from './run-process';

/** Reads the machine's apt sources (deb822 and one-line) and returns its Debian mirror. */
export function machineDebianMirror(etcApt = '/etc/apt'): string | undefined {
  const files: AptSourceFile[] = [];
  const read = (path: string) => existsSync(path) && files.push({ path, content: readFileSync(path, 'utf8') });
  const dir = join(etcApt, 'sources.list.d');
  if (existsSync(dir)) for (const name of readdirSync(dir).sort()) read(join(dir, name));
  read(join(etcApt, 'sources.list'));
  return findDebianMirror(files);
}

/** Whether this machine can bootstrap Debian: root and a debootstrap on the PATH. */
export async function canDebootstrap(): Promise<boolean> {
  if (process.getuid?.() !== 0) return false;
  const probe = await runProcess({ file: 'debootstrap', args: ['--version'] }).catch(() => undefined);
  return probe?.exitCode === 0;
}

export interface BaseImageResult {
  image: string;
  /** false when an image built earlier with the same label was found. */
  built: boolean;
  durationMs: number;
}

/**
 * Makes `debian:<suite>` without a registry: `debootstrap --variant=minbase` into a temporary
 * folder from the machine's own mirror, then `docker import` with the official image's CMD and
 * our labels. A cached image (same builder label and suite) is kept.
 */
export async function ensureDebianBaseImage(
  docker: Docker,
  suite: DebianSuite,
  options: { force?: boolean; log?: (line: string) => void; signal?: AbortSignal } = {},
): Promise<BaseImageResult> {
  const image = `debian:${suite}`;
  const started = Date.now();
  const existing = await docker
    .getImage(image)
    .inspect()
    .catch(() => undefined);
  if (!options.force && existing && isCachedBaseImage(existing.Config?.Labels ?? undefined, suite)) {
    return { image, built: false, durationMs: Date.now() - started };
  }
  const mirror = machineDebianMirror();
  if (!mirror) {
    throw new ImageUnavailableError(
      `Cannot build ${image}: no Debian mirror found in /etc/apt/sources.list or /etc/apt/sources.list.d/.`,
      'configure apt with a Debian mirror (a `deb` line or a deb822 `URIs:` entry), or load the image with `docker load`',
    );
  }
  const work = mkdtempSync(join(tmpdir(), `dd-base-${suite}-`));
  try {
    const rootfs = join(work, 'rootfs');
    const tarball = join(work, 'rootfs.tar');
    options.log?.(`debootstrap --variant=minbase ${suite} from ${mirror}`);
    await runProcessOrThrow({
      file: 'debootstrap',
      args: ['--variant=minbase', suite, rootfs, mirror],
      timeoutMs: 30 * 60_000,
      signal: options.signal,
    });
    // The apt cache of the bootstrap is not part of the image, as in the official one.
    rmSync(join(rootfs, 'var', 'cache', 'apt', 'archives'), { recursive: true, force: true });
    await runProcessOrThrow({
      file: 'tar',
      args: ['-C', rootfs, '--numeric-owner', '-cf', tarball, '.'],
      signal: options.signal,
    });
    const stream = await docker.importImage(tarball, {
      repo: 'debian',
      tag: suite,
      changes: baseImageChanges(suite),
    } as object);
    await new Promise<void>((resolve, reject) =>
      docker.modem.followProgress(stream, (error: Error | null, events: { error?: string }[]) => {
        const failed = error ?? events.find((e) => e.error);
        if (failed) reject(new Error(typeof failed === 'object' && 'error' in failed ? failed.error : String(failed)));
        else resolve();
      }),
    );
    return { image, built: true, durationMs: Date.now() - started };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
