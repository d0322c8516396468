import type Docker from 'dockerode';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { debianSuiteOf } from '../environments/base-image';
import { dockerfileBaseImages } from '../environments/dockerfile-bases';
import type { Log } from '../environments/environment-engine';
import type { ImageStep } from '../environments/environment-plan';
import { EnvironmentConfigError, ImageUnavailableError } from '../errors/environment-errors';
import { canDebootstrap, ensureDebianBaseImage, machineDebianMirror } from './docker-base-image';
import { isEngineConnectionError } from './docker-errors';

/** Makes an image step's image available: found, pulled, built from a Dockerfile, or (Debian) bootstrapped. */
export async function prepareImage(docker: Docker, step: ImageStep, log: Log, signal?: AbortSignal): Promise<void> {
  if (step.kind === 'use') return ensureImagePresent(docker, step.tag, log, signal);
  const dockerfilePath = join(step.contextDir, step.dockerfile);
  if (!existsSync(dockerfilePath)) {
    throw new EnvironmentConfigError(
      `Service \`${step.service}\` builds from ${dockerfilePath}, which does not exist.`,
      'fix `build.context` / `build.dockerfile` in ci/env.yaml (paths are relative to the integration folder)',
    );
  }
  for (const base of dockerfileBaseImages(readFileSync(dockerfilePath, 'utf8'), step.args))
    await ensureImagePresent(docker, base, log, signal);
  const started = Date.now();
  const stream = await docker.buildImage({ context: step.contextDir, src: listFiles(step.contextDir) }, {
    t: step.tag,
    buildargs: step.args,
    labels: step.labels,
    dockerfile: step.dockerfile,
    rm: true,
    forcerm: true,
    abortSignal: signal,
  } as object);
  let text = '';
  const failure = await new Promise<Error | undefined>((resolve) =>
    docker.modem.followProgress(
      stream,
      (error: Error | null) => resolve(error ?? undefined),
      (event: { stream?: string; error?: string }) => {
        // Build output arrives in fragments (a colored "E", then ": ..."): join before splitting.
        if (event.stream) text += event.stream;
        if (event.error) text += `\n${event.error}\n`;
      },
    ),
  );
  const output = text
    // eslint-disable-next-line no-control-regex -- the terminal's colour codes in Docker's build output
    .replace(/\x1b\[[0-9;]*m/g, '')
    .split('\n')
    .map((l) => l.trimEnd())
    .filter((l) => l.trim());
  if (isEngineConnectionError(failure)) throw failure;
  const errorLine =
    failure?.message ?? output.find((l) => /^(The command .* returned a non-zero code|failed to|error)/i.test(l));
  if (errorLine) {
    throw new ImageUnavailableError(
      `Building the image of service \`${step.service}\` (${step.tag}) failed: ${errorLine}\nLast lines of the build:\n${output
        .slice(-30)
        .map((l) => `  | ${l}`)
        .join('\n')}`,
      `fix ${relative(process.cwd(), dockerfilePath) || dockerfilePath} or the build args in ci/env.yaml`,
    );
  }
  const cached = output.filter((l) => l.includes('Using cache')).length;
  log(
    `image ${step.tag} ready in ${((Date.now() - started) / 1000).toFixed(1)} s${cached > 0 ? ` (${cached} cached step${cached === 1 ? '' : 's'})` : ''}`,
  );
}

/** Finds an image, else pulls it, else builds `debian:<suite>` with debootstrap when the machine can. */
export async function ensureImagePresent(docker: Docker, image: string, log: Log, signal?: AbortSignal): Promise<void> {
  if (
    await docker
      .getImage(image)
      .inspect()
      .then(
        () => true,
        (error: unknown) => {
          if (isEngineConnectionError(error)) throw error;
          return false;
        },
      )
  )
    return;
  const pullError = await pull(docker, image);
  if (!pullError) return;
  const suite = debianSuiteOf(image);
  if (suite && (await canDebootstrap()) && machineDebianMirror()) {
    log(
      `${image} is not on this machine and cannot be pulled (${pullError}); building it once with debootstrap from this machine's Debian mirror (a minute or two)...`,
    );
    const result = await ensureDebianBaseImage(docker, suite, { log, signal });
    log(`built ${image} in ${(result.durationMs / 1000).toFixed(1)} s; later runs reuse it`);
    return;
  }
  throw new ImageUnavailableError(
    `Image ${image} is not on this machine and cannot be pulled: ${pullError}.`,
    suite
      ? `no registry answers: install debootstrap and run as root (\`apt-get install debootstrap\`), and install builds ${image} itself; or \`docker load\` it`
      : `no registry answers: \`docker load\` or build ${image} locally, or point Docker at a reachable registry mirror`,
  );
}

async function pull(docker: Docker, image: string): Promise<string | undefined> {
  try {
    const stream = await docker.pull(image);
    return await new Promise<string | undefined>((resolve, reject) =>
      docker.modem.followProgress(stream, (error: Error | null, events: { error?: string }[]) =>
        isEngineConnectionError(error) ? reject(error) : resolve(error?.message ?? events.find((e) => e.error)?.error),
      ),
    );
  } catch (error) {
    if (isEngineConnectionError(error)) throw error;
    return ((error as { json?: { message?: string } }).json?.message ?? (error as Error).message).trim();
  }
}

/** Every file of a build context, relative, with `/` separators (dockerode tars exactly these). */
function listFiles(root: string, dir = root): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listFiles(root, path));
    else out.push(relative(root, path).split(sep).join('/'));
  }
  return out;
}
