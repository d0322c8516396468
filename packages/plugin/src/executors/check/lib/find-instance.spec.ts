import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UserError } from '../../../errors/user-error';
import { findInstance } from './find-instance';

describe('findInstance', () => {
  let root: string;
  const example = (text: string) => {
    mkdirSync(join(root, 'datadog_checks', 'probe', 'data'), { recursive: true });
    writeFileSync(join(root, 'datadog_checks', 'probe', 'data', 'conf.yaml.example'), text);
  };
  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'find-instance-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('takes the first instance of conf.yaml.example', () => {
    example('init_config:\ninstances:\n  - host: a\n  - host: b\n');
    expect(findInstance({} as never, root, 'probe').instance).toEqual({ host: 'a' });
  });

  it('takes an instance whose options are all commented out as an empty one', () => {
    example('init_config:\ninstances:\n\n  -\n    # tags:\n    #   - a:b\n');
    expect(findInstance({} as never, root, 'probe')).toEqual({
      instance: {},
      from: 'datadog_checks/probe/data/conf.yaml.example',
    });
  });

  it('says how to give one when there is none', () => {
    example('# logs:\n');
    expect(() => findInstance({} as never, root, 'probe')).toThrow(UserError);
  });
});
