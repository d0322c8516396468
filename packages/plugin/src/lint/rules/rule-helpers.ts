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

/** Strict x.y.z (with an optional pre-release or build suffix). */
export const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:[-+][0-9A-Za-z.-]+)?$/;

/** Compares two x.y.z versions numerically. */
export function compareVersions(a: string, b: string): number {
  const pa = a.split(/[.+-]/).slice(0, 3).map(Number);
  const pb = b.split(/[.+-]/).slice(0, 3).map(Number);
  for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pa[i] - pb[i];
  return 0;
}

/** A plain e-mail address: something@domain.tld, no spaces. */
export const EMAIL = /^[^\s@,;<>"]+@[^\s@,;<>"]+\.[A-Za-z]{2,}$/;
