import { addTestJob, testJobId } from './add-test-job';

const F = '.github/workflows/test-all.yml';
const HEAD =
  'name: Test all\n\non:\n  workflow_call:\n    inputs:\n      repo:\n        required: true\n        type: string\n\n';

function job(id: string, name: string, target: string, uses = 'o/r/.github/workflows/test-target.yml@abc'): string {
  return `  ${id}:\n    uses: ${uses}\n    with:\n      job-name: ${name}\n      target: ${target}\n      platform: linux\n      runner: '["ubuntu-22.04"]'\n    secrets: inherit\n`;
}

describe('addTestJob', () => {
  it("names the job as ddev does: j and the SHA-256 of the job's name", () => {
    // Job ids of integrations-extras' test-all.yml.
    expect(testJobId('Aqua')).toBe('j7a4721a');
    expect(testJobId('AWS Pricing')).toBe('j68e2604');
    expect(testJobId('aerospike_enterprise')).toBe('j785d2c9');
  });

  it('inserts a copy of a job where the targets stay sorted', () => {
    const text = `${HEAD}jobs:\n${job('j1', 'Aqua', 'aqua')}${job('j2', 'Zeta', 'zeta')}`;
    const result = addTestJob(text, F, 'probe', 'Probe Thing');
    expect(result).toEqual({
      text: `${HEAD}jobs:\n${job('j1', 'Aqua', 'aqua')}${job(testJobId('Probe Thing'), 'Probe Thing', 'probe')}${job('j2', 'Zeta', 'zeta')}`,
    });
  });

  it('appends after the last job, and quotes a name YAML would misread', () => {
    const text = `${HEAD}jobs:\n${job('j1', 'Aqua', 'aqua')}`;
    const result = addTestJob(text, F, 'zz', 'Zz: the tool');
    expect(result).toEqual({ text: `${text}${job(testJobId('Zz: the tool'), '"Zz: the tool"', 'zz')}` });
  });

  it("writes ddev's job for a repository without jobs", () => {
    const result = addTestJob(`${HEAD}jobs: {}\n`, F, 'probe', 'probe');
    expect('text' in result && result.text).toContain(
      `jobs:\n  ${testJobId('probe')}:\n    uses: DataDog/integrations-core/.github/workflows/test-target.yml@master\n    with:\n      job-name: probe\n      target: probe\n      platform: linux\n`,
    );
  });

  it('changes nothing when the target has its job', () => {
    expect(addTestJob(`${HEAD}jobs:\n${job('j1', 'Aqua', 'aqua')}`, F, 'aqua', 'Aqua')).toEqual({ text: undefined });
  });

  it('reports a workflow that is not YAML at its line', () => {
    const result = addTestJob(`${HEAD}jobs:\n  j1:\n    with: [unclosed\n`, F, 'probe', 'Probe');
    expect(result).toMatchObject({ problem: { file: F, line: 13 } });
    expect('problem' in result && result.problem.message).toMatch(/^\.github\/workflows\/test-all\.yml:13: /);
  });

  it('reports a workflow without jobs', () => {
    expect(addTestJob(HEAD, F, 'probe', 'Probe')).toMatchObject({ problem: { line: 1 } });
  });
});
