import { connectOnFirstUse } from './connect-on-first-use';
import { fakeEngine } from './testing/fake-engine';

describe('connectOnFirstUse', () => {
  it('connects on the first call only, then forwards every call', async () => {
    const { engine, calls } = fakeEngine();
    let connections = 0;
    const lazy = connectOnFirstUse(async () => {
      connections++;
      return engine;
    });
    expect(connections).toBe(0);
    await lazy.prepareImage({ kind: 'use', service: 'redis', tag: 'redis:7' }, () => undefined);
    await lazy.list({});
    expect(connections).toBe(1);
    expect(calls).toEqual(['image redis:7']);
  });

  it('fails every call with the connection error', async () => {
    const lazy = connectOnFirstUse(async () => {
      throw new Error('no daemon');
    });
    await expect(lazy.list({})).rejects.toThrow('no daemon');
    await expect(lazy.remove({ kind: 'network', id: 'n', name: 'n', labels: {} })).rejects.toThrow('no daemon');
  });
});
