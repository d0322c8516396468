/** Candidate locations of conf.yaml.example, package layout first, then the guide's flat layout. */
export function confExampleCandidates(module: string): string[] {
  return [`datadog_checks/${module}/data/conf.yaml.example`, 'conf.yaml.example'];
}

/**
 * True for a file of a check's generated `config_models/` (`datadog_checks/<check>/config_models/*.py`):
 * read for the models comparison, and left out of the rules that search the check's own code.
 */
export function isConfigModel(path: string): boolean {
  return /^datadog_checks\/[^/]+\/config_models\/[^/]+\.py$/.test(path);
}
