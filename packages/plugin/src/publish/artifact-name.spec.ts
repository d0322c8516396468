import { parseArtifactName } from './artifact-name';

describe('parseArtifactName', () => {
  it.each([
    ['datadog_alpha-0.2.0-py3-none-any.whl', { kind: 'wheel', distribution: 'datadog-alpha', version: '0.2.0' }],
    ['datadog_alpha-0.2.0-1-py3-none-any.whl', { kind: 'wheel', distribution: 'datadog-alpha', version: '0.2.0' }],
    ['datadog_alpha-0.2.0rc1.tar.gz', { kind: 'sdist', distribution: 'datadog-alpha', version: '0.2.0rc1' }],
    ['datadog-alpha-0.2.0.tar.gz', { kind: 'sdist', distribution: 'datadog-alpha', version: '0.2.0' }],
    ['x.whl', undefined],
    ['x.tar.gz', undefined],
    ['notes.txt', undefined],
  ])('%s', (name, expected) => {
    expect(parseArtifactName(name)).toEqual(expected);
  });
});
