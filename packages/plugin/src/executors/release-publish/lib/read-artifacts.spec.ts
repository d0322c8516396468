import { UserError } from '../../../errors/user-error';
import { readArtifacts } from './read-artifacts';

const wheel = { filename: 'datadog_a-0.2.0-py3-none-any.whl', sha256: 'a'.repeat(64) };
const sdist = { filename: 'datadog_a-0.2.0.tar.gz', sha256: 'b'.repeat(64) };

describe('readArtifacts', () => {
  it('picks the wheel and the sdist of one distribution at one version', () => {
    expect(readArtifacts([sdist, wheel], 'dist/a/package', { kind: 'new-version', version: '0.2.0' })).toEqual({
      wheel,
      sdist,
      distribution: 'datadog-a',
      version: '0.2.0',
    });
  });

  it.each([
    [[wheel], { kind: 'resume' as const }, /Nothing to publish in dist\/a\/package: expected one .whl and one .tar.gz/],
    [
      [wheel, { ...sdist, filename: 'datadog_a-0.1.0.tar.gz' }],
      { kind: 'resume' as const },
      /not one distribution at one version/,
    ],
    [
      [wheel, sdist],
      { kind: 'new-version' as const, version: '0.3.0' },
      /holds version 0.2.0, but this release made 0.3.0/,
    ],
  ])('refuses %j (%j)', (files, release, message) => {
    expect(() => readArtifacts(files, 'dist/a/package', release)).toThrow(UserError);
    expect(() => readArtifacts(files, 'dist/a/package', release)).toThrow(message);
  });
});
