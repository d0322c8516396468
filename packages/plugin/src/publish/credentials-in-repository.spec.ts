import { findRepositoryCredentials, hasUserInfo, withoutUserInfo } from './credentials-in-repository';

describe('credentials in the repository', () => {
  it('finds secrets and URLs with credentials in dotenv files, at their line', () => {
    const files = [
      {
        path: '.env',
        text: 'NX_ISOLATE_PLUGINS=false\nUV_PUBLISH_USERNAME=ci\nexport UV_PUBLISH_PASSWORD="s3cret"\nUV_PUBLISH_TOKEN=\n',
      },
      {
        path: 'integrations/a/.env',
        text: 'UV_PUBLISH_URL=https://ci:s3cret@index.example/\nUV_PUBLISH_CHECK_URL=https://index.example/simple/\n',
      },
    ];
    expect(findRepositoryCredentials(files)).toEqual([
      '.env:3 sets UV_PUBLISH_PASSWORD',
      'integrations/a/.env:1 sets UV_PUBLISH_URL',
    ]);
  });

  it('tells and strips the user and password of a URL', () => {
    expect(hasUserInfo('https://u:p@h/')).toBe(true);
    expect(hasUserInfo('https://h/')).toBe(false);
    expect(hasUserInfo('not a url')).toBe(false);
    expect(withoutUserInfo('https://u:p@h/x/')).toBe('https://h/x/');
  });
});
