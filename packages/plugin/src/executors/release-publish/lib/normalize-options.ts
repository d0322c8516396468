import { UserError } from '../../../errors/user-error';
import { hasUserInfo } from '../../../publish/credentials-in-repository';
import type { UploadCredentials } from '../../../publish/upload-command';
import type { ReleasePublishExecutorSchema } from '../schema';

/** Defaults of the release-publish executor; schema.json states the same values (a test checks it). */
export const PUBLISH_DEFAULTS = { packageTarget: 'package', dryRun: false };

/**
 * What this run publishes of the project: nothing, when `nx release` versioned other projects
 * only; its new version, which no index may have yet; or, run alone, what the index still lacks.
 */
export type PublishRelease = { kind: 'skip' } | { kind: 'new-version'; version: string } | { kind: 'resume' };

export interface NormalizedPublishOptions {
  publishUrl: string;
  checkUrl: string;
  credentials: UploadCredentials;
  packageTarget: string;
  python: string;
  /** `DD_UV`: a uv executable to use instead of the workspace's own. */
  uv?: string;
  dryRun: boolean;
  release: PublishRelease;
}

const URL_HINT =
  'set UV_PUBLISH_URL in the environment of the release (or publishUrl in the nx-release-publish target options of nx.json), e.g. UV_PUBLISH_URL=http://127.0.0.1:8080/ for a pypiserver';

/**
 * Fills every option of the publish executor; the environment is read here and nowhere else.
 * The index may come from the options or the environment; credentials only from the environment
 * (uv's variables), so that no file of the repository holds them.
 */
export function normalizePublishOptions(
  options: ReleasePublishExecutorSchema,
  env: Record<string, string | undefined>,
  project: string,
): NormalizedPublishOptions {
  for (const [name, value] of Object.entries({
    publishUrl: options.publishUrl,
    checkUrl: options.checkUrl,
    registry: options.registry,
  })) {
    if (value && hasUserInfo(value)) {
      throw new UserError(
        `The ${name} option carries a user and password; credentials never go into the configuration.`,
        'remove them from the URL and set UV_PUBLISH_USERNAME and UV_PUBLISH_PASSWORD (or UV_PUBLISH_TOKEN) in the environment instead',
      );
    }
  }
  const publishUrl = withSlash(options.registry || options.publishUrl || env.UV_PUBLISH_URL, 'the upload URL');
  if (!publishUrl) throw new UserError(`No package index to publish ${project} to.`, URL_HINT);
  const checkUrl = withSlash(options.checkUrl || env.UV_PUBLISH_CHECK_URL, 'the check URL') ?? `${publishUrl}simple/`;
  const versionData = options.nxReleaseVersionData;
  const release: PublishRelease = !versionData
    ? { kind: 'resume' }
    : versionData[project]?.newVersion
      ? { kind: 'new-version', version: versionData[project]!.newVersion! }
      : { kind: 'skip' };
  return {
    publishUrl,
    checkUrl,
    credentials: {
      ...(env.UV_PUBLISH_USERNAME ? { username: env.UV_PUBLISH_USERNAME } : {}),
      ...(env.UV_PUBLISH_PASSWORD ? { password: env.UV_PUBLISH_PASSWORD } : {}),
      ...(env.UV_PUBLISH_TOKEN ? { token: env.UV_PUBLISH_TOKEN } : {}),
    },
    packageTarget: options.packageTarget || PUBLISH_DEFAULTS.packageTarget,
    python: options.python || env.DD_PYTHON || 'python3',
    ...(env.DD_UV ? { uv: env.DD_UV } : {}),
    dryRun: options.dryRun ?? PUBLISH_DEFAULTS.dryRun,
    release,
  };
}

function withSlash(url: string | undefined, what: string): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(trimmed);
  } catch {
    throw new UserError(`${what} '${trimmed}' is not a URL.`, URL_HINT);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UserError(`${what} '${trimmed}' is not an http(s) URL.`, URL_HINT);
  }
  return trimmed.endsWith('/') ? trimmed : `${trimmed}/`;
}
