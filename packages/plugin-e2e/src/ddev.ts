import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { EXTRAS_VALIDATORS } from '@dd/plugin/src/lint/policy/upstream-validators';
import { runOk } from './run';

/** The ddev the end-to-end tests take as the oracle of Datadog's CI. */
export const DDEV_VERSION = '20.1.0';

/**
 * The validators integrations-extras' `.github/workflows/validate.yml` turns on, and dashboards
 * and service-checks, which concern the files some kinds have.
 */
export const DDEV_VALIDATORS: readonly string[] = [...EXTRAS_VALIDATORS, 'dashboards', 'service-checks'];

/** Validators that judge the whole repository (its CI files), not one integration. */
export const REPOSITORY_WIDE_VALIDATORS = new Set(['ci', 'codeowners']);

/**
 * Datadog's CI files of an integrations-extras with no integration yet, as the repository has
 * them: CODEOWNERS, the head of test-all.yml (whose jobs `ddev validate ci --sync` keeps) and a
 * test-all-windows.yml without jobs.
 */
export const EXTRAS_CI_FILES: Record<string, string> = {
  '.github/CODEOWNERS': '# Integrations\n',
  '.github/workflows/test-all.yml': `name: Test all

on:
  workflow_call:
    inputs:
      repo:
        required: true
        type: string
      python-version:
        required: false
        default: "3.13"
        type: string

jobs: {}
`,
  '.github/workflows/test-all-windows.yml': '\n\njobs: {}\n',
};

export const DDEV_HOW_TO =
  'install Python 3.13 (python3.13 on the PATH, or under pyenv), or set DD_PYTHON313 to its interpreter';

function answers(python: string): boolean {
  const probe = spawnSync(python, ['-c', 'import sys; print(sys.version_info[:2] == (3, 13))'], {
    encoding: 'utf8',
    timeout: 30_000,
  });
  return probe.status === 0 && probe.stdout.trim() === 'True';
}

/**
 * The Python 3.13 ddev 20.1 needs (on older Pythons pip finds only ddev 14.4): DD_PYTHON313,
 * else `python3.13` on the PATH, else pyenv's newest 3.13; undefined when there is none.
 */
export function findPython313(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const pyenvRoot = env.PYENV_ROOT || join(homedir(), '.pyenv');
  const pyenv = existsSync(join(pyenvRoot, 'versions'))
    ? readdirSync(join(pyenvRoot, 'versions'))
        .filter((v) => /^3\.13\.\d+$/.test(v))
        .sort((a, b) => Number(b.split('.')[2]) - Number(a.split('.')[2]))
        .map((v) => join(pyenvRoot, 'versions', v, 'bin', 'python3.13'))
    : [];
  const candidates = [env.DD_PYTHON313, 'python3.13', ...pyenv].filter((c): c is string => !!c);
  return candidates.find(answers);
}

/** A ddev installed for one test workspace: its executable and the configuration pointing it at the workspace. */
export interface Ddev {
  bin: string;
  /** Environment variables that point ddev at the workspace as its integrations-extras. */
  env: Record<string, string>;
}

/**
 * Installs ddev from the package index into `<root>/.dd/tools/ddev-<version>` (a venv on Python
 * 3.13) and writes a ddev configuration in which `<repository>` is integrations-extras.
 */
export function installDdev(root: string, repository: string, python: string): Ddev {
  const venv = join(root, '.dd', 'tools', `ddev-${DDEV_VERSION}`);
  runOk(python, ['-m', 'venv', venv], root);
  runOk(
    join(venv, 'bin', 'python'),
    ['-m', 'pip', 'install', '--quiet', '--disable-pip-version-check', `ddev==${DDEV_VERSION}`],
    root,
  );
  return {
    bin: join(venv, 'bin', 'ddev'),
    env: { ...ddevConfigEnv(venv, repository), PATH: `${join(venv, 'bin')}:${process.env.PATH ?? ''}` },
  };
}

/** ddev for an end-to-end test workspace, on the machine's Python 3.13 (the test runner leaves the file out without one). */
export function installDdevForTest(root: string): Ddev {
  const python = findPython313();
  if (!python) throw new Error('no Python 3.13: the test runner should have left this file out');
  return installDdev(root, root, python);
}

/**
 * Writes, into `dir`, a ddev configuration in which `repository` is integrations-extras (without
 * the upgrade check, which would reach the network), and the variables that select it.
 */
export function ddevConfigEnv(dir: string, repository: string): Record<string, string> {
  mkdirSync(dir, { recursive: true });
  const config = join(dir, 'config.toml');
  writeFileSync(config, `repo = "extras"\nupgrade_check = false\n\n[repos]\nextras = ${JSON.stringify(repository)}\n`);
  return { DDEV_CONFIG: config, NO_COLOR: '1' };
}
