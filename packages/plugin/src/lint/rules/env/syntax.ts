import { ENV_FILE_BASIS, envFileRule } from './env-file-rule';

export const envSyntaxRule = envFileRule({
  id: 'env/syntax',
  policy: {
    provenance: 'workspace',
    basis: ENV_FILE_BASIS,
    advicePart: 'what the YAML reader only warns about',
  },
  description:
    'ci/env.yaml, which declares the test environments (flavors, services, readiness conditions, before_script), is YAML that the reader accepts: `install` refuses a file it cannot read. ' +
    'Bad: a tab used for indentation, an unclosed `[`, the same key written twice in one mapping. Good: spaces for indentation, `ports: [6379]`, each key once. ' +
    'Fix: correct the syntax at the line and column the finding names.',
});
