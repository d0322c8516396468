import { uploadCommand } from './upload-command';

describe('uploadCommand', () => {
  it('passes the URL as an argument and the credentials in uv variables, ignoring uv configuration files', () => {
    expect(
      uploadCommand(
        { file: '/ws/.dd/tools/uv/bin/uv', prefixArgs: [] },
        'http://127.0.0.1:8080/',
        ['/d/a.whl', '/d/a.tar.gz'],
        {
          username: 'ci',
          password: 's3cret',
        },
      ),
    ).toEqual({
      file: '/ws/.dd/tools/uv/bin/uv',
      args: [
        'publish',
        '--no-config',
        '--no-progress',
        '--publish-url',
        'http://127.0.0.1:8080/',
        '/d/a.whl',
        '/d/a.tar.gz',
      ],
      env: { NO_COLOR: '1', UV_PUBLISH_USERNAME: 'ci', UV_PUBLISH_PASSWORD: 's3cret' },
    });
  });

  it('never puts a secret into the arguments', () => {
    const command = uploadCommand({ file: 'python3', prefixArgs: ['-m', 'uv'] }, 'https://x/', ['a.whl'], {
      token: 'pypi-abc',
    });
    expect(command.args.join(' ')).not.toContain('pypi-abc');
    expect(command.args.slice(0, 3)).toEqual(['-m', 'uv', 'publish']);
    expect(command.env).toEqual({ NO_COLOR: '1', UV_PUBLISH_TOKEN: 'pypi-abc' });
  });
});
