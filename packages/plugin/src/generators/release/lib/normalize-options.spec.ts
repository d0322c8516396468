import { normalizeReleaseOptions } from './normalize-options';

describe('normalizeReleaseOptions', () => {
  const now = new Date('2024-05-01T23:30:00Z');

  it.each([
    [{}, { projects: [], bump: undefined, date: '2024-05-01' }],
    [
      { projects: ' a, b,,a ', bump: ' minor ', date: '2024-01-02' },
      { projects: ['a', 'b'], bump: 'minor', date: '2024-01-02' },
    ],
    [{ bump: 1 }, { projects: [], bump: '1', date: '2024-05-01' }],
    [{ bump: '' }, { projects: [], bump: undefined, date: '2024-05-01' }],
  ])('%j', (schema, expected) => {
    expect(normalizeReleaseOptions(schema, now)).toEqual(expected);
  });
});
