import os

import pytest

TAGS = ['test:nginx']


@pytest.fixture
def instance():
    """An instance for unit tests: nothing listens there, the HTTP call is replaced."""
    return {'nginx_status_url': 'http://localhost:8080/nginx_status', 'tags': list(TAGS)}


@pytest.fixture
def live_instance():
    """An instance pointing at the NGINX of the running environment (see ci/env.yaml).

    `nx test nginx` starts the environment and sets DD_ENV_NGINX_HOST and DD_ENV_NGINX_PORT_8080.
    """
    host = os.environ.get('DD_ENV_NGINX_HOST')
    port = os.environ.get('DD_ENV_NGINX_PORT_8080')
    if not host or not port:
        pytest.fail(
            'integration tests need the NGINX environment: DD_ENV_NGINX_HOST and DD_ENV_NGINX_PORT_8080 are not set '
            '(run `nx run nginx:install` and export the variables it prints, or run only unit tests with `-m unit`)'
        )
    return {'nginx_status_url': 'http://{}:{}/nginx_status'.format(host, port), 'tags': list(TAGS)}


@pytest.fixture
def site_url():
    """The site NGINX serves in the environment, to send requests to."""
    return 'http://{}:{}/'.format(os.environ['DD_ENV_NGINX_HOST'], os.environ['DD_ENV_NGINX_PORT_80'])
