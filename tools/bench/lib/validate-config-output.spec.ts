import { failedChecks, outOfSync } from './validate-config-output';

const OUTPUT = `Validating default configuration files for 3 checks...
alpha:
    File \`conf.yaml.example\` is not in sync, run "ddev validate config alpha -s"
    *** current
    --- expected
beta:
Did not find spec file /r/beta/assets/configuration/spec.yaml for check beta
gamma:
    Option name 'duration' contains the following invalid option-level fields:
        - 'requried'
    File \`auto_conf.yaml\` is not in sync, run "ddev validate config gamma -s"

Files with errors: 3
`;

describe('ddev validate config output', () => {
  it('names the checks that fail, not those only missing a spec', () => {
    expect([...failedChecks(OUTPUT)].sort()).toEqual(['alpha', 'gamma']);
  });

  it('names the files out of sync', () => {
    expect(outOfSync(OUTPUT)).toEqual(['alpha/conf.yaml.example', 'gamma/auto_conf.yaml']);
  });
});
