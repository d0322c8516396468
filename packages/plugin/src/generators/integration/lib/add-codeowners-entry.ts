import { findCodeownersEntry } from '../../../lint/repository/codeowners-entry';
import { firstUnreadablePattern } from '../../../lint/repository/codeowners-owners';

/** A repository file the generator cannot edit: where, and why. */
export interface RepositoryFileProblem {
  file: string;
  line: number;
  message: string;
  hint: string;
}

export type RepositoryFileEdit = { text: string | undefined } | { problem: RepositoryFileProblem };

/** The comment integrations-extras keeps above its last lines, which must stay last. */
const KEEP_LAST = /^#.*\bLEAVE THE FOLLOWING\b.*\bLAST\b/i;
/** The column owners start at in integrations-extras' entries. */
const OWNER_COLUMN = 41;

/**
 * CODEOWNERS with the integration's entry (`/<name>/  <owners>`, the line `ddev validate codeowners`
 * looks for), added before the block integrations-extras keeps last (the logs team's
 * `**\/assets/logs/`, which must win over it), else at the end. `text: undefined` when the entry
 * is there already; a problem when ddev could not read the file.
 */
export function addCodeownersEntry(
  text: string,
  file: string,
  name: string,
  owners: readonly string[],
): RepositoryFileEdit {
  const unreadable = firstUnreadablePattern(text);
  if (unreadable) {
    return {
      problem: {
        file,
        line: unreadable.line,
        message: `${file}:${unreadable.line}: ddev cannot read the pattern '${unreadable.pattern}' (${unreadable.reason})`,
        hint: `fix that line of ${file}, then generate again; nothing was written`,
      },
    };
  }
  if (findCodeownersEntry(text, name)) return { text: undefined };
  const entry = `${`/${name}/`.padEnd(OWNER_COLUMN - 1)} ${owners.join(' ')}`;
  const lines = text.split('\n');
  const keepLast = lines.findIndex((line) => KEEP_LAST.test(line.trim()));
  if (keepLast < 0) {
    const body = text.replace(/\n*$/, '');
    return { text: `${body}${body ? '\n' : ''}${entry}\n` };
  }
  let at = keepLast;
  while (at > 0 && lines[at - 1].trim() === '') at--;
  lines.splice(at, 0, entry);
  return { text: lines.join('\n') };
}
