import schema from '../schema.json';
import { LINT_DEFAULTS, normalizeLintOptions } from './normalize-options';

describe('normalizeLintOptions', () => {
  it('uses the defaults schema.json states', () => {
    for (const [key, value] of Object.entries(LINT_DEFAULTS)) {
      expect({ key, value: (schema.properties as Record<string, { default?: unknown }>)[key].default }).toEqual({
        key,
        value,
      });
    }
  });

  it('takes a ruff of the user from DD_RUFF', () => {
    expect(normalizeLintOptions({}, { isTTY: false, env: { DD_RUFF: '/opt/ruff' } }).ruff).toBe('/opt/ruff');
    expect(normalizeLintOptions({}, { isTTY: false, env: { DD_RUFF: '' } })).not.toHaveProperty('ruff');
  });

  it('takes a datadog-checks-dev folder of the user from DD_CHECKS_DEV', () => {
    expect(normalizeLintOptions({}, { isTTY: false, env: { DD_CHECKS_DEV: '/opt/checks-dev' } }).checksDev).toBe(
      '/opt/checks-dev',
    );
    expect(normalizeLintOptions({}, { isTTY: false, env: {} })).not.toHaveProperty('checksDev');
  });

  it.each([
    [{ isTTY: true, env: {} }, true],
    [{ isTTY: true, env: { NO_COLOR: '1' } }, false],
    [{ isTTY: false, env: {} }, false],
    [{ isTTY: false, env: { FORCE_COLOR: '1' } }, true],
    [{ isTTY: true, env: { FORCE_COLOR: '0', NO_COLOR: '' } }, false],
    [{ isTTY: false, env: { FORCE_COLOR: 'true', NO_COLOR: '1' } }, false],
  ])('colours %j: %s', (terminal, color) => {
    expect(normalizeLintOptions({}, terminal).color).toBe(color);
  });
});
