/** The integration and flavor of a `test--<flavor>` task's runtime input. */
export interface FlavorDigestInput {
  /** The integration's folder, relative to the workspace root. */
  root: string;
  flavor: string;
}

const DIGEST_SCRIPT = 'src/flavors/flavor-digest-cli.js';

/**
 * Recognises the runtime input of @dd/plugin's flavor tasks, `"node" "<plugin>/src/flavors/
 * flavor-digest-cli.js" "<root>" "<flavor>"` (each part JSON-quoted, see flavorDigestCommand),
 * whose output is the digest of one flavor's part of `<root>/ci/env.yaml`. Anything else is
 * undefined: a command the planner cannot re-run at the base.
 */
export function parseFlavorDigestCommand(command: string): FlavorDigestInput | undefined {
  const tokens = command.match(/"(?:[^"\\]|\\.)*"/g);
  if (!tokens || tokens.length !== 4 || tokens.join(' ') !== command) return undefined;
  let parts: string[];
  try {
    parts = tokens.map((t) => JSON.parse(t) as string);
  } catch {
    return undefined;
  }
  const [node, script, root, flavor] = parts as [string, string, string, string];
  if (node !== 'node' || !(script === DIGEST_SCRIPT || script.endsWith(`/${DIGEST_SCRIPT}`))) return undefined;
  return { root, flavor };
}

/** The file a flavor's digest reads. */
export function envFileOf(input: FlavorDigestInput): string {
  return input.root === '.' || input.root === '' ? 'ci/env.yaml' : `${input.root}/ci/env.yaml`;
}
