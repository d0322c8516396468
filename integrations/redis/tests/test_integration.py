import pytest
import redis

from datadog_checks.base import AgentCheck
from datadog_checks.redis import RedisCheck

pytestmark = pytest.mark.integration


def test_collects_from_a_live_redis(aggregator, dd_run_check, live_instance):
    dd_run_check(RedisCheck('redis', {}, [live_instance]))

    aggregator.assert_service_check('redis.can_connect', AgentCheck.OK, count=1)
    for metric in ('redis.net.clients', 'redis.mem.used', 'redis.uptime', 'redis.net.commands', 'redis.info.latency'):
        aggregator.assert_metric(metric, count=1)
    aggregator.assert_metric_has_tag('redis.net.clients', 'redis_role:master')


def test_counts_the_keys_before_script_loaded(aggregator, dd_run_check, live_instance):
    dd_run_check(RedisCheck('redis', {}, [live_instance]))

    keys = [m.value for m in aggregator.metrics('redis.keys') if 'redis_db:db0' in m.tags]
    assert keys and keys[0] >= 3, 'before_script of ci/env.yaml loads three keys into db0'


def test_reports_the_version_of_the_flavor(datadog_agent, dd_run_check, live_instance, flavor):
    check = RedisCheck('redis', {}, [live_instance])
    check.check_id = 'redis:live'
    dd_run_check(check)

    version = redis.Redis(host=live_instance['host'], port=live_instance['port']).info()['redis_version']
    datadog_agent.assert_metadata('redis:live', {'version.raw': version})
    if flavor:
        # Flavors are named after the Redis major.minor they install (ci/env.yaml).
        assert version.startswith(flavor + '.'), 'flavor {} runs Redis {}'.format(flavor, version)


def test_reports_critical_for_a_closed_port(aggregator, dd_run_check, live_instance):
    closed = dict(live_instance, port=1, socket_timeout=1)

    with pytest.raises(Exception):
        dd_run_check(RedisCheck('redis', {}, [closed]))

    aggregator.assert_service_check('redis.can_connect', AgentCheck.CRITICAL, count=1)
