import type { Tree } from '@nx/devkit';
import { UserError } from '../../../errors/user-error';
import { addCodeownersEntry, type RepositoryFileEdit } from './add-codeowners-entry';
import { addTestJob } from './add-test-job';
import type { NormalizedIntegrationOptions } from './normalize-options';

export const CODEOWNERS = '.github/CODEOWNERS';
export const TEST_ALL = '.github/workflows/test-all.yml';

/** A planned write to a file of the repository outside the integration. */
export interface RepositoryWrite {
  path: string;
  text: string;
}

/**
 * The edits of Datadog's CI files that a new integration needs where the repository has them
 * (the guide's "an entry for your new integration in our CI files"): its CODEOWNERS line and, for
 * a kind Datadog's CI tests, its test-all.yml job. Planned before anything is written, so that a
 * file that cannot be read stops the generator with nothing written.
 */
export function planRepositoryWrites(tree: Tree, o: NormalizedIntegrationOptions): RepositoryWrite[] {
  const edits: [string, (text: string) => RepositoryFileEdit][] = [
    [CODEOWNERS, (text) => addCodeownersEntry(text, CODEOWNERS, o.name, o.codeowners)],
  ];
  if (o.definition.testable) edits.push([TEST_ALL, (text) => addTestJob(text, TEST_ALL, o.name, o.displayName)]);
  return edits.flatMap(([path, edit]) => {
    const text = tree.read(path, 'utf-8');
    if (text === null) return [];
    const result = edit(text);
    if ('problem' in result) throw new UserError(result.problem.message, result.problem.hint);
    return result.text === undefined ? [] : [{ path, text: result.text }];
  });
}
