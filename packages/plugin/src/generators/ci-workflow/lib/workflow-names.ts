/** The names one workflow's files, artifacts and cache entries share, derived from `--name`. */
export function workflowNames(name: string) {
  return {
    workflowFile: `.github/workflows/${name}.yml`,
    batchFile: `.github/workflows/${name}-batch.yml`,
    /** How the main workflow calls the batch workflow (a local reusable workflow). */
    batchUses: `./.github/workflows/${name}-batch.yml`,
    planArtifact: `${name}-plan`,
    timingsArtifactPrefix: `${name}-timings-`,
    reportsArtifactPrefix: `${name}-reports-`,
    timingsCachePrefix: `${name}-task-timings-`,
  };
}
