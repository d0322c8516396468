import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { EnvironmentConfigError } from '../errors/environment-errors';
import { loadEnvFile } from './load-env-file';

describe('loadEnvFile', () => {
  it('fails with every problem, each with its line, and no stack-worthy error', () => {
    const root = mkdtempSync(join(tmpdir(), 'env-file-'));
    mkdirSync(join(root, 'ci'));
    writeFileSync(join(root, 'ci', 'env.yaml'), 'services:\n  redis:\n    image: redis\n    ports: [x]\n    wat: 1\n');
    const error = (() => {
      try {
        loadEnvFile(root, 'redis');
      } catch (e) {
        return e as EnvironmentConfigError;
      }
    })();
    expect(error).toBeInstanceOf(EnvironmentConfigError);
    expect(error!.message).toContain('redis/ci/env.yaml is not valid (2 problems)');
    expect(error!.message).toContain('redis/ci/env.yaml:4:13');
    expect(error!.message).toContain('redis/ci/env.yaml:5:5  unknown key `wat`');
  });
  it('reads a missing file as "no services"', () => {
    expect(loadEnvFile(mkdtempSync(join(tmpdir(), 'env-file-')), 'x')).toEqual({
      flavors: [],
      services: [],
      beforeScript: [],
    });
  });
});
