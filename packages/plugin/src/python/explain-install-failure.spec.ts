import { explainInstallFailure } from './explain-install-failure';

describe('explainInstallFailure', () => {
  it("names the requirement and the Python of uv's resolver error, in one sentence", () => {
    const output = [
      'error: No solution found when resolving dependencies',
      '  cause: Because the current Python version (3.11.2) does not satisfy Python>=3.13 and datadog-rundeck==1.1.0 depends on Python>=3.13, we can conclude that datadog-rundeck==1.1.0 cannot be used.',
      '         And because only datadog-rundeck==1.1.0 is available and you require datadog-rundeck, we can conclude that your requirements are unsatisfiable.',
    ].join('\n');
    const explained = explainInstallFailure(output, 'Python 3.11.2');
    expect(explained.message).toBe(
      'the requirement datadog-rundeck cannot be met on Python 3.11.2: the current Python version (3.11.2) does not satisfy Python>=3.13 and datadog-rundeck==1.1.0 depends on Python>=3.13.',
    );
    expect(explained.hint).toContain('hatch.toml');
  });

  it('reads a version that does not exist', () => {
    const output =
      'error: No solution found when resolving dependencies\n  cause: Because only datadog-checks-base<=38.7.0 is available and you require datadog-checks-base>=99, we can conclude that your requirements are unsatisfiable.';
    expect(explainInstallFailure(output, 'Python 3.13.0').message).toBe(
      'the requirement datadog-checks-base>=99 cannot be met on Python 3.13.0: only datadog-checks-base<=38.7.0 is available and you require datadog-checks-base>=99.',
    );
  });

  it('cuts a clause that lists versions, keeping the requirement named', () => {
    const versions = Array.from({ length: 40 }, (_, i) => `requests>2.${i}`).join('\n             ');
    const output = `  × No solution found when resolving dependencies:\n  ╰─▶ Because all of:\n             ${versions}\n         , we can conclude that all versions of datadog-checks-base[deps] are incompatible.\n         And because you require requests>=2.28.1,<2.29.dev0 and datadog-x, we can conclude that your requirements are unsatisfiable.`;
    const message = explainInstallFailure(output, 'Python 3.13.0').message;
    expect(message).toMatch(
      /^the requirement requests>=2\.28\.1 cannot be met on Python 3\.13\.0: all of: requests>2\.0 .* …\.$/,
    );
    expect(message.length).toBeLessThan(340);
  });

  it("reads pip's wording too, and passes anything else on", () => {
    expect(explainInstallFailure('ERROR: No matching distribution found for nope==1', 'Python 3.11.7').message).toBe(
      'the requirement nope==1 cannot be met on Python 3.11.7: no version of it installs there.',
    );
    expect(explainInstallFailure('error: network unreachable', 'Python 3.11.7')).toEqual({
      message: 'error: network unreachable',
    });
  });
});
