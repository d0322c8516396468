import type { RepositoryFile } from '../../integration-source';
import type { LintContext } from '../../lint-context';
import { isDdevIntegration } from '../../repository/ddev-overrides';

/** What the CODEOWNERS rules look at: the file and the integration's folder in the repository. */
export interface CodeownersSubject {
  codeowners: RepositoryFile;
  /** The integration's folder relative to the repository root (`foo`, `integrations/foo`). */
  folder: string;
  /** Where a finding about the whole integration is reported: its manifest.json, else another file it surely has. */
  anchor: string;
}

/**
 * The subject of `ddev validate codeowners`, or undefined when there is nothing to check: the
 * repository has no CODEOWNERS (or the run did not read it), or ddev would not count the folder as
 * an integration.
 */
export function codeownersSubject(context: LintContext): CodeownersSubject | undefined {
  const repository = context.repository;
  if (!repository?.codeowners || !isDdevIntegration(context)) return undefined;
  const anchor =
    ['manifest.json', 'pyproject.toml', 'setup.py', 'README.md'].find((file) => context.exists(file)) ?? '.';
  return { codeowners: repository.codeowners, folder: repository.projectPath, anchor };
}
