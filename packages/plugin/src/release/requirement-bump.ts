import { satisfies } from '@renovatebot/pep440';
import { normaliseDistributionName } from '../python/parse-requirements';

/**
 * When a workspace project is released, the projects that require it raise their requirement to
 * the new version, as Nx raises a dependent's package.json range. A requirement is PEP 508:
 * `name[extras] specifiers ; marker`. Its lower bound and pins (`>=`, `==`, `===`, `~=`) move
 * to the new version; upper bounds and exclusions (`<`, `<=`, `>`, `!=`) stay, and when they
 * exclude the new version that is a problem to solve by hand. A requirement without a version
 * (or a wildcard `==1.*`, or a URL) is left as it is.
 */

const REQUIREMENT = /^(\s*)([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)(\s*\[[^\]]*\])?([^;@]*)(;.*)?$/s;
const RAISED = /(~=|===|==|>=)(\s*)([A-Za-z0-9.!+_-]+)(?!\.\*|[A-Za-z0-9.*])/g;

/** The bumped requirement, unchanged text when it names another distribution or pins nothing. */
export type BumpedRequirement = { text: string; changed: boolean } | { problem: string };

/** Raises one PEP 508 requirement on `distribution` to `version`. */
export function bumpRequirement(requirement: string, distribution: string, version: string): BumpedRequirement {
  const match = REQUIREMENT.exec(requirement);
  if (!match || normaliseDistributionName(match[2]) !== normaliseDistributionName(distribution)) {
    return { text: requirement, changed: false };
  }
  const [, lead, name, extras = '', specifier, marker = ''] = match;
  const raised = specifier.replace(RAISED, (_all, operator: string, space: string) => `${operator}${space}${version}`);
  if (raised === specifier) return { text: requirement, changed: false };
  const clauses = raised.replace(/[()\s]/g, '');
  if (!satisfies(version, clauses, { prereleases: true })) {
    return {
      problem: `${name}${extras}${raised.trim()} does not allow the new version ${version}: an upper bound or an exclusion keeps it out`,
    };
  }
  return { text: `${lead}${name}${extras}${raised}${marker}`, changed: true };
}

/** The version a requirement on `distribution` starts from (its lower bound or pin), if any. */
export function requiredVersion(requirement: string, distribution: string): string | undefined {
  const match = REQUIREMENT.exec(requirement);
  if (!match || normaliseDistributionName(match[2]) !== normaliseDistributionName(distribution)) return undefined;
  return new RegExp(RAISED.source).exec(match[4])?.[3];
}

/** A requirements file or pyproject.toml with its requirements on `distribution` raised. */
export type BumpedFile = { text: string; raised: string[] } | { problem: string };

/** Raises the requirements on `distribution` in a requirements.txt (one per line, comments kept). */
export function bumpRequirementsFile(text: string, distribution: string, version: string): BumpedFile {
  const raised: string[] = [];
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const [body, comment = ''] = splitComment(lines[i]);
    if (body.trim() === '' || body.trim().startsWith('-')) continue;
    const bumped = bumpRequirement(body, distribution, version);
    if ('problem' in bumped) return bumped;
    if (bumped.changed) {
      lines[i] = `${bumped.text}${comment}`;
      raised.push(bumped.text.trim());
    }
  }
  return { text: lines.join('\n'), raised };
}

function splitComment(line: string): [string, string?] {
  const at = line.search(/(^|\s)#/);
  return at === -1 ? [line] : [line.slice(0, at), line.slice(at)];
}

const TABLE = /^\s*\[([^\]]+)\]\s*(#.*)?$/;
const QUOTED = /(["'])((?:(?!\1).)*)\1/g;

/**
 * Raises the requirements on `distribution` in the `[project]` dependencies and
 * `[project.optional-dependencies]` of a pyproject.toml, editing only the quoted requirement
 * strings so that the layout and comments stay.
 */
export function bumpPyprojectFile(text: string, distribution: string, version: string): BumpedFile {
  const raised: string[] = [];
  let table = '';
  let problem: string | undefined;
  const lines = text.split('\n').map((line) => {
    const header = TABLE.exec(line);
    if (header) {
      table = header[1].trim();
      return line;
    }
    if (table !== 'project' && table !== 'project.optional-dependencies') return line;
    return line.replace(QUOTED, (all, quote: string, content: string) => {
      const bumped = bumpRequirement(content, distribution, version);
      if ('problem' in bumped) {
        problem ??= bumped.problem;
        return all;
      }
      if (!bumped.changed) return all;
      raised.push(bumped.text.trim());
      return `${quote}${bumped.text}${quote}`;
    });
  });
  return problem ? { problem } : { text: lines.join('\n'), raised };
}
