import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { UserError } from '../../../errors/user-error';
import { normalizePublishOptions, PUBLISH_DEFAULTS } from './normalize-options';

describe('normalizePublishOptions', () => {
  it('keeps schema.json defaults and code in step', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema.json'), 'utf8'));
    expect(schema.properties.packageTarget.default).toBe(PUBLISH_DEFAULTS.packageTarget);
    expect(schema.properties.dryRun.default).toBe(PUBLISH_DEFAULTS.dryRun);
  });

  it('takes the index and the credentials from the environment, uv names them', () => {
    expect(
      normalizePublishOptions(
        {},
        {
          UV_PUBLISH_URL: 'http://127.0.0.1:8080',
          UV_PUBLISH_USERNAME: 'ci',
          UV_PUBLISH_PASSWORD: 's3cret',
          DD_UV: '/bin/uv',
        },
        'a',
      ),
    ).toEqual({
      publishUrl: 'http://127.0.0.1:8080/',
      checkUrl: 'http://127.0.0.1:8080/simple/',
      credentials: { username: 'ci', password: 's3cret' },
      packageTarget: 'package',
      python: 'python3',
      uv: '/bin/uv',
      dryRun: false,
      release: { kind: 'resume' },
    });
  });

  it('prefers --registry, then the options, to the environment', () => {
    const env = { UV_PUBLISH_URL: 'http://env/', UV_PUBLISH_CHECK_URL: 'http://env/simple' };
    expect(normalizePublishOptions({ publishUrl: 'https://opt/legacy/' }, env, 'a')).toMatchObject({
      publishUrl: 'https://opt/legacy/',
      checkUrl: 'http://env/simple/',
    });
    expect(normalizePublishOptions({ publishUrl: 'https://opt/', registry: 'https://cli/' }, {}, 'a')).toMatchObject({
      publishUrl: 'https://cli/',
      checkUrl: 'https://cli/simple/',
    });
  });

  it.each([
    [{ a: { newVersion: '0.2.0' }, b: { newVersion: null } }, 'a', { kind: 'new-version', version: '0.2.0' }],
    [{ a: { newVersion: '0.2.0' }, b: { newVersion: null } }, 'b', { kind: 'skip' }],
    [{ a: { newVersion: '0.2.0' } }, 'c', { kind: 'skip' }],
  ])('reads what nx release versioned: %j for %s', (versionData, project, release) => {
    expect(
      normalizePublishOptions({ nxReleaseVersionData: versionData }, { UV_PUBLISH_URL: 'http://i/' }, project).release,
    ).toEqual(release);
  });

  it.each([
    [{}, {}, /No package index to publish a to/],
    [{ publishUrl: 'https://ci:s3cret@index/' }, {}, /publishUrl option carries a user and password/],
    [{ checkUrl: 'https://ci@index/simple/' }, { UV_PUBLISH_URL: 'http://i/' }, /checkUrl option carries a user/],
    [{ publishUrl: 'index.example' }, {}, /'index.example' is not a URL/],
    [{ publishUrl: 'ftp://index/' }, {}, /is not an http\(s\) URL/],
  ])('refuses %j with %j', (options, env, message) => {
    expect(() => normalizePublishOptions(options, env, 'a')).toThrow(UserError);
    expect(() => normalizePublishOptions(options, env, 'a')).toThrow(message);
  });
});
