import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeText, readIntegrationSource } from '../../adapters/read-integration-source';
import { corpusDir, hasCorpus } from '../../../test-requirements';
import type { IntegrationSource } from '../integration-source';

/** Where the shared corpus is looked for (`DD_CORPUS`, else beside the repository), whether or not it is there. */
export function corpusLocation(): string {
  return corpusDir();
}

/**
 * The shared corpus of real integrations: `DD_CORPUS`, else beside the repository
 * (`<repo>/../shared/corpus`), where CI clones the repository next to a copy of `shared/`. The unit
 * tests' Jest configuration leaves the corpus specs out, saying so, when there is none.
 */
export function corpusRoot(): string {
  const root = corpusLocation();
  if (!hasCorpus(root)) {
    throw new Error(`the validator corpus is missing: expected ${root}/good and ${root}/bad beside the repository (shared/corpus)`);
  }
  return root;
}

/** Every integration of corpus/good, read as the lint executor reads a folder. */
export function goodIntegrations(root = corpusRoot()): IntegrationSource[] {
  return readdirSync(join(root, 'good'))
    .sort()
    .map((name) => readIntegrationSource(join(root, 'good', name)));
}

/** One real upstream mistake: the integration as it was (`before`) and after the fix. */
export interface BadCase {
  id: string;
  /** The file of the integration the case is about, e.g. `metadata.csv`. */
  file: string;
  defect: string;
  before: IntegrationSource;
  after: IntegrationSource;
}

function read(path: string): string {
  const text = decodeText(readFileSync(path));
  if (text === undefined) throw new Error(`${path} is not UTF-8 text`);
  return text;
}

/** Reads every case of corpus/bad into two in-memory integrations. */
export function badCases(root = corpusRoot()): BadCase[] {
  return readdirSync(join(root, 'bad'))
    .sort()
    .map((id) => {
      const dir = join(root, 'bad', id);
      const [, , upstreamPath, defect] = read(join(dir, 'SOURCE.tsv')).trim().split('\t');
      const name = upstreamPath.split('/')[0];
      const build = (stage: 'before' | 'after'): IntegrationSource => {
        const files: Record<string, string> = {};
        const notText: string[] = [];
        const put = (target: string, source: string) => {
          const text = decodeText(readFileSync(join(dir, source)));
          if (text === undefined) notText.push(target);
          else files[target] = text;
        };
        if (id.startsWith('J')) put('manifest.json', `${stage}.json`);
        if (id.startsWith('M')) {
          put('metadata.csv', `${stage}.csv`);
          put('manifest.json', 'manifest.json');
        }
        if (id.startsWith('C')) {
          put('assets/configuration/spec.yaml', `${stage}.spec.yaml`);
          put(`datadog_checks/${name}/data/conf.yaml.example`, `${stage}.conf.yaml.example`);
        }
        return { name, files, notText };
      };
      const file = id.startsWith('J') ? 'manifest.json' : id.startsWith('M') ? 'metadata.csv' : 'conf';
      return { id, file, defect, before: build('before'), after: build('after') };
    });
}
