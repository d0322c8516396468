import type { WorkflowOptions } from './normalize-options';

/** The actions the workflows use, pinned in one place. */
export const ACTIONS = {
  checkout: 'actions/checkout@v4',
  setupNode: 'actions/setup-node@v4',
  setupPython: 'actions/setup-python@v5',
  nxSetShas: 'nrwl/nx-set-shas@v5',
  cacheRestore: 'actions/cache/restore@v4',
  cacheSave: 'actions/cache/save@v4',
  uploadArtifact: 'actions/upload-artifact@v4',
  downloadArtifact: 'actions/download-artifact@v4',
} as const;

/** A step of a job, as data (the generator serialises workflows with the yaml package). */
export type Step = Record<string, unknown>;

/** The whole history: Nx compares the change with its base. */
export function checkoutWithHistory(): Step {
  return { uses: ACTIONS.checkout, with: { filter: 'tree:0', 'fetch-depth': 0 } };
}

export function checkout(): Step {
  return { uses: ACTIONS.checkout };
}

export function setupNode(o: WorkflowOptions): Step {
  return { uses: ACTIONS.setupNode, with: { 'node-version': o.nodeVersion, cache: 'npm' } };
}

export function installNodePackages(): Step {
  return { name: 'Install Node packages', run: 'npm ci' };
}

export function setBaseAndHead(o: WorkflowOptions): Step {
  return {
    name: 'Base and head of the change (NX_BASE, NX_HEAD)',
    uses: ACTIONS.nxSetShas,
    with: { 'main-branch-name': o.mainBranch },
  };
}

export function setupPython(o: WorkflowOptions): Step {
  return { uses: ACTIONS.setupPython, with: { 'python-version': o.pythonVersion } };
}

export function showDockerEngine(): Step {
  return { name: 'Docker engine', run: 'docker info --format "Docker {{.ServerVersion}}"' };
}

/** The workflow's triggers, rights and run grouping, the same for every distribution. */
export function workflowHeader(o: WorkflowOptions) {
  return {
    on: { pull_request: {}, push: { branches: [o.mainBranch] } },
    // nx-set-shas reads the workflow's past runs to find the last successful commit.
    permissions: { actions: 'read', contents: 'read' },
    concurrency: { group: '${{ github.workflow }}-${{ github.ref }}', 'cancel-in-progress': true },
    // Nx's remote cache: with the secret set, every job shares task results; without, each job
    // caches locally. Docker environments follow DOCKER_HOST when a team sets it on the runners.
    env: { NX_CLOUD_ACCESS_TOKEN: '${{ secrets.NX_CLOUD_ACCESS_TOKEN }}' },
  };
}
