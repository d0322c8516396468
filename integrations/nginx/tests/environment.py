# Rendered from ci/env.yaml by `nx lint nginx --fix`: edit ci/env.yaml, not this file.
"""The services of ci/env.yaml for pytest, as the dd_environment fixture.

Under nx test, the plugin has started them and set DD_ENV_SERVICES, DD_ENV_<SERVICE>_HOST and
DD_ENV_<SERVICE>_PORT_<port>: the fixture uses them. Under ddev test, the fixture starts them with
docker compose (tests/docker/docker-compose.yaml), waits for the same readiness conditions, runs
the same before_script, publishes the same variables, and removes the services when the session
ends, whatever happens; killed outright, it leaves a compose project named after its process,
which the next nx run sweeps.
"""

import hashlib
import os
import re
import socket
import subprocess
import time
import urllib.request

import pytest

HERE = os.path.dirname(os.path.abspath(__file__))
COMPOSE_FILE = os.path.join(HERE, 'docker', 'docker-compose.yaml')
INTEGRATION_ROOT = os.path.dirname(HERE)
INTEGRATION = 'nginx'
DEFAULT_FLAVOR = '1.22'
# flavor variable: (environment variable, value in the default flavor)
VARIABLES = {
    'suite': ('DD_ENV_VAR_SUITE', 'bookworm'),
}
# service: its published container ports
PORTS = {
    'nginx': [80, 8080],
}
BUILDS = True
# (service, kind, argument, timeout in seconds, line of ci/env.yaml), waited for in this order
READY = [
    ('nginx', 'http', [8080, '/nginx_status'], 60, 21),
]
RETRIES = 0
# (service, or None for the host, command, line of ci/env.yaml), run once the services are ready
BEFORE_SCRIPT = [
    (
        None,
        [
            'python3',
            '-c',
            "import urllib.request as u; [u.urlopen('http://${nginx.host}:${nginx.port.80}/').read() for _ in range(3)]",  # noqa: E501
        ],
        27,
    ),
]
INSTANCE = {
    'nginx_status_url': 'http://${nginx.host}:${nginx.port.8080}/nginx_status',
    'tags': ['flavor:${flavor}'],
}


@pytest.fixture(scope='session')
def dd_environment():
    """The instance of the check section of ci/env.yaml, once the services are up and ready."""
    endpoints = _attached_endpoints()
    if endpoints is not None:
        yield _instance(endpoints)
        return
    # imported here, so that the module's imports sort alike under every isort section setting
    from datadog_checks.dev import docker_run

    project = {'COMPOSE_PROJECT_NAME': os.environ.get('COMPOSE_PROJECT_NAME') or _project_name()}
    with docker_run(COMPOSE_FILE, build=BUILDS, conditions=[_Ready()], attempts=RETRIES + 1, env_vars=project):
        yield _instance(_compose_endpoints())


def _project_name():
    """A compose project named after this process, as nx names its own: if it is killed, nx sweeps the services."""
    try:
        with open('/proc/self/stat') as stat:
            fields = stat.read()
        start = fields[fields.rindex(')') + 2 :].split(' ')[19]
    except (OSError, ValueError, IndexError):
        start = ''
    host = hashlib.sha256(socket.gethostname().encode()).hexdigest()[:8]
    what = re.sub(r'[^a-z0-9_-]+', '-', INTEGRATION.lower())
    return 'ddplugin-{}-{}-{}-{}'.format(host, os.getpid(), start, what)


def _attached_endpoints():
    """The endpoints of the services nx started (it names them in DD_ENV_SERVICES), else None."""
    if 'DD_ENV_SERVICES' not in os.environ:
        return None
    endpoints = {}
    for service, ports in PORTS.items():
        part = _env_part(service)
        names = ['DD_ENV_{}_HOST'.format(part)] + ['DD_ENV_{}_PORT_{}'.format(part, port) for port in ports]
        missing = [name for name in names if not os.environ.get(name)]
        if missing:
            raise RuntimeError(
                '{}: DD_ENV_SERVICES is set but {} is not: run the tests with nx test, '
                'or unset DD_ENV_SERVICES to let the fixture start the services'.format(INTEGRATION, missing[0])
            )
        endpoints[service] = (os.environ[names[0]], {port: os.environ[name] for port, name in zip(ports, names[1:])})
    return endpoints


