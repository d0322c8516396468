/** `${name}` references; `$${` is a literal `${`. Names: letters, digits, `_`, `.`, `-`. */
export const REFERENCE = /\$(\$)?\{([^}]*)\}/g;
const NAME = /^[A-Za-z_][\w.-]*$/;

export interface Reference {
  name: string;
  /** 0-based offset in the string. */
  index: number;
}

/** Every `${name}` a string refers to (escaped ones excluded); malformed names are returned too. */
export function findReferences(text: string): Reference[] {
  const found: Reference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    if (!match[1]) found.push({ name: match[2] ?? '', index: match.index ?? 0 });
  }
  return found;
}

/** Whether a reference name is well formed. */
export function isValidReferenceName(name: string): boolean {
  return NAME.test(name);
}

/**
 * Replaces `${name}` with its value. Unknown names are left as they are and reported, so a
 * caller can turn them into a message; `$${` becomes `${`.
 */
export function substitute(
  text: string,
  variables: Readonly<Record<string, string>>,
): { value: string; missing: string[] } {
  const missing: string[] = [];
  const value = text.replace(REFERENCE, (whole, escaped: string | undefined, name: string) => {
    if (escaped) return `\${${name}}`;
    if (Object.prototype.hasOwnProperty.call(variables, name)) return variables[name] as string;
    missing.push(name);
    return whole;
  });
  return { value, missing };
}
