"""Runs an integration's check once, through the real datadog-checks-base, and prints as JSON what
it collected: metrics with values and tags, service checks, events, and the check's error if any.

    python -m dd_run_check <datadog_checks module> <instance JSON> [<init_config JSON>]

Used by the `check` target of @dd/plugin: the guide's "Validation" step, without an Agent.
"""

import importlib
import inspect
import json
import sys


def find_check_class(module_name):
    module = importlib.import_module(module_name)
    from datadog_checks.base import AgentCheck

    candidates = [
        value
        for value in vars(module).values()
        if inspect.isclass(value) and issubclass(value, AgentCheck) and value.__module__.startswith(module_name)
    ]
    if not candidates:
        raise SystemExit('{} exports no AgentCheck subclass'.format(module_name))
    return candidates[0]


def collect(check_class, name, instance, init_config):
    from datadog_checks.base.stubs import aggregator

    aggregator.reset()
    check = check_class(name, init_config, [instance])
    error = check.run()
    metrics = [
        {'name': m.name, 'type': aggregator.METRIC_ENUM_MAP_REV.get(m.type, str(m.type)), 'value': m.value, 'tags': sorted(m.tags)}
        for metric_name in sorted(aggregator._metrics)
        for m in aggregator._metrics[metric_name]
    ]
    service_checks = [
        {'name': sc.name, 'status': sc.status, 'tags': sorted(sc.tags), 'message': sc.message or ''}
        for sc_name in sorted(aggregator._service_checks)
        for sc in aggregator._service_checks[sc_name]
    ]
    events = [{'title': e.get('msg_title', ''), 'text': e.get('msg_text', ''), 'tags': e.get('tags') or []} for e in aggregator.events]
    return {'metrics': metrics, 'service_checks': service_checks, 'events': events, 'error': error or ''}


def main(argv):
    module_name, instance_json = argv[1], argv[2]
    init_config = json.loads(argv[3]) if len(argv) > 3 else {}
    check_class = find_check_class(module_name)
    result = collect(check_class, module_name.rsplit('.', 1)[-1], json.loads(instance_json), init_config)
    result['check_class'] = check_class.__name__
    print(json.dumps(result, default=str))


if __name__ == '__main__':
    main(sys.argv)
