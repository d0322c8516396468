"""pytest plugin of @dd/plugin: records which metrics the tests submitted and asserted.

The aggregator stub of datadog-checks-base keeps the names of asserted metrics until the next
``reset()``, which the ``aggregator`` fixture calls before every test. This plugin collects them
before each reset and at the end of the session, and writes them as JSON for the metric coverage
report, the successor of the guide's ``self.coverage_report()``.
"""

import json
import os

_asserted = set()
_submitted = set()


def pytest_addoption(parser):
    parser.addoption(
        '--dd-metric-coverage',
        default=None,
        metavar='PATH',
        help='write the metric names the tests submitted and asserted to PATH as JSON',
    )


def _harvest(stub):
    _asserted.update(getattr(stub, '_asserted', ()) or ())
    _submitted.update((getattr(stub, '_metrics', None) or {}).keys())


def pytest_configure(config):
    if not config.getoption('--dd-metric-coverage'):
        return
    from datadog_checks.base.stubs.aggregator import AggregatorStub

    original_reset = AggregatorStub.reset

    def reset(self):
        _harvest(self)
        original_reset(self)

    AggregatorStub.reset = reset


def pytest_sessionfinish(session, exitstatus):
    path = session.config.getoption('--dd-metric-coverage')
    if not path:
        return
    from datadog_checks.base.stubs import aggregator

    _harvest(aggregator)
    os.makedirs(os.path.dirname(os.path.abspath(path)), exist_ok=True)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump({'asserted': sorted(_asserted), 'submitted': sorted(_submitted)}, f, indent=2)
