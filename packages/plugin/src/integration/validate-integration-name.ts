/** Why a name was refused, with the rule and a valid example. */
export interface NameProblem {
  name: string;
  reason: string;
}

const RULE =
  'an integration name is lower-case snake case: it starts with a letter, then letters, digits ' +
  "or single underscores (for example 'my_integration'); it must not start with 'datadog'";

/**
 * Checks an integration name against the rules Datadog applies to integrations-extras and
 * returns what is wrong, or `undefined` when the name is valid.
 */
export function validateIntegrationName(name: string): NameProblem | undefined {
  const problem = findProblem(name);
  return problem ? { name, reason: `${problem}; ${RULE}.` } : undefined;
}

function findProblem(name: string): string | undefined {
  if (name.trim() === '') return 'the name is empty';
  if (name.includes('/') || name.includes('\\') || name.includes('..')) {
    return `'${name}' contains a path separator or '..'`;
  }
  if (/[A-Z]/.test(name)) return `'${name}' contains upper-case letters (try '${suggest(name)}')`;
  if (!/^[a-z]/.test(name)) return `'${name}' does not start with a letter`;
  if (/[^a-z0-9_]/.test(name))
    return `'${name}' contains characters other than a-z, 0-9 and _ (try '${suggest(name)}')`;
  if (/__/.test(name) || name.endsWith('_')) return `'${name}' has a doubled or trailing underscore`;
  if (name.startsWith('datadog')) return `'${name}' starts with 'datadog', which is reserved for the package prefix`;
  return undefined;
}

function suggest(name: string): string {
  const snake = name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^[^a-z]+|_+$/g, '');
  return snake || 'my_integration';
}
