import { containerCreateBody } from './container-options';
import { readEnvFile } from './read-env-file';
import { environmentName, planEnvironment, startOrder } from './plan-environment';
import { LABELS, type EnvironmentIdentity } from './labels';

const ENV = `flavors:
  "7.0":
    variables: { suite: bookworm, tag: "7" }
services:
  app:
    image: "app:\${tag}"
    depends_on: [db]
    environment: { DB: "db:5432", FLAVOR: "\${flavor}" }
    ports: [8080]
    ready: [{ http: 8080, path: /health }]
  db:
    build: { context: ci/db, args: { SUITE: "\${suite}" } }
    command: [postgres, -c, "cluster_name=\${integration}"]
    ports: [5432]
    volumes: ["data:/var/lib/postgresql"]
    ready: [{ command: [pg_isready] }]
before_script:
  - service: db
    command: [psql, -c, "select '\${flavor}'", "\${app.port.8080}"]
`;

const identity: EnvironmentIdentity = {
  workspace: '/ws',
  integration: 'my_check',
  flavor: '7.0',
  sessionId: '0123456789abcdef',
  ownerPid: 4242,
  ownerStart: '99',
  ownerHost: 'box',
  stateFile: '/ws/dist/integrations/my_check/environments/7.0.json',
};

function plan() {
  const envFile = readEnvFile(ENV).envFile!;
  return planEnvironment({ envFile, identity, projectRoot: '/ws/integrations/my_check' });
}

describe('planEnvironment', () => {
  it('starts dependencies first and names everything after the session', () => {
    const p = plan();
    expect(p.services.map((s) => [s.name, s.containerName])).toEqual([
      ['db', 'dd-my_check-7.0-01234567-db'],
      ['app', 'dd-my_check-7.0-01234567-app'],
    ]);
    expect(p.network.name).toBe('dd-my_check-7.0-01234567-net');
    expect(p.volumes.map((v) => v.name)).toEqual(['dd-my_check-7.0-01234567-data']);
  });

  it('substitutes flavor and built-in variables, but leaves endpoint references for later', () => {
    const p = plan();
    const [db, app] = p.services;
    expect(app!.image).toBe('app:7');
    expect(app!.env).toEqual(['DB=db:5432', 'FLAVOR=7.0']);
    expect(db!.command).toEqual(['postgres', '-c', 'cluster_name=my_check']);
    expect(p.beforeScript[0]!.command).toEqual(['psql', '-c', "select '7.0'", '${app.port.8080}']);
  });

  it('builds images from the integration folder, tagged per flavor, and uses named ones as they are', () => {
    expect(plan().images).toEqual([
      {
        kind: 'build',
        service: 'db',
        tag: 'dd-plugin/my_check-db:7.0',
        contextDir: '/ws/integrations/my_check/ci/db',
        dockerfile: 'Dockerfile',
        args: { SUITE: 'bookworm' },
        labels: expect.objectContaining({
          [LABELS.integration]: 'my_check',
          [LABELS.flavor]: '7.0',
          [LABELS.service]: 'db',
        }),
      },
      { kind: 'use', service: 'app', tag: 'app:7' },
    ]);
  });

  it('labels every container, network and volume with workspace, integration, flavor, session and owner', () => {
    const p = plan();
    const expected = {
      [LABELS.managed]: 'true',
      [LABELS.workspace]: '/ws',
      [LABELS.integration]: 'my_check',
      [LABELS.flavor]: '7.0',
      [LABELS.session]: '0123456789abcdef',
      [LABELS.ownerPid]: '4242',
      [LABELS.ownerStart]: '99',
      [LABELS.ownerHost]: 'box',
      [LABELS.stateFile]: identity.stateFile,
    };
    expect(p.network.labels).toEqual(expected);
    expect(p.volumes[0]!.labels).toEqual(expected);
    expect(p.services[0]!.labels).toEqual({ ...expected, [LABELS.service]: 'db' });
  });

  it('publishes every port on 127.0.0.1 with an engine-chosen host port, on the private network', () => {
    const p = plan();
    const body = containerCreateBody(p, p.services[0]!);
    expect(body.HostConfig.PortBindings).toEqual({ '5432/tcp': [{ HostIp: '127.0.0.1', HostPort: '' }] });
    expect(body.ExposedPorts).toEqual({ '5432/tcp': {} });
    expect(body.HostConfig.NetworkMode).toBe(p.network.name);
    expect(body.NetworkingConfig.EndpointsConfig[p.network.name]).toEqual({ Aliases: ['db'] });
    expect(body.HostConfig.Mounts).toEqual([
      { Type: 'volume', Source: 'dd-my_check-7.0-01234567-data', Target: '/var/lib/postgresql' },
    ]);
    expect(body.HostConfig.RestartPolicy).toEqual({ Name: 'no' });
  });

  it('gives two flavors (and two sessions) disjoint names', () => {
    const a = environmentName(identity);
    const b = environmentName({ ...identity, flavor: '8.0' });
    const c = environmentName({ ...identity, sessionId: 'fedcba9876543210' });
    expect(new Set([a, b, c]).size).toBe(3);
  });

  it('keeps declaration order where there are no dependencies', () => {
    const envFile = readEnvFile(
      'services:\n  b: { image: x, ready: [{ log: x }] }\n  a: { image: x, ready: [{ log: x }] }\n',
    ).envFile!;
    expect(startOrder(envFile.services).map((s) => s.name)).toEqual(['b', 'a']);
  });
});
