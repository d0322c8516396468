import pytest
import redis

from datadog_checks.base import AgentCheck, ConfigurationError
from datadog_checks.dev.utils import get_metadata_metrics
from datadog_checks.redis import RedisCheck
from datadog_checks.redis import check as check_module

pytestmark = pytest.mark.unit

BASE_TAGS = ['test:redis', 'redis_host:localhost', 'redis_port:6379']
TAGS = BASE_TAGS + ['redis_role:master']

# What redis-py's Redis.info() returns for a Redis 7.0 with one database (trimmed).
INFO = {
    'redis_version': '7.0.15',
    'role': 'master',
    'uptime_in_seconds': 42,
    'connected_clients': 3,
    'blocked_clients': 0,
    'used_memory': 1000000,
    'used_memory_rss': 4000000,
    'used_memory_peak': 1200000,
    'connected_slaves': 0,
    'total_commands_processed': 120,
    'total_connections_received': 7,
    'keyspace_hits': 10,
    'keyspace_misses': 2,
    'db0': {'keys': 3, 'expires': 1, 'avg_ttl': 0},
    'db2': {'keys': 5, 'expires': 0, 'avg_ttl': 0},
}


class FakeRedis:
    """Stands in for redis.Redis: answers INFO with a fixed dict, or raises."""

    error = None
    created = []

    def __init__(self, **kwargs):
        FakeRedis.created.append(kwargs)

    def info(self):
        if FakeRedis.error:
            raise FakeRedis.error
        return dict(INFO)


@pytest.fixture(autouse=True)
def fake_redis(monkeypatch):
    FakeRedis.error = None
    FakeRedis.created = []
    monkeypatch.setattr(check_module.redis, 'Redis', FakeRedis)
    return FakeRedis


def test_sends_info_metrics_with_tags(aggregator, dd_run_check, instance):
    dd_run_check(RedisCheck('redis', {}, [instance]))

    aggregator.assert_metric('redis.net.clients', value=3, tags=TAGS, count=1)
    aggregator.assert_metric('redis.net.blocked_clients', value=0, tags=TAGS, count=1)
    aggregator.assert_metric('redis.mem.used', value=1000000, tags=TAGS, count=1)
    aggregator.assert_metric('redis.mem.rss', value=4000000, tags=TAGS, count=1)
    aggregator.assert_metric('redis.mem.peak', value=1200000, tags=TAGS, count=1)
    aggregator.assert_metric('redis.uptime', value=42, tags=TAGS, count=1)
    aggregator.assert_metric('redis.replication.connected_slaves', value=0, tags=TAGS, count=1)
    aggregator.assert_metric('redis.net.commands', value=120, tags=TAGS, count=1)
    aggregator.assert_metric('redis.net.connections', value=7, tags=TAGS, count=1)
    aggregator.assert_metric('redis.stats.keyspace_hits', value=10, tags=TAGS, count=1)
    aggregator.assert_metric('redis.stats.keyspace_misses', value=2, tags=TAGS, count=1)
    aggregator.assert_metric('redis.info.latency', tags=TAGS, count=1)
    aggregator.assert_metric('redis.keys', value=3, tags=TAGS + ['redis_db:db0'], count=1)
    aggregator.assert_metric('redis.keys', value=5, tags=TAGS + ['redis_db:db2'], count=1)
    aggregator.assert_metric('redis.expires', value=1, tags=TAGS + ['redis_db:db0'], count=1)
    aggregator.assert_metric('redis.expires', value=0, tags=TAGS + ['redis_db:db2'], count=1)
    aggregator.assert_service_check('redis.can_connect', AgentCheck.OK, tags=BASE_TAGS, count=1)
    aggregator.assert_all_metrics_covered()
    aggregator.assert_metrics_using_metadata(get_metadata_metrics())


def test_connects_with_the_configured_address_and_timeout(dd_run_check, instance):
    dd_run_check(RedisCheck('redis', {}, [dict(instance, port='6380', password='secret', socket_timeout=2)]))

    assert FakeRedis.created == [
        {'host': 'localhost', 'port': 6380, 'password': 'secret', 'socket_timeout': 2.0, 'socket_connect_timeout': 2.0}
    ]


def test_reports_critical_when_redis_does_not_answer(aggregator, dd_run_check, instance):
    FakeRedis.error = redis.exceptions.ConnectionError('Error 111 connecting to localhost:6379. Connection refused.')

    with pytest.raises(Exception, match='Connection refused'):
        dd_run_check(RedisCheck('redis', {}, [instance]))

    aggregator.assert_service_check(
        'redis.can_connect', AgentCheck.CRITICAL, tags=BASE_TAGS, message=str(FakeRedis.error), count=1
    )
    aggregator.assert_metric('redis.net.clients', count=0)


def test_sets_the_version_metadata(datadog_agent, dd_run_check, instance):
    check = RedisCheck('redis', {}, [instance])
    check.check_id = 'test:123'
    dd_run_check(check)

    expected = {'version.raw': '7.0.15', 'version.scheme': 'semver'}
    expected.update({'version.major': '7', 'version.minor': '0', 'version.patch': '15'})
    datadog_agent.assert_metadata('test:123', expected)


@pytest.mark.parametrize(
    'bad_instance, message',
    [
        ({'port': 6379}, '`host` is required'),
        ({'host': 'localhost', 'port': 'sixty'}, '`port` must be a number'),
    ],
)
def test_rejects_a_bad_configuration(bad_instance, message):
    with pytest.raises(ConfigurationError, match=message):
        RedisCheck('redis', {}, [bad_instance])


def test_keyspaces_reads_only_database_sections():
    info = {'db0': {'keys': 1}, 'dbsize': 3, 'db1x': {}, 'role': 'master'}
    assert check_module.keyspaces(info) == {'db0': {'keys': 1}}
