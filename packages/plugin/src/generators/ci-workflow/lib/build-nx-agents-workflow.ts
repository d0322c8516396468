import type { WorkflowOptions } from './normalize-options';
import { checkoutWithHistory, installNodePackages, setBaseAndHead, setupNode, workflowHeader } from './workflow-steps';

/**
 * `--distribution=nx-agents`: one job that starts a CI run on Nx Cloud, whose agents (started
 * from the launch template `distributeOn` names, in .nx/workflows/agents.yaml) receive the tasks
 * of `nx affected -t ci` as Nx schedules them, and share results through the remote cache. The
 * order of the steps is Nx's own template's: the CI run starts before the install.
 */
export function buildNxAgentsWorkflow(o: WorkflowOptions) {
  return {
    name: 'CI',
    ...workflowHeader(o),
    jobs: {
      main: {
        name: 'nx affected -t ci on Nx Agents',
        'runs-on': 'ubuntu-latest',
        steps: [
          checkoutWithHistory(),
          {
            name: "Start a CI run whose tasks Nx Cloud's agents execute",
            run: `npx nx-cloud start-ci-run --distribute-on="${o.distributeOn}" --stop-agents-after="ci"`,
          },
          setupNode(o),
          installNodePackages(),
          setBaseAndHead(o),
          {
            name: 'lint, test every flavor, package: what the change affects',
            run: 'npx nx affected -t ci --outputStyle=static',
          },
        ],
      },
    },
  };
}
