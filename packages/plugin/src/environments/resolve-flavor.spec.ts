import { EnvironmentConfigError } from '../errors/environment-errors';
import { readEnvFile } from './read-env-file';
import { resolveFlavor } from './resolve-flavor';

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
