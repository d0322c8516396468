import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readIntegrationSource } from '../../../adapters/read-integration-source';
import type { LintIo } from './lint-project';

/** The real file system behind lintProject; a rendered example may be the first file of its folder. */
export const diskLintIo: LintIo = {
  readSource: (projectRoot) => readIntegrationSource(projectRoot),
  writeFile: (path, text) => {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text, 'utf8');
  },
};
