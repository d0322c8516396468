import { writeFileSync } from 'node:fs';
import { readIntegrationSource } from '../../../adapters/read-integration-source';
import type { LintIo } from './lint-project';

/** The real file system behind lintProject. */
export const diskLintIo: LintIo = {
  readSource: (projectRoot) => readIntegrationSource(projectRoot),
  writeFile: (path, text) => writeFileSync(path, text, 'utf8'),
};
