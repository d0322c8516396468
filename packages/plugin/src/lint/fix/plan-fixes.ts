import type { IntegrationSource } from '../integration-source';
import { fixMetadataCsv } from './fix-metadata-csv';
import { fixTextFile } from './fix-text-file';
import { ENV_FILE } from '../../environments/read-env-file';
import { staleEnvironmentFiles } from '../rules/env/rendered';
import { planRenderedExamples, RENDERED_FROM_SPEC } from './plan-rendered-examples';

/** A file to rewrite and what changed in it, in words. */
export interface PlannedFix {
  file: string;
  text: string;
  changes: string[];
  /** For a file written whole from another (a rendered example): where its text comes from. */
  written?: string;
}

/** Ends a non-empty file with a new line (requirements/final-newline). */
function fixFinalNewline(text: string): { text: string; changes: string[] } {
  return text === '' || text.endsWith('\n')
    ? { text, changes: [] }
    : { text: `${text}\n`, changes: ['added the final new line'] };
}

/**
 * Plans the safe repairs of `nx lint --fix` (BOM, CRLF, padding and case in metadata.csv,
 * empty trailing columns, the final new line of requirements.txt, the examples spec.yaml renders,
 * what ddev test reads that ci/env.yaml renders)
 * without touching the disk; unsafe problems are never rewritten.
 */
export function planFixes(source: IntegrationSource): PlannedFix[] {
  const out: PlannedFix[] = [
    ...planRenderedExamples(source).map(({ file, text }) => ({ file, text, changes: [], written: RENDERED_FROM_SPEC })),
    ...staleEnvironmentFiles(source).stale.map(({ path, text }) => ({
      file: path,
      text,
      changes: [],
      written: `rendered from ${ENV_FILE}`,
    })),
  ];
  const rendered = new Set(out.map((fix) => fix.file));
  for (const [file, original] of Object.entries(source.files)) {
    if (file.endsWith('.py') || rendered.has(file)) continue;
    const text = fixTextFile(original);
    const csv =
      file === 'metadata.csv'
        ? fixMetadataCsv(text.text)
        : file === 'requirements.txt'
          ? fixFinalNewline(text.text)
          : { text: text.text, changes: [] as string[] };
    const changes = [...text.changes, ...csv.changes];
    if (changes.length > 0 && csv.text !== original) out.push({ file, text: csv.text, changes });
  }
  return out.sort((a, b) => a.file.localeCompare(b.file));
}
