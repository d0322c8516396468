import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { EnvFile } from '../../../environments/env-file';
import { UserError } from '../../../errors/user-error';
import { confExampleCandidates } from '../../../lint/integration-layout';
import { pythonModuleName } from '../../../integration/integration-names';

/**
 * The instance to run the check with: ci/env.yaml's `check.instance`, else conf.yaml.example's
 * first (an item whose options are all commented out is an empty instance, as for the Agent).
 */
export function findInstance(
  envFile: EnvFile,
  projectRoot: string,
  projectName: string,
): { instance: Record<string, unknown>; from: string } {
  if (envFile.check) return { instance: envFile.check.instance, from: `ci/env.yaml:${envFile.check.line}` };
  for (const file of confExampleCandidates(pythonModuleName(projectName))) {
    const path = join(projectRoot, file);
    if (!existsSync(path)) continue;
    const instances = (parse(readFileSync(path, 'utf8')) as { instances?: unknown } | null)?.instances;
    if (!Array.isArray(instances) || instances.length === 0) continue;
    const first: unknown = instances[0];
    // `-` followed only by commented options, as Datadog's renderer writes it: every option at its default.
    if (first === null) return { instance: {}, from: file };
    if (typeof first === 'object' && !Array.isArray(first))
      return { instance: first as Record<string, unknown>, from: file };
  }
  throw new UserError(
    `${projectName} has no instance to run the check with.`,
    'add `check: {instance: {...}}` to ci/env.yaml (it may use ${<service>.host} and ${<service>.port.<port>}), or an instance to conf.yaml.example',
  );
}
