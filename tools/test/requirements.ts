import { declaredRequirements } from '@dd/plugin/test-requirements';

/**
 * What a test file needs from the machine beyond Node and Python, declared in a doc comment at
 * the top of the file (where Jest reads its own pragmas) as `@requires docker`, `@requires corpus`,
 * `@requires go` (a Go toolchain, which builds actionlint), `@requires compose` (docker compose v2,
 * which npm test builds with Go where the machine has none), `@requires ddev` (a Python 3.13, on
 * which the test installs ddev 20.1, the oracle of Datadog's CI) or `@requires extras` (a snapshot of
 * DataDog/integrations-extras, which CI does not have: its absence is never a failure). The runner
 * leaves out the files whose needs it cannot meet, and says so once.
 */
export const REQUIREMENTS = ['docker', 'corpus', 'go', 'compose', 'extras', 'ddev'] as const;
export type Requirement = (typeof REQUIREMENTS)[number];

/** The requirements a test file declares, from `@requires <name>` tags in the doc comment it starts with. */
export function requirementsOf(source: string): Requirement[] {
  const found = declaredRequirements(source);
  const unknown = found.filter((name) => !(REQUIREMENTS as readonly string[]).includes(name));
  if (unknown.length > 0) throw new Error(`unknown @requires ${unknown.join(', ')}; known: ${REQUIREMENTS.join(', ')}`);
  return [...new Set(found)] as Requirement[];
}

/** Needs whose absence is a skip even under CI: material that only a developer's machine has. */
export const OPTIONAL_REQUIREMENTS: readonly Requirement[] = ['extras'];
