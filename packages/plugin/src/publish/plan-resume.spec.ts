import { planResume, type ResumeInput } from './plan-resume';

const input = (overrides: Partial<ResumeInput> = {}): ResumeInput => ({
  project: 'alpha',
  version: '1.2.0',
  tag: 'alpha-1.2.0',
  tagged: true,
  distribution: 'datadog-alpha',
  indexFiles: [],
  ...overrides,
});

describe('planResume', () => {
  it('skips a version that was never released, without building it', () => {
    expect(planResume(input({ tagged: false }))).toEqual({
      step: 'skip',
      message:
        'Skipped alpha: 1.2.0 is not released (no tag alpha-1.2.0); nx release makes the release, then publishes it.',
    });
  });

  it('needs no build for a released version the index has whole, names and versions normalised', () => {
    const indexFiles = [
      { filename: 'datadog_alpha-1.2.0-py3-none-any.whl' },
      { filename: 'Datadog.Alpha-1.2.0.tar.gz' },
      { filename: 'datadog_alpha-1.1.0.tar.gz' },
    ];
    expect(planResume(input({ indexFiles }))).toEqual({
      step: 'published',
      message: 'datadog-alpha 1.2.0 is published already (wheel and sdist).',
    });
    const rc = [{ filename: 'datadog_alpha-1.3.0rc1-py3-none-any.whl' }, { filename: 'datadog_alpha-1.3.0rc1.tar.gz' }];
    expect(planResume(input({ version: '1.3.0-rc.1', tag: 'alpha-1.3.0-rc.1', indexFiles: rc }))).toMatchObject({
      step: 'published',
    });
  });

  it.each([
    ['the index lacks the sdist', input({ indexFiles: [{ filename: 'datadog_alpha-1.2.0-py3-none-any.whl' }] })],
    ['the index has another version only', input({ indexFiles: [{ filename: 'datadog_alpha-1.1.0.tar.gz' }] })],
    ['the index has files of another distribution', input({ indexFiles: [{ filename: 'datadog_beta-1.2.0.tar.gz' }] })],
    ['the version is unreadable: the build says why', input({ version: undefined, tag: undefined })],
    ['the distribution is unknown', input({ distribution: undefined })],
  ])('builds when %s', (_what, given) => {
    expect(planResume(given)).toEqual({ step: 'build' });
  });
});
