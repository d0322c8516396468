import { parseNxProfile } from './parse-nx-profile';

describe('parseNxProfile', () => {
  it('keeps the duration of each task that ran and succeeded, in seconds', () => {
    const profile = [
      { name: 'thread_name', ph: 'M', pid: 1, tid: 0, ts: 0, args: { name: 'Group #1' } },
      { name: 'a:lint', ph: 'X', ts: 1, dur: 12_500_000, args: { status: 'success' } },
      { name: 'a:setup', ph: 'X', ts: 1, dur: 3_000_000, args: { status: 'success' } },
      { name: 'b:lint', ph: 'X', ts: 1, dur: 20_000, args: { status: 'local-cache' } },
      { name: 'c:lint', ph: 'X', ts: 1, dur: 20_000, args: { status: 'remote-cache' } },
      { name: 'd:lint', ph: 'X', ts: 1, dur: 9_000_000, args: { status: 'failure' } },
    ];
    expect(Object.fromEntries(parseNxProfile(JSON.stringify(profile)))).toEqual({ 'a:lint': 12.5, 'a:setup': 3 });
  });

  it('reads nothing from a profile that is missing or broken', () => {
    expect(parseNxProfile('[').size).toBe(0);
    expect(parseNxProfile('{}').size).toBe(0);
    expect(parseNxProfile('[null, 3]').size).toBe(0);
  });
});
