export interface PythonVersion {
  major: number;
  minor: number;
  patch: number;
}

/** The Python the Datadog Agent ships (the `agentPython` plugin option's default). */
export const AGENT_PYTHON = '3.13';

/** The oldest Python that datadog-checks-base still publishes releases for. */
export const MINIMUM_PYTHON: PythonVersion = { major: 3, minor: 9, patch: 0 };

/** Parses `3.11.7` (or `Python 3.11.7`) into numbers; `undefined` when it is not a version. */
export function parsePythonVersion(text: string): PythonVersion | undefined {
  const match = /(\d+)\.(\d+)(?:\.(\d+))?/.exec(text);
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3] ?? 0) };
}

export function formatPythonVersion(version: PythonVersion): string {
  return `${version.major}.${version.minor}.${version.patch}`;
}

export function isAtLeast(version: PythonVersion, minimum: PythonVersion): boolean {
  if (version.major !== minimum.major) return version.major > minimum.major;
  if (version.minor !== minimum.minor) return version.minor > minimum.minor;
  return version.patch >= minimum.patch;
}
