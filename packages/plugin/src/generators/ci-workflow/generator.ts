import { logger, type Tree } from '@nx/devkit';
import { normalizeWorkflowOptions } from './lib/normalize-options';
import { buildWorkflowFiles, GENERATED_HEADER } from './lib/workflow-files';
import { workflowNames } from './lib/workflow-names';
import type { CiWorkflowGeneratorSchema } from './schema';

/**
 * `nx g @dd/plugin:ci-workflow`: a GitHub Actions workflow that runs the tasks a change affects,
 * planned into matrix jobs (`--distribution=matrix`, with its batch workflow) or distributed by
 * Nx Cloud's agents (`--distribution=nx-agents`). A batch workflow this generator wrote earlier
 * is removed when the distribution no longer uses it.
 */
export async function ciWorkflowGenerator(tree: Tree, schema: CiWorkflowGeneratorSchema) {
  const options = normalizeWorkflowOptions(schema);
  const files = buildWorkflowFiles(options);
  for (const file of files) tree.write(file.path, file.content);
  const stale = workflowNames(options.name).batchFile;
  const removed =
    !files.some((f) => f.path === stale) && tree.read(stale, 'utf-8')?.startsWith(GENERATED_HEADER) === true;
  if (removed) tree.delete(stale);
  return () => {
    for (const file of files) logger.info(`Wrote ${file.path}.`);
    if (removed) logger.info(`Removed ${stale}: --distribution=${options.distribution} does not use it.`);
  };
}

export default ciWorkflowGenerator;