def _compose_endpoints():
    endpoints = {}
    for service, ports in PORTS.items():
        published = {}
        for port in ports:
            address = _compose('port', service, str(port)).strip().splitlines()[0]
            published[port] = address.rsplit(':', 1)[1]
        endpoints[service] = ('127.0.0.1', published)
    return endpoints


class _Ready:
    """Waits for each readiness condition, runs before_script, and publishes the endpoints."""

    def __call__(self):
        endpoints = _compose_endpoints()
        for service, kind, argument, timeout, line in READY:
            _wait(service, kind, argument, timeout, line, endpoints)
        values = _values(endpoints)
        for service, command, line in BEFORE_SCRIPT:
            _run_step(service, [_substitute(part, values) for part in command], line)
        for service, (host, published) in endpoints.items():
            os.environ['DD_ENV_{}_HOST'.format(_env_part(service))] = host
            for port, host_port in published.items():
                os.environ['DD_ENV_{}_PORT_{}'.format(_env_part(service), port)] = host_port


def _wait(service, kind, argument, timeout, line, endpoints):
    deadline = time.monotonic() + timeout
    while True:
        if _compose('ps', '--status', 'exited', '--quiet', service).strip():
            raise RuntimeError(
                '{}: the container of {} exited (ci/env.yaml line {})'.format(INTEGRATION, service, line)
            )
        if _probe(service, kind, argument, endpoints):
            return
        if time.monotonic() >= deadline:
            raise RuntimeError(
                '{}: {} was not ready after {} s: {} {!r} (ci/env.yaml line {})'.format(
                    INTEGRATION, service, timeout, kind, argument, line
                )
            )
        time.sleep(0.5)


def _probe(service, kind, argument, endpoints):
    if kind == 'log':
        return re.search(argument, _compose('logs', '--no-color', '--no-log-prefix', service), re.M) is not None
    if kind == 'command':
        return _compose_exec(service, argument).returncode == 0
    host, published = endpoints[service]
    port = int(published[argument[0] if kind == 'http' else argument])
    try:
        if kind == 'http':
            with urllib.request.urlopen('http://{}:{}{}'.format(host, port, argument[1]), timeout=2) as response:
                return 200 <= response.status < 300
        with socket.create_connection((host, port), timeout=2) as connection:
            # the userland proxy accepts before the service listens, then closes: an open connection is the service
            connection.settimeout(0.15)
            try:
                return connection.recv(1) != b''
            except socket.timeout:
                return True
    except OSError:
        return False


def _run_step(service, command, line):
    if service is None:
        result = subprocess.run(command, cwd=INTEGRATION_ROOT, capture_output=True, text=True)
    else:
        result = _compose_exec(service, command)
    if result.returncode != 0:
        raise RuntimeError(
            '{}: before_script step (ci/env.yaml line {}) exited with {}: {}'.format(
                INTEGRATION, line, result.returncode, (result.stdout + result.stderr).strip()[-500:]
            )
        )


def _values(endpoints):
    values = {'flavor': os.environ.get('DD_ENV_FLAVOR', DEFAULT_FLAVOR), 'integration': INTEGRATION}
    for name, (variable, default) in VARIABLES.items():
        values[name] = os.environ.get(variable, default)
    for service, (host, published) in endpoints.items():
        values['{}.host'.format(service)] = host
        for port, host_port in published.items():
            values['{}.port.{}'.format(service, port)] = host_port
    return values


def _instance(endpoints):
    values = _values(endpoints)

    def resolve(value):
        if isinstance(value, dict):
            return {key: resolve(item) for key, item in value.items()}
        if isinstance(value, list):
            return [resolve(item) for item in value]
        if isinstance(value, str):
            resolved = _substitute(value, values)
            # a string that becomes a whole number (a published port) becomes a number, as checks expect
            return int(resolved) if resolved != value and resolved.isdigit() else resolved
        return value

    return resolve(INSTANCE)


def _substitute(text, values):
    return re.sub(
        r'\$(\$)?\{([^}]*)\}',
        lambda m: m.group(0)[1:] if m.group(1) else values.get(m.group(2), m.group(0)),
        text,
    )


def _env_part(name):
    return re.sub(r'[^A-Z0-9]+', '_', name.upper())


def _compose(*args):
    return subprocess.run(
        ['docker', 'compose', '-f', COMPOSE_FILE, *args], capture_output=True, text=True, check=True
    ).stdout


def _compose_exec(service, command):
    return subprocess.run(
        ['docker', 'compose', '-f', COMPOSE_FILE, 'exec', '-T', service, *command], capture_output=True, text=True
    )
