import time

import redis

from datadog_checks.base import AgentCheck, ConfigurationError

# INFO fields sent as gauges: metric name (without the prefix) -> INFO field.
GAUGES = {
    'net.clients': 'connected_clients',
    'net.blocked_clients': 'blocked_clients',
    'mem.used': 'used_memory',
    'mem.rss': 'used_memory_rss',
    'mem.peak': 'used_memory_peak',
    'uptime': 'uptime_in_seconds',
    'replication.connected_slaves': 'connected_slaves',
}

# INFO counters that only grow: sent as monotonic counts (the Agent sends the increase).
COUNTS = {
    'net.commands': 'total_commands_processed',
    'net.connections': 'total_connections_received',
    'stats.keyspace_hits': 'keyspace_hits',
    'stats.keyspace_misses': 'keyspace_misses',
}


class RedisCheck(AgentCheck):
    """Collects Redis metrics from the INFO command and checks that Redis answers."""

    # Every metric and service check name below is prefixed with 'redis.'.
    __NAMESPACE__ = 'redis'

    SERVICE_CHECK_CONNECT = 'can_connect'

    def __init__(self, name, init_config, instances):
        super().__init__(name, init_config, instances)
        self.host = self.instance.get('host')
        if not self.host:
            raise ConfigurationError('`host` is required: the host name or address of the Redis server')
        port = self.instance.get('port', 6379)
        try:
            self.port = int(port)
        except (TypeError, ValueError):
            raise ConfigurationError('`port` must be a number, got {!r}'.format(port))
        self.password = self.instance.get('password')
        self.timeout = float(self.instance.get('socket_timeout', 5))
        self.tags = list(self.instance.get('tags', []))
        self.tags += ['redis_host:{}'.format(self.host), 'redis_port:{}'.format(self.port)]
        self._client = None

    def connect(self):
        """The client of this instance, made once (redis-py reconnects by itself)."""
        if self._client is None:
            self._client = redis.Redis(
                host=self.host,
                port=self.port,
                password=self.password,
                socket_timeout=self.timeout,
                socket_connect_timeout=self.timeout,
            )
        return self._client

    def check(self, _):
        started = time.monotonic()
        try:
            info = self.connect().info()
        except Exception as e:
            self.service_check(self.SERVICE_CHECK_CONNECT, self.CRITICAL, tags=self.tags, message=str(e))
            raise
        latency = time.monotonic() - started
        self.service_check(self.SERVICE_CHECK_CONNECT, self.OK, tags=self.tags)
        tags = self.tags + ['redis_role:{}'.format(info.get('role', 'unknown'))]
        self.submit_info(info, tags)
        self.gauge('info.latency', latency, tags=tags)
        version = info.get('redis_version')
        if version:
            self.set_metadata('version', str(version))

    def submit_info(self, info, tags):
        """Sends the metrics of one INFO answer (a dict, as redis-py parses it)."""
        for metric, field in GAUGES.items():
            if field in info:
                self.gauge(metric, info[field], tags=tags)
        for metric, field in COUNTS.items():
            if field in info:
                self.monotonic_count(metric, info[field], tags=tags)
        for db, stats in sorted(keyspaces(info).items()):
            db_tags = tags + ['redis_db:{}'.format(db)]
            self.gauge('keys', stats.get('keys', 0), tags=db_tags)
            self.gauge('expires', stats.get('expires', 0), tags=db_tags)


def keyspaces(info):
    """The `dbN` sections of INFO keyspace: {'db0': {'keys': 3, 'expires': 0, ...}}."""
    return {
        name: value
        for name, value in info.items()
        if name.startswith('db') and name[2:].isdigit() and isinstance(value, dict)
    }
