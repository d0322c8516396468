import os
import urllib.request

import pytest

from datadog_checks.base import AgentCheck
from datadog_checks.nginx import NginxCheck

pytestmark = pytest.mark.integration


def requests_total(aggregator):
    return [m.value for m in aggregator.metrics('nginx.net.request_per_s')][-1]


def test_collects_from_a_live_nginx(aggregator, dd_run_check, live_instance):
    dd_run_check(NginxCheck('nginx', {}, [live_instance]))

    aggregator.assert_service_check('nginx.can_connect', AgentCheck.OK, count=1)
    for metric in ('nginx.net.connections', 'nginx.net.waiting', 'nginx.net.conn_opened_per_s'):
        aggregator.assert_metric(metric, count=1)
    aggregator.assert_metric('nginx.net.request_per_s', count=1)
    # the check's own request is active while the page is rendered
    assert [m.value for m in aggregator.metrics('nginx.net.connections')][0] >= 1


def test_counts_the_requests_sent_to_the_site(aggregator, dd_run_check, live_instance, site_url):
    dd_run_check(NginxCheck('nginx', {}, [live_instance]))
    before = requests_total(aggregator)
    assert before >= 4, 'before_script of ci/env.yaml sends three requests, and the check one'

    for _ in range(5):
        urllib.request.urlopen(site_url).read()
    aggregator.reset()
    dd_run_check(NginxCheck('nginx', {}, [live_instance]))
    assert requests_total(aggregator) == before + 6, 'five requests to the site and one to the status page'


def test_reports_the_version_of_the_flavor(datadog_agent, dd_run_check, live_instance):
    check = NginxCheck('nginx', {}, [live_instance])
    check.check_id = 'nginx:live'
    dd_run_check(check)

    server = urllib.request.urlopen(live_instance['nginx_status_url']).headers['Server']
    version = server.split('/', 1)[1]
    datadog_agent.assert_metadata('nginx:live', {'version.raw': version})
    flavor = os.environ.get('DD_ENV_FLAVOR')
    if flavor:
        # Flavors are named after the NGINX major.minor their Debian suite ships (ci/env.yaml).
        assert version.startswith(flavor + '.'), 'flavor {} runs NGINX {}'.format(flavor, version)


def test_reports_critical_for_a_closed_port(aggregator, dd_run_check, live_instance):
    closed = dict(live_instance, nginx_status_url='http://127.0.0.1:1/nginx_status', timeout=1)

    with pytest.raises(Exception):
        dd_run_check(NginxCheck('nginx', {}, [closed]))

    aggregator.assert_service_check('nginx.can_connect', AgentCheck.CRITICAL, count=1)
