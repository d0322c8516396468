import os

import pytest

TAGS = ['test:redis']


@pytest.fixture
def instance():
    """An instance for unit tests: nothing listens there, the client is replaced."""
    return {'host': 'localhost', 'port': 6379, 'tags': list(TAGS)}


@pytest.fixture
def live_instance():
    """An instance pointing at the Redis of the running environment (see ci/env.yaml).

    `nx test redis` starts the environment and sets DD_ENV_REDIS_HOST / DD_ENV_REDIS_PORT_6379;
    by hand: `nx run redis:install`, then export the variables it prints.
    """
    host = os.environ.get('DD_ENV_REDIS_HOST')
    port = os.environ.get('DD_ENV_REDIS_PORT_6379')
    if not host or not port:
        pytest.fail(
            'integration tests need the Redis environment: DD_ENV_REDIS_HOST and DD_ENV_REDIS_PORT_6379 are not set '
            '(run `nx run redis:install` and export the variables it prints, or run only unit tests with `-m unit`)'
        )
    return {'host': host, 'port': int(port), 'tags': list(TAGS)}


@pytest.fixture
def flavor():
    """The flavor under test (`7.0`), or None outside a flavored run."""
    return os.environ.get('DD_ENV_FLAVOR')
