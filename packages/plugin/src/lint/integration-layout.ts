/** Candidate locations of conf.yaml.example, package layout first, then the guide's flat layout. */
export function confExampleCandidates(module: string): string[] {
  return [`datadog_checks/${module}/data/conf.yaml.example`, 'conf.yaml.example'];
}
