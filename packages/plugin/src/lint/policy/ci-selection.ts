import { isMap, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import {
  EXTRAS_VALIDATORS,
  isUpstreamValidator,
  NON_VALIDATOR_INPUTS,
  type UpstreamValidator,
} from './upstream-validators';

/** Where a repository's CI states which validators it runs. */
export const VALIDATE_WORKFLOW = '.github/workflows/validate.yml';

/** The validators whose rules are errors, and how that selection was found. */
export interface CiSelection {
  validators: UpstreamValidator[];
  /** For `nx lint --verbose`: the file and job it was read from, the plugin option, or the default. */
  source: string;
  /** A workflow that could not be read as a selection: one line each, with file and line. */
  warnings: string[];
}

const DEFAULT_SOURCE = "the default: integrations-extras' CI selection";

function defaults(warnings: string[] = []): CiSelection {
  return { validators: [...EXTRAS_VALIDATORS], source: DEFAULT_SOURCE, warnings };
}

/**
 * The selection a repository states in its validate workflow: the `with:` inputs set to `true`
 * of each job that calls integrations-core's `run-validations.yml`. No workflow, or none that
 * calls it: the default. A workflow that cannot be parsed, or that names an input
 * run-validations.yml does not have: one warning with its line, and the default.
 */
export function readCiSelection(workflow: string | undefined): CiSelection {
  if (workflow === undefined) return defaults();
  const lines = new LineCounter();
  const doc = parseDocument(workflow, { lineCounter: lines });
  const at = (node: Node | undefined) => (node?.range ? lines.linePos(node.range[0]).line : 1);
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    return defaults([
      `${VALIDATE_WORKFLOW}:${error.linePos?.[0].line ?? 1}: cannot be parsed (${error.message.split('\n')[0]}); lint uses ${DEFAULT_SOURCE}`,
    ]);
  }
  const jobs = doc.get('jobs', true);
  if (!isMap(jobs)) return defaults();
  const selected = new Set<UpstreamValidator>();
  let found: string | undefined;
  for (const job of jobs.items) {
    const body = job.value;
    if (!isMap(body)) continue;
    const uses = body.get('uses');
    if (typeof uses !== 'string' || !uses.includes('run-validations.yml')) continue;
    found = String(isScalar(job.key) ? job.key.value : 'run');
    const inputs = body.get('with', true);
    if (!isMap(inputs)) continue;
    for (const input of inputs.items) {
      const name = String(isScalar(input.key) ? input.key.value : '');
      if (NON_VALIDATOR_INPUTS.has(name)) continue;
      if (!isUpstreamValidator(name))
        return defaults([
          `${VALIDATE_WORKFLOW}:${at(input.key as Node)}: '${name}' is not an input of run-validations.yml (expected one of its validators, such as config or metadata); lint uses ${DEFAULT_SOURCE}`,
        ]);
      const value = isScalar(input.value) ? input.value.value : undefined;
      if (value === true || value === 'true') selected.add(name);
    }
  }
  if (found === undefined) return defaults();
  return { validators: [...selected].sort(), source: `${VALIDATE_WORKFLOW} (job ${found})`, warnings: [] };
}

/** The selection named by the plugin option `validators`, which overrides the workflow's. */
export function optionSelection(names: readonly string[]): CiSelection {
  const unknown = names.filter((n) => !isUpstreamValidator(n));
  if (unknown.length > 0)
    return defaults([
      `the lint option validators names ${unknown.map((n) => `'${n}'`).join(', ')}, which ddev does not have (expected names such as config or metadata); lint uses ${DEFAULT_SOURCE}`,
    ]);
  return { validators: [...(names as UpstreamValidator[])].sort(), source: 'the lint option validators', warnings: [] };
}
