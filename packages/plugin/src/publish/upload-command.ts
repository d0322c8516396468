import type { ProcessCommand } from '../commands/process-command';

/** uv, however it is reached: its executable and the arguments that come before uv's own. */
export interface UvInvocation {
  file: string;
  prefixArgs: readonly string[];
}

/** The credentials of an upload, read from the environment only. */
export interface UploadCredentials {
  username?: string;
  password?: string;
  token?: string;
}

/**
 * `uv publish` of some files to an index's upload URL (an argument, which wins over uv's own
 * variable). The credentials travel in uv's variables, never as arguments, which other users of
 * the machine can read; `--no-config` keeps uv from taking an index or credentials from a
 * uv.toml or pyproject.toml of the repository.
 */
export function uploadCommand(
  uv: UvInvocation,
  publishUrl: string,
  files: readonly string[],
  credentials: UploadCredentials,
): ProcessCommand {
  return {
    file: uv.file,
    args: [...uv.prefixArgs, 'publish', '--no-config', '--no-progress', '--publish-url', publishUrl, ...files],
    env: {
      NO_COLOR: '1',
      ...(credentials.username !== undefined ? { UV_PUBLISH_USERNAME: credentials.username } : {}),
      ...(credentials.password !== undefined ? { UV_PUBLISH_PASSWORD: credentials.password } : {}),
      ...(credentials.token !== undefined ? { UV_PUBLISH_TOKEN: credentials.token } : {}),
    },
  };
}
