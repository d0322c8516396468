/** @requires docker: a Docker engine (npm test starts one as root; see tools/test/run-tests.ts). */
import { createServer, type Server } from 'node:net';
import { connectDocker } from '@dd/plugin/src/adapters/docker-client';
import { createDockerEngine } from '@dd/plugin/src/adapters/docker-engine';
import { containerCreateBody } from '@dd/plugin/src/environments/container-options';
import { planEnvironment } from '@dd/plugin/src/environments/plan-environment';
import { readEnvFile } from '@dd/plugin/src/environments/read-env-file';
import { cleanupEnvironment } from '@dd/plugin/src/environments/cleanup-environment';
import { EnvironmentConflictError } from '@dd/plugin/src/errors/environment-errors';

/**
 * Name and port conflicts reported by the real engine become explained errors. They cannot
 * arise from a plan (names are unique per run, host ports ephemeral), so the adapter is driven
 * directly with a body that forces each conflict.
 */
describe('Docker adapter conflicts on the real engine', () => {
  const sessionId = `conflict-${process.pid}-${Date.now()}`;
  const plan = planEnvironment({
    envFile: readEnvFile(
      'services:\n  redis:\n    image: debian:bookworm\n    command: [sleep, infinity]\n    ports: [6379]\n    ready: [{ tcp: 6379 }]\n',
    ).envFile!,
    projectRoot: '/nowhere',
    identity: {
      workspace: '/tmp/dd-e2e-conflicts',
      integration: 'conflicts',
      flavor: 'default',
      sessionId,
      ownerPid: process.pid,
      ownerStart: '',
      ownerHost: 'e2e',
      stateFile: '',
    },
  });
  let engine: ReturnType<typeof createDockerEngine>;
  let server: Server | undefined;

  beforeAll(async () => {
    engine = createDockerEngine(await connectDocker());
    await engine.createNetwork(plan.network);
  });
  afterAll(async () => {
    server?.close();
    await cleanupEnvironment(engine, { sessionId });
    expect(await engine.list({ sessionId })).toEqual([]);
  });

  it('explains a container name that is taken', async () => {
    const body = containerCreateBody(plan, plan.services[0]!);
    await engine.startContainer(body);
    const error = await engine.startContainer(body).catch((e) => e);
    expect(error).toBeInstanceOf(EnvironmentConflictError);
    expect(error.message).toMatch(/^Cannot create container dd-conflicts-default-conflict-redis: the name is taken/);
    expect(error.hint).toContain('cleanup');
  });

  it('explains a host port that is taken, and leaves no half-created container', async () => {
    server = createServer();
    await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
    const port = (server.address() as { port: number }).port;
    const body = containerCreateBody(plan, {
      ...plan.services[0]!,
      containerName: `${plan.services[0]!.containerName}-2`,
    });
    body.HostConfig.PortBindings['6379/tcp'] = [{ HostIp: '127.0.0.1', HostPort: String(port) }];
    const error = await engine.startContainer(body).catch((e) => e);
    expect(error).toBeInstanceOf(EnvironmentConflictError);
    expect(error.message).toMatch(/a host port is taken/);
    const containers = (await engine.list({ sessionId })).filter((o) => o.kind === 'container');
    expect(containers.map((c) => c.name)).toEqual([plan.services[0]!.containerName]);
  });
});
