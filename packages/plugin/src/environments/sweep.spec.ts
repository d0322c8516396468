import { environmentLabels, LABELS, type EnvironmentIdentity } from './labels';
import { cleanupObjects, judgeEnvironment, staleObjects, type ManagedObject, type OwnerFacts } from './sweep';

const base: EnvironmentIdentity = {
  workspace: '/ws',
  integration: 'redis',
  flavor: '7.0',
  sessionId: 's1',
  ownerPid: 100,
  ownerStart: '5',
  ownerHost: 'box',
  stateFile: '',
};

function facts(alive: number[], recorded: Record<string, string> = {}): OwnerFacts {
  return { hostName: 'box', isAlive: (pid) => alive.includes(pid), recordedSession: (file) => recorded[file] };
}

describe('judgeEnvironment', () => {
  it.each([
    ['owner running', base, facts([100]), 'keep'],
    ['owner gone, nothing keeps it', base, facts([]), 'remove'],
    [
      'owner gone, installed: the state file names its session',
      { ...base, stateFile: '/s.json' },
      facts([], { '/s.json': 's1' }),
      'keep',
    ],
    [
      'owner gone, the state file names a newer session',
      { ...base, stateFile: '/s.json' },
      facts([], { '/s.json': 's2' }),
      'remove',
    ],
    ['owner gone, the state file was deleted', { ...base, stateFile: '/s.json' }, facts([]), 'remove'],
    ['owner on another host', { ...base, ownerHost: 'other' }, facts([]), 'keep'],
  ] as const)('%s: %s', (_name, identity, f, verdict) => {
    expect(judgeEnvironment(identity, f)).toBe(verdict);
  });
});

describe('staleObjects', () => {
  const object = (kind: ManagedObject['kind'], id: string, identity: EnvironmentIdentity): ManagedObject => ({
    kind,
    id,
    name: id,
    labels: environmentLabels(identity),
  });

  it('returns the objects of stale sessions only, containers before networks and volumes', () => {
    const dead = { ...base, sessionId: 'dead', ownerPid: 1 };
    const live = { ...base, sessionId: 'live', ownerPid: 2 };
    const objects = [
      object('volume', 'v', dead),
      object('network', 'n', dead),
      object('container', 'c', dead),
      object('container', 'x', live),
    ];
    expect(staleObjects(objects, facts([2])).map((o) => o.id)).toEqual(['c', 'n', 'v']);
  });

  it('ignores objects without our labels', () => {
    expect(staleObjects([{ kind: 'container', id: 'c', name: 'c', labels: { other: 'x' } }], facts([]))).toEqual([]);
  });

  it("ignores an image build's intermediate container, which inherits the image's labels but has no session", () => {
    const {
      [LABELS.session]: _session,
      [LABELS.ownerPid]: _pid,
      ...imageLabels
    } = environmentLabels({ ...base, ownerPid: 1 });
    const building: ManagedObject = { kind: 'container', id: 'b', name: 'b', labels: imageLabels };
    expect(staleObjects([building], facts([]))).toEqual([]);
    expect(cleanupObjects([building], facts([])).remove).toEqual([]);
  });
});

describe('cleanupObjects', () => {
  const object = (id: string, identity: EnvironmentIdentity): ManagedObject => ({
    kind: 'container',
    id,
    name: id,
    labels: environmentLabels(identity),
  });

  it("removes installed and stale environments, but not a running test process's own", () => {
    const installed = object('installed', { ...base, sessionId: 'a', ownerPid: 7, stateFile: '/s.json' });
    const stale = object('stale', { ...base, sessionId: 'b', ownerPid: 8 });
    const testRun = object('test-run', { ...base, sessionId: 'c', ownerPid: 9 });
    const result = cleanupObjects([installed, stale, testRun], facts([7, 9]));
    expect(result.remove.map((o) => o.id)).toEqual(['installed', 'stale']);
    expect(result.busyOwners).toEqual([9]);
  });
});
