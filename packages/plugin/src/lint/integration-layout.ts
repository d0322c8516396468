import type { IntegrationSource } from './diagnostic';

/** Where an integration keeps each file, in the guide's flat layout or the package layout. */
export interface IntegrationLayout {
  manifest: string;
  metadata: string;
  readme: string;
  /** The conf.yaml.example in use, if any. */
  confExample?: string;
}

/** Candidate locations of conf.yaml.example, package layout first. */
export function confExampleCandidates(module: string): string[] {
  return [`datadog_checks/${module}/data/conf.yaml.example`, 'conf.yaml.example'];
}

/** Finds each known file of an integration among the files that were read. */
export function locateFiles(source: IntegrationSource): IntegrationLayout {
  const module = source.name.replace(/-/g, '_');
  return {
    manifest: 'manifest.json',
    metadata: 'metadata.csv',
    readme: 'README.md',
    confExample: confExampleCandidates(module).find((path) => path in source.files),
  };
}
