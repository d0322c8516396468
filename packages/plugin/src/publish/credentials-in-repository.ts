import type { WorkspaceFile } from '../release/release-types';

/** Variables that hold a secret of the upload. */
const SECRETS = ['UV_PUBLISH_PASSWORD', 'UV_PUBLISH_TOKEN'];
/** Variables that hold a URL, which must not carry a user and password either. */
const URLS = ['UV_PUBLISH_URL', 'UV_PUBLISH_CHECK_URL'];

/** Whether a URL carries credentials (`https://user:secret@host/`). */
export function hasUserInfo(url: string): boolean {
  try {
    const parsed = new URL(url);
    return parsed.username !== '' || parsed.password !== '';
  } catch {
    return false;
  }
}

/** A URL fit to print: without the user and password it may carry. */
export function withoutUserInfo(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.href;
  } catch {
    return url;
  }
}

/**
 * The publishing secrets that committed files hold: a password or token assigned in a dotenv file
 * Nx would load into the publish task, or a URL with a user and password in one. Credentials come
 * from the environment of the release, never from a file of the repository.
 */
export function findRepositoryCredentials(dotenvFiles: readonly WorkspaceFile[]): string[] {
  const found: string[] = [];
  for (const file of dotenvFiles) {
    file.text.split(/\r?\n/).forEach((line, index) => {
      const match = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)$/.exec(line);
      if (!match) return;
      const [, name, raw] = match;
      const value = raw.trim().replace(/^(['"])(.*)\1$/, '$2');
      if ((SECRETS.includes(name) && value !== '') || (URLS.includes(name) && hasUserInfo(value))) {
        found.push(`${file.path}:${index + 1} sets ${name}`);
      }
    });
  }
  return found;
}
