import type { Severity } from '../../diagnostics/diagnostic';
import type { Finding } from '../lint-rule';
import type { Position } from '../json/json-node';

/** Builds a finding (the runner adds the rule's id); positions default to the top of the file. */
export function report(
  file: string,
  at: Position | undefined,
  message: string,
  hint: string,
  severity: Severity = 'error',
): Finding {
  return { severity, file, line: at?.line ?? 1, column: at?.column ?? 1, message, hint };
}

/** A plain e-mail address: something@domain.tld, no spaces. */
export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[A-Za-z]{2,}$/;
