import { addCodeownersEntry } from './add-codeowners-entry';

const F = '.github/CODEOWNERS';
const OWNERS = ['@me', 'me@example.com'];

describe('addCodeownersEntry', () => {
  it('adds the entry ddev looks for before the lines integrations-extras keeps last', () => {
    const text =
      '/ably/   @ably\n\n# LEAVE THE FOLLOWING LOG OWNERSHIP LAST IN THE FILE\n**/assets/logs/ @DataDog/logs\n';
    expect(addCodeownersEntry(text, F, 'probe', OWNERS)).toEqual({
      text: `/ably/   @ably\n${'/probe/'.padEnd(40)} @me me@example.com\n\n# LEAVE THE FOLLOWING LOG OWNERSHIP LAST IN THE FILE\n**/assets/logs/ @DataDog/logs\n`,
    });
  });

  it('appends it to a file without such lines', () => {
    expect(addCodeownersEntry('* @team', F, 'probe', OWNERS)).toEqual({
      text: `* @team\n${'/probe/'.padEnd(40)} @me me@example.com\n`,
    });
  });

  it('changes nothing when the integration has its entry', () => {
    expect(addCodeownersEntry('/probe/ @someone\n', F, 'probe', OWNERS)).toEqual({ text: undefined });
  });

  it('reports a pattern ddev cannot read at its line', () => {
    const result = addCodeownersEntry('* @team\n/foo[/ @x\n', F, 'probe', OWNERS);
    expect(result).toMatchObject({ problem: { file: F, line: 2 } });
    expect('problem' in result && result.problem.message).toContain("pattern '/foo[/'");
  });
});
