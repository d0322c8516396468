import pytest

from datadog_checks.base import AgentCheck, ConfigurationError
from datadog_checks.dev.utils import get_metadata_metrics
from datadog_checks.nginx import NginxCheck
from datadog_checks.nginx.check import parse_stub_status

pytestmark = pytest.mark.unit

PAGE = 'Active connections: 2 \nserver accepts handled requests\n 7 6 12 \nReading: 0 Writing: 1 Waiting: 1 \n'
TAGS = ['test:nginx', 'nginx_status_url:http://localhost:8080/nginx_status']


def test_parses_a_stub_status_page():
    assert parse_stub_status(PAGE) == {
        'active': 2,
        'accepts': 7,
        'handled': 6,
        'requests': 12,
        'reading': 0,
        'writing': 1,
        'waiting': 1,
    }


def test_refuses_a_page_that_is_not_stub_status():
    with pytest.raises(ValueError, match='not an NGINX stub_status page'):
        parse_stub_status('<html>welcome</html>')


def test_sends_every_metric_of_the_page(aggregator, dd_run_check, instance, monkeypatch):
    check = NginxCheck('nginx', {}, [instance])
    monkeypatch.setattr(check, 'fetch_status', lambda: (PAGE, 'nginx/1.22.1'))
    dd_run_check(check)

    aggregator.assert_metric('nginx.net.connections', value=2, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.reading', value=0, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.writing', value=1, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.waiting', value=1, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.conn_opened_per_s', value=7, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.conn_dropped_per_s', value=1, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.net.request_per_s', value=12, tags=TAGS, count=1)
    aggregator.assert_metric('nginx.requests.total', value=12, tags=TAGS, count=1)
    aggregator.assert_service_check('nginx.can_connect', AgentCheck.OK, tags=TAGS, count=1)
    aggregator.assert_all_metrics_covered()
    aggregator.assert_metrics_using_metadata(get_metadata_metrics())


def test_reports_critical_when_the_page_is_wrong(aggregator, dd_run_check, instance, monkeypatch):
    check = NginxCheck('nginx', {}, [instance])
    monkeypatch.setattr(check, 'fetch_status', lambda: ('nope', 'nginx/1.22.1'))
    with pytest.raises(Exception, match='not an NGINX stub_status page'):
        dd_run_check(check)
    aggregator.assert_service_check('nginx.can_connect', AgentCheck.CRITICAL, tags=TAGS, count=1)


def test_requires_the_status_url():
    with pytest.raises(ConfigurationError, match='nginx_status_url is required'):
        NginxCheck('nginx', {}, [{}])
