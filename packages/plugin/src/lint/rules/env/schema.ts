import { ENV_FILE_BASIS, envFileRule } from './env-file-rule';

export const envSchemaRule = envFileRule({
  id: 'env/schema',
  policy: { provenance: 'workspace', basis: ENV_FILE_BASIS },
  description:
    'ci/env.yaml holds only the keys the environment reader knows (`flavors`, `services`, `before_script`, `check` and theirs), each with a value of the right type: mappings where mappings go, lists of arguments for commands, whole numbers for ports; `install` refuses anything else. ' +
    'Bad: `ports: [x]`, `command: redis-cli ping` (a shell string), `imgae: redis`. Good: `ports: [6379]`, `command: [redis-cli, ping]`, `image: redis`. ' +
    'Fix: edit the value (or key) at the line the finding names, as its hint says.',
});
