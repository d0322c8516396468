"""Renders the example configuration files of integrations from their assets/configuration/spec.yaml
with Datadog's own renderer, the one `ddev validate config` runs, and prints the result as JSON.

    PYTHONPATH=<datadog-checks-dev folder> python3 render_config_examples.py < integrations.json

stdin: a JSON list of {"name": <check name>, "specPath": <path>, "version": <string or null>}.
stdout: a JSON object {"templates": [<template names>], "results": [one per integration, in order: {
    "errors": [<spec errors>],                    # spec.errors: nothing is rendered when there are any
    "files": {<example file name>: <contents>},   # e.g. conf.yaml.example, auto_conf.yaml
    "renderErrors": {<example file name>: [...]}, # the renderer's own errors for that file
}]}

Used by the lint target of @dd/plugin. The renderer is not copied into the plugin: it is the
datadog-checks-dev package installed from the package index into the workspace's tool folder,
so that the examples written and compared are byte for byte what ddev writes.
"""

import importlib.util
import json
import os
import sys
import types


def bare_package(name):
    """Registers a package without running its __init__.py.

    `datadog_checks/dev/__init__.py` imports the test helpers (pytest, requests, tenacity, docker)
    and `consumers/__init__.py` the config-model generator: the renderer needs none of them, only
    PyYAML, so the plugin installs datadog-checks-dev without its dependencies and skips those two.
    """
    spec = importlib.util.find_spec(name)
    if spec is None or spec.submodule_search_locations is None:
        raise ImportError('{} is not installed: {}'.format(name, os.environ.get('PYTHONPATH', '')))
    module = types.ModuleType(name)
    module.__path__ = list(spec.submodule_search_locations)
    module.__spec__ = spec
    sys.modules[name] = module


def load_renderer():
    bare_package('datadog_checks.dev')
    bare_package('datadog_checks.dev.tooling.configuration.consumers')
    from datadog_checks.dev.fs import read_file
    from datadog_checks.dev.tooling.configuration import ConfigSpec
    from datadog_checks.dev.tooling.configuration.consumers.example import ExampleConsumer
    from datadog_checks.dev.tooling.configuration.template import TEMPLATES_DIR

    return read_file, ConfigSpec, ExampleConsumer, TEMPLATES_DIR


def list_templates(templates_dir):
    names = []
    for root, _dirs, files in os.walk(templates_dir):
        for file in files:
            stem, extension = os.path.splitext(file)
            if extension in ('.yaml', '.yml'):
                relative = os.path.relpath(os.path.join(root, stem), templates_dir)
                names.append(relative.replace(os.sep, '/'))
    return sorted(names)


def render_one(item, read_file, ConfigSpec, ExampleConsumer, templates):
    """What `ddev validate config` does for one check, up to the comparison with the files on disk."""
    try:
        contents = read_file(item['specPath'])
    except Exception as e:  # not UTF-8, unreadable: ddev stops with a traceback here
        return {'errors': ['{}: Unable to read the configuration specification: {}'.format(item['name'], e)]}
    spec = ConfigSpec(contents, source=item['name'], version=item.get('version'))
    # One ConfigTemplates for every spec of the run: upstream's own cache of parsed templates,
    # which hands out deep copies, so sharing it changes no result (checked on integrations-extras);
    # it saves parsing the same template files again for each spec, most of the time of a batch.
    spec.templates = templates
    spec.load()
    if spec.errors:
        return {'errors': list(spec.errors)}
    files = {}
    render_errors = {}
    for example_file, (text, errors) in ExampleConsumer(spec.data).render().items():
        files[example_file] = text
        if errors:
            render_errors[example_file] = list(errors)
    return {'errors': [], 'files': files, 'renderErrors': render_errors}


def main():
    if sys.version_info < (3, 10):
        sys.exit('datadog-checks-dev needs Python 3.10 or later; this is Python {}.{}'.format(*sys.version_info[:2]))
    read_file, ConfigSpec, ExampleConsumer, templates_dir = load_renderer()
    templates = ConfigSpec('').templates
    results = []
    for item in json.load(sys.stdin):
        try:
            results.append(render_one(item, read_file, ConfigSpec, ExampleConsumer, templates))
        except Exception as e:  # a spec that crashes the renderer: ddev would stop with a traceback
            results.append({'errors': ['{}: the renderer crashed: {}: {}'.format(item['name'], type(e).__name__, e)]})
    json.dump({'templates': list_templates(templates_dir), 'results': results}, sys.stdout)


if __name__ == '__main__':
    main()
