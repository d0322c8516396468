import { mergeTimings, parseTimings, renderTimings, TIMINGS_FORMAT } from './timings';

describe('parseTimings', () => {
  it('reads the durations of a timings file', () => {
    const text = JSON.stringify({ format: TIMINGS_FORMAT, seconds: { 'a:lint': 12.5, 'a:test--7.0': 300 } });
    expect(parseTimings(text, 't.json')).toEqual({
      durations: new Map([
        ['a:lint', 12.5],
        ['a:test--7.0', 300],
      ]),
      notices: [],
    });
  });

  it.each([
    ['a missing file', undefined, 'timings/missing', 'No recorded task durations at t.json'],
    ['a file that is not JSON', '{"format": "dd-ci', 'timings/corrupt', 't.json is not JSON'],
    ['JSON of another shape', '[1, 2]', 'timings/corrupt', 't.json is not a timings file'],
    ['another format', JSON.stringify({ format: 'other/2', seconds: { 'a:lint': 1 } }), 'timings/corrupt', 'expected'],
    ['null', 'null', 'timings/corrupt', 'not a timings file'],
  ])('falls back to defaults for %s, with a notice', (_, text, ruleId, message) => {
    const read = parseTimings(text, 't.json');
    expect(read.durations.size).toBe(0);
    expect(read.notices).toEqual([
      expect.objectContaining({ ruleId, severity: 'notice', message: expect.stringContaining(message) }),
    ]);
    expect(read.notices[0]!.hint).toContain('default durations');
  });

  it('keeps the good entries and counts the bad ones in one notice', () => {
    const text = JSON.stringify({
      format: TIMINGS_FORMAT,
      seconds: { 'a:lint': 10, 'b:lint': -1, 'c:lint': 'slow', 'd:lint': null, nocolon: 3 },
    });
    const read = parseTimings(text, 't.json');
    expect([...read.durations]).toEqual([['a:lint', 10]]);
    expect(read.notices).toEqual([
      expect.objectContaining({ ruleId: 'timings/bad-entry', message: expect.stringContaining('4 of 5 entries') }),
    ]);
  });
});

describe('renderTimings and mergeTimings', () => {
  it('round-trip, sorted and rounded to a tenth of a second', () => {
    const text = renderTimings(
      new Map([
        ['b:lint', 1.26],
        ['a:lint', 2],
      ]),
    );
    expect(Object.keys(JSON.parse(text).seconds)).toEqual(['a:lint', 'b:lint']);
    expect(parseTimings(text, 'x').durations.get('b:lint')).toBe(1.3);
  });

  it('replace each duration by the newest measurement and keep the ones not measured again', () => {
    const merged = mergeTimings(
      new Map([
        ['a:lint', 10],
        ['b:lint', 20],
      ]),
      [new Map([['a:lint', 11]]), new Map([['c:lint', 5]])],
    );
    expect(Object.fromEntries(merged)).toEqual({ 'a:lint': 11, 'b:lint': 20, 'c:lint': 5 });
  });
});
