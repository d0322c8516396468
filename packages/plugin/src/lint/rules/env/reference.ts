import { ENV_FILE_BASIS, envFileRule } from './env-file-rule';

export const envReferenceRule = envFileRule({
  id: 'env/reference',
  policy: {
    provenance: 'workspace',
    basis: ENV_FILE_BASIS,
    advicePart: 'a service without a `ready` condition, whose tests may start before it answers',
  },
  description:
    'The parts of ci/env.yaml agree with each other: at most one default flavor, known services in `depends_on` and `before_script`, no dependency cycle, tcp/http readiness conditions on published ports, and `${name}` references that every flavor defines (or `${flavor}`, `${integration}`, and in before_script `${<service>.host}` / `${<service>.port.<port>}`). ' +
    'Bad: `image: "redis:${tag}"` with a flavor lacking `tag`, `depends_on: [db]` without a service `db`. Good: `tag` under `variables` of every flavor, `depends_on` naming a service of the file. ' +
    'Fix: edit the line the finding names.',
});
