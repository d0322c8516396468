import { readEnvFile } from './read-env-file';

const REDIS = `flavors:
  "6.0":
    variables:
      suite: bullseye
  "7.0":
    default: true
    variables:
      suite: bookworm
services:
  redis:
    build:
      context: ci/docker
      args:
        SUITE: \${suite}
    command: [redis-server, --save, ""]
    ports: [6379]
    volumes: ["data:/data"]
    ready:
      - log: Ready to accept connections
        timeout: 30
      - tcp: 6379
    retries: 2
before_script:
  - service: redis
    command: [redis-cli, -p, "\${redis.port.6379}", set, a, b]
  - host: true
    command: [echo, "\${flavor}"]
`;

describe('readEnvFile', () => {
  it('reads a complete file into the model, with lines', () => {
    const { envFile, diagnostics } = readEnvFile(REDIS);
    expect(diagnostics).toEqual([]);
    expect(envFile?.flavors).toEqual([
      { name: '6.0', isDefault: false, variables: { suite: 'bullseye' }, line: 2 },
      { name: '7.0', isDefault: true, variables: { suite: 'bookworm' }, line: 5 },
    ]);
    expect(envFile?.services).toEqual([
      {
        name: 'redis',
        build: { context: 'ci/docker', dockerfile: 'Dockerfile', args: { SUITE: '${suite}' } },
        environment: {},
        command: ['redis-server', '--save', ''],
        ports: [6379],
        volumes: [{ name: 'data', target: '/data' }],
        dependsOn: [],
        ready: [
          { kind: 'log', pattern: 'Ready to accept connections', timeoutSeconds: 30, line: 19 },
          { kind: 'tcp', port: 6379, timeoutSeconds: 60, line: 21 },
        ],
        retries: 2,
        line: 10,
      },
    ]);
    expect(envFile?.beforeScript).toEqual([
      { service: 'redis', command: ['redis-cli', '-p', '${redis.port.6379}', 'set', 'a', 'b'], line: 24 },
      { command: ['echo', '${flavor}'], line: 26 },
    ]);
  });

  it('treats an empty file and the generator\'s empty sections as "no services"', () => {
    expect(readEnvFile('').envFile).toEqual({ flavors: [], services: [], beforeScript: [] });
    expect(readEnvFile('flavors: {}\nservices: {}\n').envFile).toEqual({ flavors: [], services: [], beforeScript: [] });
  });

  const cases: [string, string, { line: number; column: number; message: RegExp }[]][] = [
    ['YAML syntax', 'services:\n  redis: [\n', [{ line: 3, column: 1, message: /^YAML: / }]],
    [
      'nesting too deep to read',
      'services: ' + '['.repeat(5_000),
      [{ line: 1, column: 1, message: /^YAML: collections nested too deeply/ }],
    ],
    [
      'unknown top-level key',
      'servics: {}\n',
      [{ line: 1, column: 1, message: /unknown key `servics` in ci\/env.yaml/ }],
    ],
    [
      'image and build both missing',
      'services:\n  redis:\n    ports: [6379]\n    ready: [{ tcp: 6379 }]\n',
      [{ line: 2, column: 3, message: /needs exactly one of `image` or `build`/ }],
    ],
    [
      'port out of range',
      'services:\n  redis:\n    image: redis\n    ports: [70000]\n    ready: [{ log: x }]\n',
      [{ line: 4, column: 13, message: /each port must be a whole number from 1 to 65535, got number 70000/ }],
    ],
    [
      'command as a string',
      'services:\n  redis:\n    image: redis\n    command: redis-server --save\n    ready: [{ log: x }]\n',
      [{ line: 4, column: 14, message: /must be a list of arguments/ }],
    ],
    [
      'tcp probe on an unpublished port',
      'services:\n  redis:\n    image: redis\n    ready:\n      - tcp: 6379\n',
      [{ line: 5, column: 1, message: /probes port 6379, which is not in `ports`/ }],
    ],
    [
      'two kinds in one condition',
      'services:\n  redis:\n    image: redis\n    ports: [1]\n    ready:\n      - { tcp: 1, log: x }\n',
      [{ line: 6, column: 9, message: /needs exactly one of: log, tcp, http, command/ }],
    ],
    [
      'bad regular expression',
      'services:\n  redis:\n    image: redis\n    ready:\n      - log: "a("\n',
      [{ line: 5, column: 14, message: /not a valid regular expression/ }],
    ],
    [
      'undefined variable in one flavor',
      'flavors:\n  a: { variables: { tag: "1" } }\n  b: {}\nservices:\n  s:\n    image: "redis:${tag}"\n    ready: [{ log: x }]\n',
      [{ line: 6, column: 19, message: /`\$\{tag\}` is not defined by flavor\(s\) `b`/ }],
    ],
    [
      'endpoint reference outside before_script',
      'services:\n  s:\n    image: redis\n    ports: [1]\n    environment: { A: "${s.port.1}" }\n    ready: [{ tcp: 1 }]\n',
      [{ line: 5, column: 24, message: /`\$\{s.port.1\}` is not defined/ }],
    ],
    [
      'unknown service in before_script',
      'services:\n  s:\n    image: redis\n    ready: [{ log: x }]\nbefore_script:\n  - service: t\n    command: [x]\n',
      [{ line: 6, column: 1, message: /runs in service `t`, which is not a service/ }],
    ],
    [
      'step without a place',
      'before_script:\n  - command: [x]\n',
      [{ line: 2, column: 5, message: /exactly one of `service: <name>`/ }],
    ],
    [
      'dependency cycle',
      'services:\n  a:\n    image: x\n    depends_on: [b]\n    ready: [{ log: x }]\n  b:\n    image: x\n    depends_on: [a]\n    ready: [{ log: x }]\n',
      [{ line: 2, column: 1, message: /cycle: a -> b -> a/ }],
    ],
    [
      'two default flavors',
      'flavors:\n  a: { default: true }\n  b: { default: true }\n',
      [{ line: 3, column: 1, message: /marked default, but so is `a`/ }],
    ],
    [
      'volume with a host path',
      'services:\n  s:\n    image: x\n    volumes: ["./data:/data"]\n    ready: [{ log: x }]\n',
      [{ line: 4, column: 15, message: /must be `<name>:<absolute path in the container>`/ }],
    ],
  ];

  it.each(cases)('reports %s at its position', (_name, text, expected) => {
    const { envFile, diagnostics } = readEnvFile(text);
    expect(envFile).toBeUndefined();
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.map((d) => ({ line: d.line, column: d.column, message: d.message }))).toEqual(
      expected.map((e) => ({ line: e.line, column: e.column, message: expect.stringMatching(e.message) })),
    );
    expect(errors.every((d) => d.file === 'ci/env.yaml' && d.ruleId.startsWith('env/'))).toBe(true);
  });

  it('collects every problem instead of stopping at the first', () => {
    const { diagnostics } = readEnvFile(
      'services:\n  a:\n    ports: [0]\n    retries: -1\n  b:\n    image: x\n    wat: 1\n',
    );
    expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.line)).toEqual([2, 3, 4, 7]);
  });

  it('warns about a service without readiness conditions', () => {
    const { envFile, diagnostics } = readEnvFile('services:\n  s:\n    image: x\n');
    expect(envFile).toBeDefined();
    expect(diagnostics).toEqual([
      expect.objectContaining({ severity: 'warning', line: 2, message: expect.stringMatching(/no `ready` condition/) }),
    ]);
  });
});
