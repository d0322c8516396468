"""Renders the example configuration files and the config models of integrations from their
assets/configuration/spec.yaml with Datadog's own renderers, the ones `ddev validate config` and
`ddev validate models` run, and prints the result as JSON.

    PYTHONPATH=<datadog-checks-dev folder>[:<model generator folder>] python3 render_config_examples.py < integrations.json

Run it in the repository's root: the model generator formats with black and ruff, which read
their settings from the repository's pyproject.toml, as they do under ddev.

stdin: a JSON list of {"name": <check name>, "specPath": <path>, "version": <string or null>,
    "models": <true to render the config models too>}.
stdout: a JSON object {"templates": [<template names>], "modelsUnavailable": <why the model
    generator cannot be loaded, or null>, "results": [one per integration, in order: {
    "errors": [<spec errors>],                    # spec.errors: nothing is rendered when there are any
    "files": {<example file name>: <contents>},   # e.g. conf.yaml.example, auto_conf.yaml
    "renderErrors": {<example file name>: [...]}, # the renderer's own errors for that file
    "models": {<model file name>: <contents>},    # e.g. instance.py, defaults.py, as generated (no header)
    "modelErrors": {<model file name>: [...]},    # the generator's own errors for that file
    "modelsCrash": <what stopped the generator, when it did>,
}]}

Used by the lint target of @dd/plugin. The renderers are not copied into the plugin: they are the
datadog-checks-dev package and the model generator's pinned dependencies, installed from the
package index into the workspace's tool folder, so that the files written and compared are byte
for byte what ddev writes.
"""

import importlib.util
import json
import os
import subprocess
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


class DirectRuff:
    """Runs ruff's binary where upstream runs `sys.executable -m ruff`: the same pinned ruff and the
    same arguments, without starting an interpreter for each of the dozens of files it formats."""

    def __init__(self, binary):
        self.binary = binary

    def run(self, args, **kwargs):
        if list(args[:3]) == [sys.executable, '-m', 'ruff']:
            args = [self.binary, *args[3:]]
        return subprocess.run(args, **kwargs)

    def __getattr__(self, name):
        return getattr(subprocess, name)


def load_model_consumer():
    """Upstream's ModelConsumer, or why it cannot be loaded (the model generator's folder missing)."""
    try:
        from datadog_checks.dev.tooling.configuration.consumers.model import code_formatter
        from datadog_checks.dev.tooling.configuration.consumers.model.model_consumer import ModelConsumer
        from datadog_checks.dev.tooling.constants import set_root

        ruff = importlib.util.find_spec('ruff')
    except Exception as e:
        return None, '{}: {}'.format(type(e).__name__, e)
    if ruff is None or ruff.origin is None:
        return None, 'ruff is not installed beside the model generator'
    binary = os.path.join(os.path.dirname(os.path.dirname(ruff.origin)), 'bin', 'ruff' + ('.exe' if os.name == 'nt' else ''))
    if not os.path.isfile(binary):
        return None, 'no ruff binary at {}'.format(binary)
    # ddev runs the generator with the repository as its root: ruff takes the root's pyproject.toml.
    set_root(os.getcwd())
    code_formatter.subprocess = DirectRuff(binary)
    return ModelConsumer, None


def render_models(item, spec, ModelConsumer):
    """What `ddev validate models` renders for one check: the models of the spec file named after it."""
    models = {}
    errors = {}
    for model_file, (contents, file_errors) in (ModelConsumer(spec.data).render().get(item['name'] + '.yaml') or {}).items():
        models[model_file] = contents
        if file_errors:
            errors[model_file] = list(file_errors)
    return models, errors


def list_templates(templates_dir):
    names = []
    for root, _dirs, files in os.walk(templates_dir):
        for file in files:
            stem, extension = os.path.splitext(file)
            if extension in ('.yaml', '.yml'):
                relative = os.path.relpath(os.path.join(root, stem), templates_dir)
                names.append(relative.replace(os.sep, '/'))
    return sorted(names)


def render_one(item, read_file, ConfigSpec, ExampleConsumer, templates, ModelConsumer):
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
    result = {'errors': [], 'files': files, 'renderErrors': render_errors}
    if item.get('models') and ModelConsumer is not None:
        try:
            result['models'], result['modelErrors'] = render_models(item, spec, ModelConsumer)
        except Exception as e:  # ddev would stop with a traceback here
            result['modelsCrash'] = 'the model generator crashed: {}: {}'.format(type(e).__name__, e)
    return result


def main():
    if sys.version_info < (3, 10):
        sys.exit('datadog-checks-dev needs Python 3.10 or later; this is Python {}.{}'.format(*sys.version_info[:2]))
    read_file, ConfigSpec, ExampleConsumer, templates_dir = load_renderer()
    templates = ConfigSpec('').templates
    items = json.load(sys.stdin)
    ModelConsumer, models_unavailable = (None, None)
    if any(item.get('models') for item in items):
        ModelConsumer, models_unavailable = load_model_consumer()
    results = []
    for item in items:
        try:
            results.append(render_one(item, read_file, ConfigSpec, ExampleConsumer, templates, ModelConsumer))
        except Exception as e:  # a spec that crashes the renderer: ddev would stop with a traceback
            results.append({'errors': ['{}: the renderer crashed: {}: {}'.format(item['name'], type(e).__name__, e)]})
    output = {'templates': list_templates(templates_dir), 'modelsUnavailable': models_unavailable, 'results': results}
    json.dump(output, sys.stdout)


if __name__ == '__main__':
    main()
