import re

from datadog_checks.base import AgentCheck, ConfigurationError

# Active connections: 2
# server accepts handled requests
#  7 7 12
# Reading: 0 Writing: 1 Waiting: 1
STUB_STATUS = re.compile(
    r'Active connections:\s*(?P<active>\d+)\s+'
    r'server accepts handled requests\s+(?P<accepts>\d+)\s+(?P<handled>\d+)\s+(?P<requests>\d+)\s+'
    r'Reading:\s*(?P<reading>\d+)\s+Writing:\s*(?P<writing>\d+)\s+Waiting:\s*(?P<waiting>\d+)'
)


def parse_stub_status(text):
    """Reads the numbers of an NGINX stub_status page; raises ValueError when it is not one."""
    match = STUB_STATUS.search(text)
    if not match:
        raise ValueError('not an NGINX stub_status page: {!r}'.format(text[:200]))
    return {name: int(value) for name, value in match.groupdict().items()}


class NginxCheck(AgentCheck):
    """Collects connections and requests of NGINX from its stub_status page."""

    # Every metric and service check name below is prefixed with 'nginx.'.
    __NAMESPACE__ = 'nginx'

    SERVICE_CHECK_CONNECT = 'can_connect'

    def __init__(self, name, init_config, instances):
        super().__init__(name, init_config, instances)
        self.url = self.instance.get('nginx_status_url')
        if not self.url:
            raise ConfigurationError('nginx_status_url is required, e.g. http://localhost:8080/nginx_status')
        self.tags = list(self.instance.get('tags', [])) + ['nginx_status_url:{}'.format(self.url)]

    def fetch_status(self):
        """Returns the status page's text and the `Server` header NGINX answered with."""
        response = self.http.get(self.url)
        response.raise_for_status()
        return response.text, response.headers.get('Server', '')

    def check(self, _):
        try:
            text, server = self.fetch_status()
            status = parse_stub_status(text)
        except Exception as e:
            self.service_check(self.SERVICE_CHECK_CONNECT, self.CRITICAL, tags=self.tags, message=str(e))
            raise
        self.service_check(self.SERVICE_CHECK_CONNECT, self.OK, tags=self.tags)

        self.gauge('net.connections', status['active'], tags=self.tags)
        self.gauge('net.reading', status['reading'], tags=self.tags)
        self.gauge('net.writing', status['writing'], tags=self.tags)
        self.gauge('net.waiting', status['waiting'], tags=self.tags)
        self.rate('net.conn_opened_per_s', status['accepts'], tags=self.tags)
        self.rate('net.conn_dropped_per_s', status['accepts'] - status['handled'], tags=self.tags)
        self.rate('net.request_per_s', status['requests'], tags=self.tags)
        self.monotonic_count('requests.total', status['requests'], tags=self.tags)

        if server.startswith('nginx/'):
            self.set_metadata('version', server.split('/', 1)[1].split(' ')[0])
