/**
 * Our hand-written JSON and CSV parsers beside the well-kept libraries that do the same job
 * (jsonc-parser, csv-parse), on real files:
 *
 *   [DD_CORPUS=<corpus>] [DD_INTEGRATIONS_EXTRAS=<clone>] node -r @swc-node/register tools/bench/parsers.ts [runs]
 *
 * Files: every .json and .csv of the validator corpus (good/ and bad/; DD_CORPUS, else
 * shared/corpus beside the repository) and, when DD_INTEGRATIONS_EXTRAS names a clone of
 * DataDog/integrations-extras, every integration's manifest.json, JSON assets and metadata.csv.
 * Prints, per parser and set of files:
 * - precision: the files where the two disagree on the verdict (accepted or rejected), on the
 *   place of the error, on the values (records), and on the place of values and keys (the line a
 *   record starts on), with the first few of each;
 * - speed: the parse of every file, CPU time, median of `runs` rounds (default 21) taken in turns, and the
 *   ratio library / ours; for the JSON library also with its tree turned into ours, and for CSV
 *   the library reading bare records beside the same with the lines and quoting the rules need.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { extrasSnapshot } from '@dd/plugin-e2e/src/extras-workspace';
import { repoRoot } from '@dd/plugin-e2e/src/workspace-copy';
import { parseJson } from '@dd/plugin/src/lint/json/parse-json';
import { parseCsv } from '@dd/plugin/src/metadata/parse-csv';
import {
  parseWithLibrary as parseCsvWithLibrary,
  parseRecordsWithLibrary,
  compareCsvParsers,
} from './lib/compare-csv-parsers';
import { buildTreeWithLibrary, compareJsonParsers } from './lib/compare-json-parsers';
import { corpusInputs, extrasInputs, type ParserInput, type ParserInputs } from './lib/parser-inputs';
import { csvSpecCases, jsonSpecCases, type SpecCase } from './lib/spec-cases';
import { disagreements, type Tally } from './lib/tally';
import { interleavedCpuMediansMs } from './timing';
import { parseTree } from 'jsonc-parser';

const SHOWN = 4;

function libraryVersion(name: string): string {
  const pkg = JSON.parse(readFileSync(join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as {
    version: string;
  };
  return `${name} ${pkg.version}`;
}

function size(inputs: ParserInput[]): string {
  return `${(inputs.reduce((sum, i) => sum + i.text.length, 0) / 1e6).toFixed(2)} MB`;
}

const each = (inputs: ParserInput[], parse: (text: string) => unknown) => () => {
  for (const { text } of inputs) parse(text);
};

function jsonTimes(inputs: ParserInput[], runs: number) {
  return interleavedCpuMediansMs(runs, {
    ours: each(inputs, parseJson),
    library: each(inputs, (text) => parseTree(text, [], { disallowComments: true })),
    adapted: each(inputs, buildTreeWithLibrary),
  });
}

function csvTimes(inputs: ParserInput[], runs: number) {
  return interleavedCpuMediansMs(runs, {
    ours: each(inputs, parseCsv),
    library: each(inputs, parseRecordsWithLibrary),
    adapted: each(inputs, parseCsvWithLibrary),
  });
}

interface Row {
  parser: string;
  set: string;
  inputs: ParserInput[];
  tally: Tally;
  times: { ours: number; library: number; adapted: number };
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const cells = (values: (string | number)[], widths: number[]) =>
  values.map((v, i) => (i < 2 ? String(v).padEnd(widths[i]) : String(v).padStart(widths[i]))).join('  ');

function printTable(rows: Row[]): void {
  const widths = [5, 6, 6, 8, 9, 9, 9, 6, 7, 5, 6, 6, 9];
  console.log(
    cells(
      [
        '',
        'files',
        'count',
        'size',
        'ours',
        'library',
        '+adapter',
        'lib/us',
        'verdict',
        'error',
        'values',
        'places',
        'compared',
      ],
      widths,
    ),
  );
  for (const r of rows) {
    console.log(
      cells(
        [
          r.parser,
          r.set,
          r.inputs.length,
          size(r.inputs),
          ms(r.times.ours),
          ms(r.times.library),
          ms(r.times.adapted),
          `${(r.times.adapted / r.times.ours).toFixed(2)}x`,
          r.tally.verdict.length,
          r.tally.errorPlace.length,
          r.tally.values.length,
          r.tally.places.length,
          r.tally.compared,
        ],
        widths,
      ),
    );
  }
  console.log(
    '\nours, library: CPU time to parse every file, median; +adapter: the library with what the rules need (JSON: its tree turned into ours, duplicate keys counted; CSV: lines and quoting);',
  );
  console.log(
    'lib/us: +adapter / ours. verdict, error, values, places: files on which the two disagree; compared: values and keys (JSON) or fields (CSV) compared.',
  );
}

function printDisagreements(rows: Row[]): void {
  for (const r of rows) {
    const all = disagreements(r.tally);
    if (all.length === 0) continue;
    console.log(
      `\n${r.parser} ${r.set}: ${all.length} disagreements, the first ${Math.min(SHOWN, all.length)} of each kind:`,
    );
    for (const list of [r.tally.verdict, r.tally.errorPlace, r.tally.values, r.tally.places]) {
      for (const d of list.slice(0, SHOWN))
        console.log(`  ${d.what.padEnd(12)} ${d.file}\n    ours:    ${d.ours}\n    library: ${d.library}`);
    }
  }
}

function printSpecCases(title: string, cases: SpecCase[]): void {
  console.log(`\n${title}`);
  for (const c of cases) console.log(`  ${c.what}\n    ours:    ${c.ours}\n    library: ${c.library}`);
}

function main(): void {
  const runs = Number(process.argv.slice(2).find((a) => /^\d+$/.test(a)) ?? 21);
  const corpus = process.env.DD_CORPUS ? resolve(process.env.DD_CORPUS) : resolve(repoRoot, '..', 'shared', 'corpus');
  if (!existsSync(join(corpus, 'good')))
    throw new Error(
      `the corpus is missing: expected ${corpus}/good (shared/corpus beside the repository, or set DD_CORPUS)`,
    );
  const sets: [string, ParserInputs][] = [['corpus', corpusInputs(corpus)]];
  const extras = extrasSnapshot();
  if (extras && existsSync(join(extras, '.git'))) sets.push(['extras', extrasInputs(extras)]);
  else console.log('extras: not measured (set DD_INTEGRATIONS_EXTRAS to a clone of DataDog/integrations-extras)');

  console.log(
    `Parsers: ours vs ${libraryVersion('jsonc-parser')} (strict options) and ${libraryVersion('csv-parse')}, median of ${runs} rounds\n`,
  );
  const rows: Row[] = [];
  for (const [set, inputs] of sets) {
    if (inputs.notText) console.log(`${set}: ${inputs.notText} files are not UTF-8 text and are left out`);
    rows.push({
      parser: 'json',
      set,
      inputs: inputs.json,
      tally: compareJsonParsers(inputs.json, parseJson),
      times: jsonTimes(inputs.json, runs),
    });
    rows.push({
      parser: 'csv',
      set,
      inputs: inputs.csv,
      tally: compareCsvParsers(inputs.csv, parseCsv),
      times: csvTimes(inputs.csv, runs),
    });
  }
  printTable(rows);
  printDisagreements(rows);
  printSpecCases('JSON: error places the spec asserts (not in the corpus)', jsonSpecCases());
  printSpecCases('CSV: what the spec and the metadata rules rely on', csvSpecCases());
}

main();
