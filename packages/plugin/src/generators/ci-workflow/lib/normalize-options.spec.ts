import { UserError } from '../../../errors/user-error';
import { normalizeWorkflowOptions, WORKFLOW_DEFAULTS } from './normalize-options';

describe('normalizeWorkflowOptions', () => {
  it('fills every option from the defaults', () => {
    expect(normalizeWorkflowOptions({})).toEqual(WORKFLOW_DEFAULTS);
    expect(normalizeWorkflowOptions({ distribution: 'nx-agents', parallel: undefined })).toEqual({
      ...WORKFLOW_DEFAULTS,
      distribution: 'nx-agents',
    });
  });

  it('reports every problem at once, each with what was received and what is expected', () => {
    let error: unknown;
    try {
      normalizeWorkflowOptions({
        name: 'ci yml',
        distribution: 'jenkins' as never,
        jobsPerBatch: 300,
        maxBatches: 1.5,
        parallel: 0,
        distributeOn: '4 "x"; rm',
        shards: 4,
      });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(UserError);
    const { message, hint } = error as UserError;
    expect(message.split('\n')).toEqual([
      'Invalid options for the ci-workflow generator:',
      '  - --shards=4: replaced; the plan sizes jobs by recorded task durations (--jobMinutes, the work per job, and --maxBatches)',
      `  - --name="ci yml": expected letters, digits, '.', '_' or '-'`,
      '  - --distribution="jenkins": expected matrix or nx-agents',
      '  - --parallel=0: expected a whole number of tasks, at least 1',
      "  - --jobsPerBatch, --maxBatches, --jobMinutes: jobs per batch must be a whole number from 1 to 256 (GitHub's matrix limit); received 300",
      '  - --jobsPerBatch, --maxBatches, --jobMinutes: batches must be a whole number from 1 to 20; received 1.5',
      '  - --distributeOn="4 \\"x\\"; rm": expected a number of agents and a launch template ("4 dd-integrations")',
    ]);
    expect(hint).toContain('--help');
  });

  it('refuses a job size beyond what GitHub lets a job run', () => {
    expect(() => normalizeWorkflowOptions({ jobMinutes: 400 })).toThrow(/at most 360/);
    expect(() => normalizeWorkflowOptions({ jobMinutes: 0 })).toThrow(/more than 0 s/);
  });
});
