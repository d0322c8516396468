/**
 * Who owns a path under CODEOWNERS, as ddev's `ddev.utils.codeowners.CodeOwners` resolves it (a
 * port of sbdchd/codeowners): the last line whose pattern matches wins.
 */

export type OwnerKind = 'USERNAME' | 'TEAM' | 'EMAIL';

export interface Owner {
  kind: OwnerKind;
  name: string;
}

/** The line that owns a path. */
export interface OwningLine {
  owners: Owner[];
  /** 1-based line number in CODEOWNERS. */
  line: number;
  pattern: string;
}

/** Stands for an escaped space (`\ `) while a line is split on white space. */
const MASK = '/'.repeat(20);

/** Python's `re.escape`: every character that has a meaning in a pattern. */
function escapeChar(ch: string): string {
  return /[()[\]{}?*+\-|^$\\.&~# \t\n\r\v\f]/.test(ch) ? `\\${ch}` : ch;
}

/**
 * A CODEOWNERS pattern as ddev's `path_to_regex` writes it, in Python's syntax (`\A`, `\Z`),
 * rule for rule. Throws CodeownersPatternError where ddev raises.
 */
export function pathToPythonRegex(pattern: string): string {
  const slash = pattern.indexOf('/');
  const anchored = slash > -1 && slash !== pattern.length - 1;
  let regex = anchored ? '\\A/' : '(?:\\A|/)';
  const matchesDir = pattern.endsWith('/');
  const matchesNoSubdirs = pattern.endsWith('/*');
  const trimmed = pattern.replace(/^\/+|\/+$/g, '');
  let inClass = false;
  let escaped = false;
  for (let i = 0; i < trimmed.length; i++) {
    const ch = trimmed[i];
    if (escaped) {
      regex += escapeChar(ch);
      escaped = false;
    } else if (ch === '\\') {
      escaped = true;
    } else if (ch === '*') {
      if (trimmed[i + 1] === '*') {
        const leftOk = i === 0 || trimmed[i - 1] === '/';
        const rightOk = i + 2 === trimmed.length || trimmed[i + 2] === '/';
        if (leftOk && rightOk) {
          regex += '.*';
          i += 2;
          continue;
        }
      }
      regex += '[^/]*';
    } else if (ch === '?') {
      regex += '[^/]';
    } else if (ch === '[') {
      inClass = true;
      regex += ch;
    } else if (ch === ']') {
      regex += inClass ? ch : escapeChar(ch);
      inClass = false;
    } else {
      regex += escapeChar(ch);
    }
  }
  if (inClass) throw new CodeownersPatternError(`unterminated character class in pattern ${pattern}`);
  return regex + (matchesDir ? '/' : matchesNoSubdirs ? '\\Z' : '(?:\\Z|/)');
}

/**
 * Python's reading of the expressions path_to_regex writes, in JavaScript's syntax: a `]` right
 * after a class's `[` (or `[^`) belongs to the class, `[` inside a class is a member, `\A` and
 * `\Z` anchor the whole text, and a class still open at the end is an error, as in Python.
 */
function pythonRegexToJs(python: string, pattern: string): string {
  const fail = () => new CodeownersPatternError(`pattern ${pattern} is not a valid expression for ddev`);
  let out = '';
  let inClass = false;
  let first = -1;
  for (let i = 0; i < python.length; i++) {
    const ch = python[i];
    if (ch === '\\') {
      const next = python[++i];
      if (next === undefined || (inClass && (next === 'A' || next === 'Z'))) throw fail();
      out += next === 'A' ? '^' : next === 'Z' ? '$' : `\\${next}`;
    } else if (!inClass && ch === '[') {
      inClass = true;
      out += ch;
      if (python[i + 1] === '^') out += python[++i];
      first = i + 1;
    } else if (inClass && ch === ']' && i !== first) {
      inClass = false;
      out += ch;
    } else {
      out += inClass && (ch === ']' || ch === '[') ? `\\${ch}` : ch;
    }
  }
  if (inClass) throw fail();
  return out;
}

/** A CODEOWNERS pattern as a regular expression that matches what ddev's matches. */
export function pathToRegex(pattern: string): RegExp {
  return new RegExp(pythonRegexToJs(pathToPythonRegex(pattern), pattern));
}

/** A pattern ddev cannot read: `ddev validate codeowners` stops on it. */
export class CodeownersPatternError extends Error {}

function parseOwner(owner: string): Owner | undefined {
  if (/^@\S+\/\S+/.test(owner)) return { kind: 'TEAM', name: owner };
  if (/^@\S+/.test(owner)) return { kind: 'USERNAME', name: owner };
  if (/^\S+@\S+/.test(owner)) return { kind: 'EMAIL', name: owner };
  return undefined;
}

/** Python's `str.splitlines()`. */
// eslint-disable-next-line no-control-regex -- Python's line boundaries include \x1c-\x1e
const LINE_BREAK = /\r\n|[\n\r\v\f\x1c-\x1e\x85\u2028\u2029]/;

/** A line of CODEOWNERS that owns something: its pattern (`\ ` masked) and its owners as written. */
function readRule(raw: string): { path: string; owners: string[] } | undefined {
  const line = raw.trim();
  if (line === '' || line.startsWith('#')) return undefined;
  // GitLab sections (`[Section]`, `^[Optional section]`) own nothing.
  if ((line.startsWith('[') || line.startsWith('^[')) && line.endsWith(']')) return undefined;
  const [path, ...owners] = line.split('\\ ').join(MASK).split(/\s+/);
  return { path, owners };
}

/** The first line whose pattern ddev cannot read, with the reason; undefined when ddev reads them all. */
export function firstUnreadablePattern(text: string): { line: number; pattern: string; reason: string } | undefined {
  if (!text.includes('[')) return undefined;
  const lines = text.split(LINE_BREAK);
  for (let index = 0; index < lines.length; index++) {
    const rule = readRule(lines[index]);
    if (!rule) continue;
    try {
      pathToRegex(rule.path);
    } catch (error) {
      if (!(error instanceof CodeownersPatternError)) throw error;
      return { line: index + 1, pattern: rule.path.split(MASK).join('\\ '), reason: error.message };
    }
  }
  return undefined;
}

/**
 * The line that owns a path (`/foo/assets/logs/`), if any: the last one whose pattern matches.
 * Throws CodeownersPatternError when a pattern anywhere in the file is one ddev cannot read, as
 * ddev reads them all first and stops on a bad one (only a character class can be bad).
 */
export function owningLine(text: string, path: string): OwningLine | undefined {
  const unreadable = firstUnreadablePattern(text);
  if (unreadable) throw new CodeownersPatternError(unreadable.reason);
  const lines = text.split(LINE_BREAK);
  const masked = path.split(' ').join(MASK);
  for (let index = lines.length - 1; index >= 0; index--) {
    const rule = readRule(lines[index]);
    if (!rule || !pathToRegex(rule.path).test(masked)) continue;
    return {
      owners: rule.owners.map(parseOwner).filter((o): o is Owner => o !== undefined),
      line: index + 1,
      pattern: rule.path.split(MASK).join('\\ '),
    };
  }
  return undefined;
}
