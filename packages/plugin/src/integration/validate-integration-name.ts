/** Why a name was refused, with the rule. */
export interface NameProblem {
  name: string;
  reason: string;
}

/** An accepted name: the folder and project name, and the name as typed (a display name when it differs). */
export interface AcceptedName {
  name: string;
  typed: string;
}

/** The longest name accepted: above every integration of integrations-extras (31 characters). */
export const MAX_NAME_LENGTH = 40;

const DDEV_CHARSET = /^[A-Za-z0-9](?:[A-Za-z0-9._ -]*[A-Za-z0-9])?$/;

/**
 * Checks a name as `ddev create` does, in its words, and normalises it as ddev does (lower case,
 * each run of spaces, dots, hyphens and underscores one underscore). Two rules go beyond ddev,
 * each with its reason: the name starts with a letter (it is a Python module) and has at most
 * {@link MAX_NAME_LENGTH} characters.
 */
export function acceptIntegrationName(typed: string): AcceptedName | NameProblem {
  const input = typed.trim();
  if (!DDEV_CHARSET.test(input)) {
    return {
      name: input,
      reason:
        `Invalid integration name '${input}'. Names must contain only ASCII letters, digits, dots, hyphens, ` +
        'underscores, or spaces, and must begin and end with an alphanumeric character.',
    };
  }
  const name = input.toLowerCase().replace(/[ ._-]+/g, '_');
  if (name.startsWith('datadog')) return { name, reason: 'Integration names cannot start with `datadog`.' };
  if (!/^[a-z]/.test(name)) {
    return {
      name,
      reason: `Integration name '${name}' starts with a digit: its Python module datadog_checks.${name} could not be imported. Start it with a letter.`,
    };
  }
  if (name.length > MAX_NAME_LENGTH) {
    return {
      name,
      reason: `Integration name '${name}' has ${name.length} characters; at most ${MAX_NAME_LENGTH} are accepted (the longest in integrations-extras has 31).`,
    };
  }
  return { name, typed: input };
}

/** Checks a name that must already be in its normal form (a folder name), returning what is wrong. */
export function validateIntegrationName(name: string): NameProblem | undefined {
  const accepted = acceptIntegrationName(name);
  if ('reason' in accepted) return accepted;
  if (accepted.name !== name) {
    return { name, reason: `'${name}' is not in its normal form: lower-case snake case, '${accepted.name}'.` };
  }
  return undefined;
}

export function isNameProblem(value: AcceptedName | NameProblem): value is NameProblem {
  return 'reason' in value;
}
