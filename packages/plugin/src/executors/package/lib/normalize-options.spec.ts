import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { normalizePackageOptions, PACKAGE_DEFAULTS } from './normalize-options';

describe('normalizePackageOptions', () => {
  it('keeps schema.json defaults and code in step', () => {
    const schema = JSON.parse(readFileSync(join(__dirname, '..', 'schema.json'), 'utf8'));
    expect(schema.properties.builder.default).toBe(PACKAGE_DEFAULTS.builder);
  });

  it.each([
    [{}, {}, { builder: 'auto', python: 'python3' }],
    [{}, { DD_PYTHON: 'python3.12' }, { builder: 'auto', python: 'python3.12' }],
    [
      { builder: 'build' as const, python: '/usr/bin/python3' },
      { DD_PYTHON: 'x' },
      { builder: 'build', python: '/usr/bin/python3' },
    ],
  ])('options %j with env %j', (options, env, expected) => {
    expect(normalizePackageOptions(options, env)).toEqual(expected);
  });
});
