import { findDebianMirror } from './apt-mirror';
import { baseImageChanges, debianSuiteOf, isCachedBaseImage } from './base-image';
import { demuxDockerLog } from './docker-log';
import { dockerfileBaseImages } from './dockerfile-bases';
import { endpointEnvironment, endpointReferences, endpointsFromPorts } from './endpoint-variables';
import { findReferences, substitute } from './substitute';
import { describeCondition, waitForCondition, type Clock } from './wait-ready';

describe('substitute', () => {
  it('replaces known names, reports unknown ones and keeps $${ literal', () => {
    expect(substitute('redis:${tag} $${HOME} ${nope}', { tag: '7' })).toEqual({
      value: 'redis:7 ${HOME} ${nope}',
      missing: ['nope'],
    });
    expect(findReferences('a ${x} $${y} ${z.port.1}')).toEqual([
      { name: 'x', index: 2 },
      { name: 'z.port.1', index: 13 },
    ]);
  });
});

describe('endpoint variables', () => {
  const endpoints = [{ service: 'redis-primary', containerPort: 6379, host: '127.0.0.1', hostPort: 32768 }];
  it('names variables DD_ENV_<SERVICE>_HOST / _PORT_<port>, plus the flavor and its variables', () => {
    expect(endpointEnvironment('7.0', { suite: 'bookworm', flavor: '7.0', integration: 'redis' }, endpoints)).toEqual({
      DD_ENV_FLAVOR: '7.0',
      DD_ENV_VAR_SUITE: 'bookworm',
      DD_ENV_REDIS_PRIMARY_HOST: '127.0.0.1',
      DD_ENV_REDIS_PRIMARY_PORT_6379: '32768',
    });
    expect(endpointReferences(endpoints)).toEqual({
      'redis-primary.host': '127.0.0.1',
      'redis-primary.port.6379': '32768',
    });
  });
  it('reads published ports back from an inspected container', () => {
    expect(
      endpointsFromPorts('db', { '5432/tcp': [{ HostIp: '127.0.0.1', HostPort: '40001' }], '9/udp': null }),
    ).toEqual([{ service: 'db', containerPort: 5432, host: '127.0.0.1', hostPort: 40001 }]);
  });
});

describe('findDebianMirror', () => {
  it('reads deb822 sources, skipping the security archive', () => {
    const content =
      'Types: deb\nURIs: http://security.example/debian-security\nSuites: bookworm-security\n\nTypes: deb\nURIs: http://mirror.example/debian/\nSuites: bookworm\n';
    expect(findDebianMirror([{ path: '/etc/apt/sources.list.d/debian.sources', content }])).toBe(
      'http://mirror.example/debian',
    );
  });
  it('reads one-line sources.list entries, skipping deb-src and comments', () => {
    const content =
      '# deb http://old.example/debian bookworm main\ndeb-src http://src.example/debian bookworm main\ndeb [arch=amd64] http://mirror.example/debian bookworm main\n';
    expect(findDebianMirror([{ path: '/etc/apt/sources.list', content }])).toBe('http://mirror.example/debian');
  });
  it('returns undefined without a Debian archive', () => {
    expect(findDebianMirror([{ path: '/etc/apt/sources.list', content: '' }])).toBeUndefined();
  });
});

describe('base images', () => {
  it('recognises the plain debian:<suite> references it can build', () => {
    expect(
      ['debian:bookworm', 'docker.io/library/debian:trixie', 'debian:bookworm-slim', 'ubuntu:jammy', 'debian:12'].map(
        debianSuiteOf,
      ),
    ).toEqual(['bookworm', 'trixie', undefined, undefined, undefined]);
  });
  it('labels what it builds and recognises it by label only', () => {
    expect(baseImageChanges('bullseye')).toContain('CMD ["bash"]');
    expect(
      isCachedBaseImage(
        { 'dev.dd-plugin.base-image': 'debootstrap-minbase-1', 'dev.dd-plugin.base-image.suite': 'bullseye' },
        'bullseye',
      ),
    ).toBe(true);
    expect(isCachedBaseImage({}, 'bullseye')).toBe(false);
  });
  it('finds the base images of a Dockerfile with ARG defaults and build args', () => {
    const dockerfile =
      'ARG SUITE=bookworm\nFROM debian:${SUITE} AS build\nRUN true\nFROM build\nFROM --platform=linux/amd64 \\\n  redis:$TAG\nFROM scratch\n';
    expect(dockerfileBaseImages(dockerfile, { TAG: '7' })).toEqual(['debian:bookworm', 'redis:7']);
    expect(dockerfileBaseImages(dockerfile, { SUITE: 'trixie' })[0]).toBe('debian:trixie');
  });
});

describe('demuxDockerLog', () => {
  it('joins stdout and stderr frames, and passes raw text through', () => {
    const frame = (type: number, text: string) =>
      Buffer.concat([Buffer.from([type, 0, 0, 0, 0, 0, 0, text.length]), Buffer.from(text)]);
    expect(demuxDockerLog(Buffer.concat([frame(1, 'out\n'), frame(2, 'err\n')]))).toBe('out\nerr\n');
    expect(demuxDockerLog(Buffer.from('plain text'))).toBe('plain text');
  });
});

describe('waitForCondition', () => {
  const clock = (): Clock => {
    let now = 0;
    return { now: () => now, sleep: async (ms) => void (now += ms) };
  };
  const tcp = { kind: 'tcp' as const, port: 6379, timeoutSeconds: 2, line: 1 };

  it('polls until the condition holds', async () => {
    let n = 0;
    const outcome = await waitForCondition(
      tcp,
      async () => (++n < 4 ? { state: 'waiting' } : { state: 'ready' }),
      clock(),
    );
    expect(outcome).toEqual({ ready: true, elapsedMs: 50 + 100 + 200 });
  });
  it('gives up at the timeout with the last observation', async () => {
    const outcome = await waitForCondition(tcp, async () => ({ state: 'waiting', detail: 'refused' }), clock());
    expect(outcome).toEqual({ ready: false, reason: 'timeout', elapsedMs: 2000, detail: 'refused' });
  });
  it('describes each kind of condition for messages', () => {
    expect(describeCondition({ kind: 'http', port: 80, path: '/health', timeoutSeconds: 1, line: 1 })).toBe(
      'HTTP GET /health on port 80 answering 2xx',
    );
    expect(describeCondition({ kind: 'command', command: ['redis-cli', 'ping'], timeoutSeconds: 1, line: 1 })).toBe(
      'command `redis-cli ping` exiting 0 in the container',
    );
  });
});
