import { checkErrorMessage, renderCollected, type Collected } from './collected';
import { resolveInstance } from './resolve-instance';

describe('resolveInstance', () => {
  it('resolves references everywhere and turns resolved whole numbers into numbers', () => {
    const resolved = resolveInstance(
      {
        host: '${redis.host}',
        port: '${redis.port.6379}',
        url: 'http://${redis.host}:${redis.port.6379}/',
        tags: ['suite:${suite}'],
        literal: '42',
        timeout: 1,
      },
      { 'redis.host': '127.0.0.1', 'redis.port.6379': '32768', suite: 'bookworm' },
    );
    expect(resolved).toEqual({
      instance: {
        host: '127.0.0.1',
        port: 32768,
        url: 'http://127.0.0.1:32768/',
        tags: ['suite:bookworm'],
        literal: '42',
        timeout: 1,
      },
      missing: [],
    });
  });

  it('reports references that have no value', () => {
    expect(resolveInstance({ host: '${db.host}', x: ['${nope}'] }, {}).missing).toEqual(['db.host', 'nope']);
  });
});

describe('renderCollected', () => {
  const collected: Collected = {
    check_class: 'RedisCheck',
    metrics: [{ name: 'redis.keys', type: 'gauge', value: 3, tags: ['redis_db:db0'] }],
    service_checks: [{ name: 'redis.can_connect', status: 0, tags: [], message: '' }],
    events: [],
    error: '',
  };

  it('prints metrics with values and tags, and service checks with their status', () => {
    expect(renderCollected(collected).split('\n')).toEqual([
      'Metrics (1)',
      'metric      type   value  tags',
      '----------  -----  -----  ------------',
      'redis.keys  gauge  3      redis_db:db0',
      '',
      'Service checks (1)',
      'service check      status  tags  message',
      '-----------------  ------  ----  -------',
      'redis.can_connect  OK',
      '',
      'Events (0)',
    ]);
  });

  it("reads the check's error out of datadog-checks-base's JSON", () => {
    expect(checkErrorMessage({ ...collected, error: '[{"message": "connection refused", "traceback": "..."}]' })).toBe(
      'connection refused',
    );
    expect(renderCollected({ ...collected, error: 'plain' })).toContain('The check failed: plain');
  });
});
