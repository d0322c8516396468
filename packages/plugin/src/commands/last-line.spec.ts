import { lastLine } from './last-line';

describe('lastLine', () => {
  it('gives the last non-empty line, trimmed, without colour codes', () => {
    expect(lastLine('first\n  \u001b[31mERROR: no match\u001b[0m  \n\n')).toBe('ERROR: no match');
  });

  it('says so when there was no output', () => {
    expect(lastLine(' \n')).toBe('no output');
  });
});
