import { optionSelection, readCiSelection } from './ci-selection';
import { EXTRAS_VALIDATORS } from './upstream-validators';

const WORKFLOW = `name: Validate repository
on:
  pull_request:
jobs:
  run:
    uses: DataDog/integrations-core/.github/workflows/run-validations.yml@4e58c48 # master
    with:
      repo: extras
      config: true
      metadata: true
      http: false
    secrets: inherit
`;

describe('readCiSelection', () => {
  it('takes the inputs set to true of the job that calls run-validations.yml', () => {
    const selection = readCiSelection(WORKFLOW);
    expect(selection.validators).toEqual(['config', 'metadata']);
    expect(selection.source).toBe('.github/workflows/validate.yml (job run)');
    expect(selection.warnings).toEqual([]);
  });

  it('falls back to the extras selection without a workflow, or without a call to run-validations.yml', () => {
    expect(readCiSelection(undefined).validators).toEqual([...EXTRAS_VALIDATORS]);
    expect(readCiSelection('jobs:\n  build:\n    runs-on: ubuntu-latest\n').validators).toEqual([...EXTRAS_VALIDATORS]);
  });

  it('warns once, with the line, about an unknown input, and uses the default', () => {
    const selection = readCiSelection(WORKFLOW.replace('metadata: true', 'metadata: true\n      manifests: true'));
    expect(selection.validators).toEqual([...EXTRAS_VALIDATORS]);
    expect(selection.warnings).toEqual([
      expect.stringMatching(/^\.github\/workflows\/validate\.yml:11: 'manifests' is not an input/),
    ]);
  });

  it('warns, with the line, about a workflow that cannot be parsed, and uses the default', () => {
    const selection = readCiSelection('jobs:\n  run:\n    with: [unclosed\n');
    expect(selection.validators).toEqual([...EXTRAS_VALIDATORS]);
    expect(selection.warnings).toHaveLength(1);
    expect(selection.warnings[0]).toMatch(/^\.github\/workflows\/validate\.yml:\d+: cannot be parsed/);
  });
});

describe('optionSelection', () => {
  it('takes the names the option gives', () => {
    expect(optionSelection(['readmes', 'config']).validators).toEqual(['config', 'readmes']);
  });

  it('warns about a name ddev does not have, and uses the default', () => {
    const selection = optionSelection(['config', 'manifest']);
    expect(selection.validators).toEqual([...EXTRAS_VALIDATORS]);
    expect(selection.warnings[0]).toContain("'manifest'");
  });
});
