import { renderGithubAnnotation, renderGithubOutputs } from './github-commands';

describe('renderGithubOutputs', () => {
  it('writes one line per output, and the delimited form for a value on several lines', () => {
    expect(renderGithubOutputs({ any: 'true', batch_1: '[1,2]' })).toBe('any=true\nbatch_1=[1,2]\n');
    expect(renderGithubOutputs({ text: 'a\nDD_CI_PLAN_EOF\nb' })).toBe(
      'text<<DD_CI_PLAN_EOF_\na\nDD_CI_PLAN_EOF\nb\nDD_CI_PLAN_EOF_\n',
    );
  });

  it('refuses an output name the runner would misread', () => {
    expect(() => renderGithubOutputs({ 'a=b': 'x' })).toThrow(/invalid output name/);
  });
});

describe('renderGithubAnnotation', () => {
  it('escapes what the runner would read as the end of the command or another line', () => {
    expect(
      renderGithubAnnotation({ ruleId: 'timings/corrupt', severity: 'notice', message: '100% bad:\nline', hint: 'h' }),
    ).toBe('::notice title=timings/corrupt::100%25 bad:%0Aline How to fix: h');
    expect(renderGithubAnnotation({ ruleId: 'a:b,c', severity: 'warning', message: 'm' })).toBe(
      '::warning title=a%3Ab%2Cc::m',
    );
  });
});
