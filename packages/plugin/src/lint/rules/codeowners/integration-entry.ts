import type { LintRule } from '../../lint-rule';
import { findCodeownersEntry } from '../../repository/codeowners-entry';
import { report } from '../rule-helpers';
import { codeownersSubject } from './codeowners-subject';

/** Tiles that ddev lets keep an e-mail address as their first owner. */
export const EMAIL_OWNED_TILES = new Set([
  '1e',
  'auth0',
  'bluematador',
  'bonsai',
  'buddy',
  'concourse_ci',
  'f5-distributed-cloud',
  'launchdarkly',
  'lacework',
  'gremlin',
  'perimeterx',
  'rigor',
  'rookout',
  'rundeck',
  'sqreen',
  'squadcast',
]);

export const codeownersIntegrationEntryRule: LintRule = {
  id: 'codeowners/integration-entry',
  policy: {
    provenance: 'upstream',
    validator: 'codeowners',
    basis:
      '`ddev validate codeowners` (`Integration ... does not have a valid CODEOWNERS entry.`, `... has a CODEOWNERS entry, but the codeowner is empty.`, `... but the codeowner is not a username or team.`)',
  },
  description:
    "When the repository has a `.github/CODEOWNERS`, it names the owners of every integration with a line of its own, `/<folder>/` followed by the owners, the first of them a GitHub user or team: GitHub then asks them to review every change to the integration. The line is found as `ddev validate codeowners` finds it: its first word (words are separated by spaces) is exactly `/<folder>/`, the folder's path from the repository root; globs (`/foo/*`, `**/foo/`) and lines for sub-folders do not count, and the last such line wins. The check reads `.github/CODEOWNERS` once per run (the lint cache follows the file) and reports on the integration concerned, so a missing line fails only that integration; without the file it reports nothing. A handful of tiles ddev knows may keep an e-mail address first. Bad: no line for `/foo/`, `/foo/` alone, `/foo/ support@example.com @acme/team`. Good: `/foo/    @acme/team support@example.com`. Fix: add or complete the line in `.github/CODEOWNERS`, a GitHub user or team first.",
  check: (context) => {
    const subject = codeownersSubject(context);
    if (!subject) return [];
    const { codeowners, folder, anchor } = subject;
    const entry = findCodeownersEntry(codeowners.text, folder);
    const hint = `write a line \`/${folder}/ @<user or org/team> ...\` in ${codeowners.path}`;
    if (!entry)
      return [
        report(
          anchor,
          undefined,
          `no line of ${codeowners.path} names /${folder}/ as its path: the integration has no code owners`,
          hint,
        ),
      ];
    if (entry.owner === undefined)
      return [
        report(anchor, undefined, `line ${entry.line} of ${codeowners.path} names /${folder}/ without an owner`, hint),
      ];
    if (!entry.owner.startsWith('@') && !EMAIL_OWNED_TILES.has(context.name)) {
      // A space after the path with nothing behind it is an owner for ddev, and not a user or team.
      const what =
        entry.owner === ''
          ? 'a space but no owner after /' + folder + '/'
          : `/${folder}/ with the first owner '${entry.owner}', not a GitHub user or team (@user, @org/team)`;
      return [
        report(
          anchor,
          undefined,
          `line ${entry.line} of ${codeowners.path} has ${what}`,
          `put a GitHub user or team first on line ${entry.line} of ${codeowners.path}`,
        ),
      ];
    }
    return [];
  },
};
