import type Docker from 'dockerode';
import { PassThrough } from 'node:stream';
import { demuxDockerLog } from '../environments/docker-log';

/** Runs a command in a running container; resolves with its exit code and combined output. */
export async function dockerExec(
  docker: Docker,
  containerId: string,
  command: readonly string[],
): Promise<{ exitCode: number; output: string }> {
  const exec = await docker
    .getContainer(containerId)
    .exec({ Cmd: [...command], AttachStdout: true, AttachStderr: true });
  const stream = await exec.start({ hijack: true, stdin: false });
  const chunks: Buffer[] = [];
  const sink = new PassThrough();
  sink.on('data', (chunk: Buffer) => chunks.push(chunk));
  docker.modem.demuxStream(stream, sink, sink);
  await new Promise<void>((resolve, reject) => {
    stream.on('end', resolve);
    stream.on('close', resolve);
    stream.on('error', reject);
  });
  const info = await exec.inspect();
  return { exitCode: info.ExitCode ?? 1, output: Buffer.concat(chunks).toString('utf8') };
}

/** A container's output so far (stdout and stderr), optionally only the last lines. */
export async function dockerLogs(docker: Docker, containerId: string, tail?: number): Promise<string> {
  const buffer = (await docker
    .getContainer(containerId)
    .logs({ stdout: true, stderr: true, follow: false, ...(tail ? { tail } : {}) })) as unknown as Buffer;
  return demuxDockerLog(Buffer.isBuffer(buffer) ? buffer : Buffer.from(String(buffer)));
}
