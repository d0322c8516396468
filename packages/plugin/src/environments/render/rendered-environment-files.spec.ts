import { parse } from 'yaml';
import { readHatchMatrix } from '../../python/hatch-matrix';
import { readEnvFile } from '../read-env-file';
import { composeString } from './render-compose-file';
import { renderedEnvironmentFiles } from './rendered-environment-files';

const ENV_YAML = `flavors:
  "6.0":
    variables: { suite: bullseye }
  "7.0":
    default: true
    variables: { suite: bookworm }
services:
  redis:
    build: { context: ci/docker, args: { SUITE: "\${suite}" } }
    environment: { GREETING: "costs $5 in \${flavor}", LITERAL: "$\${suite}" }
    ports: [6379]
    ready:
      - log: Ready to accept connections
      - tcp: 6379
        timeout: 10
    retries: 1
before_script:
  - service: redis
    command: [redis-cli, set, k, v]
check:
  instance: { host: "\${redis.host}", port: "\${redis.port.6379}" }
`;

function render(text: string, hatch?: string) {
  const envFile = readEnvFile(text).envFile!;
  return Object.fromEntries(renderedEnvironmentFiles(envFile, 'redis', hatch).map((f) => [f.path, f.text]));
}

describe('files rendered from ci/env.yaml', () => {
  it('renders a hatch matrix of one environment per flavor, with the variables nx test sets', () => {
    const { environments, problems } = readHatchMatrix(render(ENV_YAML)['hatch.toml']);
    expect(problems).toEqual([]);
    expect(environments.map((e) => [e.name, e.envVars])).toEqual([
      ['py3.13-6.0', { DD_ENV_FLAVOR: '6.0', DD_ENV_VAR_SUITE: 'bullseye' }],
      ['py3.13-7.0', { DD_ENV_FLAVOR: '7.0', DD_ENV_VAR_SUITE: 'bookworm' }],
    ]);
  });

  it("keeps the Pythons the author's matrix runs", () => {
    const hatch = '[[envs.default.matrix]]\npython = ["3.12", "3.13"]\n';
    const { environments } = readHatchMatrix(render(ENV_YAML, hatch)['hatch.toml']);
    expect(environments.map((e) => e.name)).toEqual(['py3.12-6.0', 'py3.12-7.0', 'py3.13-6.0', 'py3.13-7.0']);
  });

  it('renders the services for docker compose: loopback ports, paths from the integration, variables from the environment', () => {
    const compose = parse(render(ENV_YAML)['tests/docker/docker-compose.yaml']);
    expect(compose).toEqual({
      services: {
        redis: {
          build: {
            context: '../../ci/docker',
            dockerfile: 'Dockerfile',
            args: { SUITE: '${DD_ENV_VAR_SUITE:-bookworm}' },
          },
          environment: { GREETING: 'costs $$5 in ${DD_ENV_FLAVOR:-7.0}', LITERAL: '$${suite}' },
          ports: ['127.0.0.1::6379'],
        },
      },
    });
  });

  it('writes what env.yaml says into the fixture module as data, with the lines of env.yaml', () => {
    const module = render(ENV_YAML)['tests/environment.py'];
    expect(module.split('\n')[0]).toBe(
      '# Rendered from ci/env.yaml by `nx lint redis --fix`: edit ci/env.yaml, not this file.',
    );
    expect(module).toContain("DEFAULT_FLAVOR = '7.0'");
    expect(module).toContain(
      "    ('redis', 'log', 'Ready to accept connections', 60, 13),\n    ('redis', 'tcp', 6379, 10, 14),",
    );
    expect(module).toContain('RETRIES = 1');
    expect(module).toContain("    ('redis', ['redis-cli', 'set', 'k', 'v'], 18),");
    expect(module).toContain("INSTANCE = {\n    'host': '${redis.host}',\n    'port': '${redis.port.6379}',\n}");
    expect(module).toContain("@pytest.fixture(scope='session')\ndef dd_environment():");
  });

  it('renders only the matrix for flavors without services, and nothing for an empty env.yaml', () => {
    expect(Object.keys(render('flavors:\n  a: {}\n  b: {}\n'))).toEqual(['hatch.toml']);
    expect(render('flavors: {}\nservices: {}\n')).toEqual({});
  });

  it('names the single environment of services without flavors after the default flavor', () => {
    const { environments } = readHatchMatrix(render('services:\n  db:\n    image: postgres:16\n')['hatch.toml']);
    expect(environments.map((e) => [e.name, e.envVars])).toEqual([['py3.13-default', { DD_ENV_FLAVOR: 'default' }]]);
  });
});

describe('env.yaml strings for docker compose', () => {
  const envFile = readEnvFile(ENV_YAML).envFile!;
  it.each([
    ['redis:${suite}', 'redis:${DD_ENV_VAR_SUITE:-bookworm}'],
    ['${integration}-${flavor}', 'redis-${DD_ENV_FLAVOR:-7.0}'],
    ['$HOME and $${x}', '$$HOME and $${x}'],
  ])('%s becomes %s', (text, expected) => {
    expect(composeString(text, envFile, 'redis')).toBe(expected);
  });
});
