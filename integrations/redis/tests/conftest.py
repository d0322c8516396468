import os

import pytest

from . import environment

# the services of ci/env.yaml: tests/environment.py is rendered from it
dd_environment = environment.dd_environment

TAGS = ['test:redis']


@pytest.fixture
def instance():
    """An instance for unit tests: nothing listens there, the client is replaced."""
    return {'host': 'localhost', 'port': 6379, 'tags': list(TAGS)}


@pytest.fixture
def live_instance(dd_environment):
    """An instance pointing at the Redis of the running environment (see ci/env.yaml).

    `nx test redis` starts the environment; `ddev test redis` has dd_environment start it with
    docker compose. By hand: `nx run redis:install`, then export the variables it prints.
    """
    return {'host': dd_environment['host'], 'port': dd_environment['port'], 'tags': list(TAGS)}


@pytest.fixture
def flavor():
    """The flavor under test (`7.0`), or None outside a flavored run."""
    return os.environ.get('DD_ENV_FLAVOR')
