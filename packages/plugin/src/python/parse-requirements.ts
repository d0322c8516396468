/** A requirement's distribution name, normalised as PEP 503 says (`Foo_Bar` → `foo-bar`). */
export function normaliseDistributionName(name: string): string {
  return name.toLowerCase().replace(/[-_.]+/g, '-');
}

/** One requirement of a requirements.txt, with the line it is on (1-based). */
export interface Requirement {
  name: string;
  /** The requirement as written, without comment. */
  text: string;
  line: number;
}

const NAME = /^([A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?)/;

/**
 * Reads the requirement lines of a requirements.txt: skips blank lines, comments and pip
 * options (`-r`, `-e`, `--index-url`, …), and keeps the distribution name of each requirement.
 */
export function parseRequirements(text: string): Requirement[] {
  const out: Requirement[] = [];
  text.split(/\r?\n/).forEach((raw, index) => {
    const line = raw.replace(/(^|\s)#.*$/, '').trim();
    if (line === '' || line.startsWith('-')) return;
    const match = NAME.exec(line);
    if (match) out.push({ name: normaliseDistributionName(match[1]), text: line, line: index + 1 });
  });
  return out;
}

/** Distribution names of PEP 508 requirement strings (as in pyproject's `dependencies`). */
export function requirementNames(requirements: readonly string[]): string[] {
  return requirements
    .map((r) => NAME.exec(r.trim())?.[1])
    .filter((n): n is string => !!n)
    .map(normaliseDistributionName);
}
