import type { RuntimeVerdict } from '../select-affected-tasks';
import { envFileOf, parseFlavorDigestCommand } from '../flavor-runtime-input';
import { readFileAtRevision } from './git-changes';

// Plain JavaScript, so that Nx can run it with node alone; the same function computes the runtime input.
const { flavorDigest } = require('../../flavors/flavor-digest-cli.js') as {
  flavorDigest(text: string, flavor: string): string;
};

/**
 * Judges runtime inputs by running them at both revisions, for the one kind the planner knows:
 * a flavor's digest of `ci/env.yaml`, computed from the file at the base and at head by the very
 * function the runtime input runs. Other commands are `unknown`.
 */
export function createRuntimeVerdicts(
  cwd: string,
  revisions: { base: string; head: string },
  changedFiles: ReadonlySet<string>,
): (command: string) => Promise<RuntimeVerdict> {
  const texts = new Map<string, Promise<[string, string]>>();
  const both = (path: string) => {
    if (!texts.has(path))
      texts.set(
        path,
        Promise.all([
          readFileAtRevision(cwd, revisions.base, path).then((t) => t ?? ''),
          readFileAtRevision(cwd, revisions.head, path).then((t) => t ?? ''),
        ]),
      );
    return texts.get(path)!;
  };
  return async (command) => {
    const input = parseFlavorDigestCommand(command);
    if (!input) return 'unknown';
    const file = envFileOf(input);
    if (!changedFiles.has(file)) return 'unchanged';
    const [before, after] = await both(file);
    return flavorDigest(before, input.flavor) === flavorDigest(after, input.flavor) ? 'unchanged' : 'changed';
  };
}
