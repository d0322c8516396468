import os

import pytest

from . import environment

# the services of ci/env.yaml: tests/environment.py is rendered from it
dd_environment = environment.dd_environment

TAGS = ['test:nginx']


@pytest.fixture
def instance():
    """An instance for unit tests: nothing listens there, the HTTP call is replaced."""
    return {'nginx_status_url': 'http://localhost:8080/nginx_status', 'tags': list(TAGS)}


@pytest.fixture
def live_instance(dd_environment):
    """An instance pointing at the NGINX of the running environment (see ci/env.yaml).

    `nx test nginx` starts the environment; `ddev test nginx` has dd_environment start it with
    docker compose. Both set DD_ENV_NGINX_HOST, DD_ENV_NGINX_PORT_80 and DD_ENV_NGINX_PORT_8080.
    """
    return {'nginx_status_url': dd_environment['nginx_status_url'], 'tags': list(TAGS)}


@pytest.fixture
def site_url(dd_environment):
    """The site NGINX serves in the environment, to send requests to."""
    return 'http://{}:{}/'.format(os.environ['DD_ENV_NGINX_HOST'], os.environ['DD_ENV_NGINX_PORT_80'])
