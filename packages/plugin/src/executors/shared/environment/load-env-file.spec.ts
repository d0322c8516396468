import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readEnvFile } from '../../../environments/read-env-file';
import { EnvironmentConfigError } from '../../../errors/environment-errors';
import { loadEnvFile, resolveFlavor } from './load-env-file';

const envFile = readEnvFile('flavors:\n  "6.0": {}\n  "7.0": { default: true }\n  bookworm: {}\n').envFile!;

describe('resolveFlavor', () => {
  it('takes the default flavor when none is asked for', () => {
    expect(resolveFlavor(envFile, 'redis', undefined)).toBe('7.0');
  });
  it('maps the number Nx makes of --flavor=6.0 back to the flavor name', () => {
    expect(resolveFlavor(envFile, 'redis', 6)).toBe('6.0');
    expect(resolveFlavor(envFile, 'redis', 'bookworm')).toBe('bookworm');
  });
  it('names the known flavors when asked for an unknown one', () => {
    expect(() => resolveFlavor(envFile, 'redis', '9.0')).toThrow(EnvironmentConfigError);
    expect(() => resolveFlavor(envFile, 'redis', '9.0')).toThrow('redis has no flavor `9.0` in ci/env.yaml.');
  });
  it('rejects a number that matches two flavor names', () => {
    const ambiguous = readEnvFile('flavors:\n  "7": {}\n  "7.0": {}\n').envFile!;
    expect(() => resolveFlavor(ambiguous, 'redis', 7)).toThrow(/matches several flavors of redis \(7, 7\.0\)/);
  });
});

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
