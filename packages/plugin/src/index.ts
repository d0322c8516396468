/**
 * @dd/plugin: Nx plugin for Datadog Agent integrations.
 * Project inference lives in plugins/; generators and executors are registered in
 * generators.json and executors.json.
 */
export { createNodesV2 } from './plugins/plugin';
export { createDependencies } from './plugins/create-dependencies';
export { postTasksExecution } from './plugins/post-tasks-execution';
