import { d, runRule } from '../../__fixtures__/run-rule';
import { serviceChecksRule } from './service-checks';

const S = 'assets/service_checks.json';
const entry = (changes: Record<string, unknown> = {}) => ({
  agent_version: '7.0.0',
  integration: 'Foo',
  check: 'foo.can_connect',
  statuses: ['ok', 'critical'],
  groups: [],
  name: 'Can Connect',
  description: 'OK when up.',
  ...changes,
});

describe('service-checks/invalid', () => {
  it.each([
    ['accepts a complete entry', [entry()], []],
    ['accepts an empty list', [], []],
    [
      'reports missing fields',
      [{ check: 'foo.x' }],
      [
        d(
          'service-checks/invalid',
          S,
          2,
          3,
          'entry 1 has no agent_version, integration, statuses, groups, name, description',
        ),
      ],
    ],
    [
      'reports an unknown status',
      [entry({ statuses: ['ok', 'down'] })],
      [d('service-checks/invalid', S, 8, 7, "status 'down' is not one of ok, warning, critical, unknown")],
    ],
    [
      'reports a service check described twice',
      [entry(), entry()],
      [d('service-checks/invalid', S, 17, 5, "service check 'foo.can_connect' is already described in entry 1")],
    ],
  ] as const)('%s', (_title, value, expected) => {
    expect(runRule(serviceChecksRule, { [S]: JSON.stringify(value, null, 2) })).toEqual(expected);
  });

  it.each([
    [
      'warns about {}',
      '{}',
      [d('service-checks/invalid', S, 1, 1, 'an empty object where a list is expected', 'warning')],
    ],
    [
      'reports invalid JSON',
      '[\n  {"check": "a",}\n]',
      [d('service-checks/invalid', S, 2, 16, 'not valid JSON: trailing comma before }')],
    ],
  ])('%s', (_title, text, expected) => {
    expect(runRule(serviceChecksRule, { [S]: text })).toEqual(expected);
  });
});
