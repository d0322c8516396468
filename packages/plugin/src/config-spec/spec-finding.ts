import type { ParsedYaml } from '../yaml/parse-yaml';

/** One problem of spec.yaml, placed and worded for the person who edits it. */
export interface SpecFinding {
  line: number;
  column: number;
  message: string;
  hint: string;
}

/** What placing and wording an upstream error needs besides the error. */
export interface SpecErrorContext {
  /** spec.yaml, parsed with positions. */
  parsed: ParsedYaml;
  /** spec.yaml's text. */
  text: string;
  /** The check's name: upstream's errors start with it. */
  name: string;
  /** The Python package under datadog_checks/. */
  module: string;
  /** The templates the renderer knows. */
  templates: readonly string[];
  rendererVersion: string;
}

/** A sentence's first letter in lower case, to follow a colon. */
export function lowerFirst(text: string): string {
  return text.charAt(0).toLowerCase() + text.slice(1);
}
