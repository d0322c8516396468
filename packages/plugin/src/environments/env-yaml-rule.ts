import type { LintRule } from '../lint/lint-rule';
import { ENV_FILE, readEnvFile } from './read-env-file';

/**
 * `ci/env.yaml` as a lint rule: the same validation `install` runs, so a broken environment is
 * found by `nx lint` before anything starts. Findings keep their own ids (`env/syntax`,
 * `env/schema`, `env/reference`). Needs `ci/env.yaml` among the files the lint run reads.
 */
export const envYamlRule: LintRule = {
  id: 'env/env-yaml',
  policy: {
    provenance: 'beyond-upstream',
    basis:
      "ci/env.yaml is this workspace's own file: `install` and `test` refuse an invalid one before starting anything",
  },
  description:
    'ci/env.yaml declares the test environments (flavors, services, readiness conditions, before_script); `install` refuses an invalid one. ' +
    'Checks YAML syntax, known keys and value types, one default flavor, known services in depends_on and before_script, no dependency cycle, ' +
    'tcp/http conditions on published ports, and `${name}` references every flavor defines. Bad: `ports: [x]`, `image: "redis:${tag}"` with a flavor lacking `tag`. ' +
    'Good: `ports: [6379]`, `tag` under `variables` of every flavor. Fix: edit the line the finding names.',
  check: (context) => {
    const text = context.files[ENV_FILE];
    return text === undefined ? [] : readEnvFile(text, ENV_FILE).diagnostics;
  },
};
