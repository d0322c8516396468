import { UserError } from '../errors/user-error';
import { parseSimpleIndex, SIMPLE_JSON, type IndexFile } from '../publish/parse-simple-index';
import type { UploadCredentials } from '../publish/upload-command';

/**
 * The files a package index lists for a distribution, from its project page
 * (`<checkUrl>/<distribution>/`). A page that does not exist (404) or that sends us elsewhere (a
 * redirect: pypiserver sends unknown projects to its fallback index) lists nothing of this index.
 * Any other answer, or none, is a {@link UserError}: without knowing what the index has, nothing
 * is uploaded.
 */
export async function listIndexFiles(
  checkUrl: string,
  distribution: string,
  credentials: UploadCredentials,
): Promise<IndexFile[]> {
  const url = new URL(`${encodeURIComponent(distribution)}/`, checkUrl.endsWith('/') ? checkUrl : `${checkUrl}/`);
  // fetch refuses a URL with a user and password in it: they go into the header instead.
  const inUrl = url.username
    ? { username: decodeURIComponent(url.username), password: decodeURIComponent(url.password) }
    : {};
  url.username = '';
  url.password = '';
  const headers: Record<string, string> = { Accept: `${SIMPLE_JSON}, text/html;q=0.1` };
  const basic = basicAuth({ ...inUrl, ...credentials });
  if (basic) headers.Authorization = basic;
  let response: Response;
  try {
    response = await fetch(url, { headers, redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  } catch (error) {
    const cause = (error as { cause?: { code?: string; message?: string } }).cause;
    throw new UserError(
      `The package index at ${url.origin} did not answer: ${cause?.code ?? cause?.message ?? (error as Error).message}.`,
      'check the index URL (UV_PUBLISH_CHECK_URL or the checkUrl option, else UV_PUBLISH_URL) and that the index is up, then run nx release publish again',
      { cause: error },
    );
  }
  if (response.status === 404 || (response.status >= 300 && response.status < 400)) return [];
  if (!response.ok) {
    throw new UserError(
      `The package index answered ${response.status} ${response.statusText} for ${url.href}; nothing was uploaded.`,
      response.status === 401 || response.status === 403
        ? 'set UV_PUBLISH_USERNAME and UV_PUBLISH_PASSWORD (or UV_PUBLISH_TOKEN) for an index that needs them to read'
        : 'check the index URL (UV_PUBLISH_CHECK_URL or the checkUrl option), then run nx release publish again',
    );
  }
  return parseSimpleIndex(await response.text(), response.headers.get('content-type') ?? undefined);
}

function basicAuth(credentials: UploadCredentials): string | undefined {
  const [user, secret] = credentials.token
    ? ['__token__', credentials.token]
    : [credentials.username, credentials.password];
  if (user === undefined || secret === undefined) return undefined;
  return `Basic ${Buffer.from(`${user}:${secret}`).toString('base64')}`;
}
