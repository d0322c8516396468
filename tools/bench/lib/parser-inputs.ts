import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { decodeText, listFiles } from '@dd/plugin/src/adapters/read-integration-source';

/** One file a parser is measured on, decoded as lint decodes it. */
export interface ParserInput {
  /** Where it comes from, for the list of disagreements: `corpus:good/x/manifest.json`. */
  label: string;
  text: string;
}

/** The JSON and CSV files of a set of folders. */
export interface ParserInputs {
  json: ParserInput[];
  csv: ParserInput[];
  /** Files that are not UTF-8 text: lint reports them without parsing them. */
  notText: number;
}

function read(root: string, path: string, source: string, into: ParserInputs): void {
  const text = decodeText(readFileSync(join(root, path)));
  if (text === undefined) {
    into.notText++;
    return;
  }
  const input = { label: `${source}:${path}`, text };
  if (path.endsWith('.json')) into.json.push(input);
  else into.csv.push(input);
}

/**
 * Every `.json` and `.csv` file of the validator corpus: the manifests, assets and metadata.csv of
 * good/, the `before`/`after` files of bad/ (real mistakes, the fix, and the manifest of the time).
 */
export function corpusInputs(root: string): ParserInputs {
  const inputs: ParserInputs = { json: [], csv: [], notText: 0 };
  for (const path of listFiles(root).sort()) {
    if (/\.(json|csv)$/.test(path)) read(root, path, 'corpus', inputs);
  }
  return inputs;
}

/** True for the files of an integration that lint parses as JSON or CSV. */
function isParsedFile(path: string): boolean {
  return path === 'manifest.json' || path === 'metadata.csv' || /^assets\/.+\.json$/.test(path);
}

/**
 * Every integration of an integrations-extras working tree (a top-level folder with a
 * manifest.json): its manifest.json, its JSON assets and its metadata.csv.
 */
export function extrasInputs(root: string): ParserInputs {
  const inputs: ParserInputs = { json: [], csv: [], notText: 0 };
  const names = readdirSync(root, { withFileTypes: true })
    .filter((e) => e.isDirectory() && existsSync(join(root, e.name, 'manifest.json')))
    .map((e) => e.name)
    .sort();
  for (const name of names) {
    const folder = join(root, name);
    for (const path of listFiles(folder).sort()) {
      if (isParsedFile(path)) read(root, relative(root, join(folder, path)), 'extras', inputs);
    }
  }
  return inputs;
}
