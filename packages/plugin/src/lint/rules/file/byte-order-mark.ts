import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

/** The files `ddev validate metadata` reads, which stops or fails on a BOM. */
const UPSTREAM_READS = new Set(['manifest.json', 'metadata.csv']);

export const fileBomRule: LintRule = {
  id: 'file/byte-order-mark',
  policy: {
    provenance: 'upstream',
    validator: 'metadata',
    basis:
      "`ddev validate metadata` reads every integration's manifest.json and stops on one that starts with a BOM (`JSONDecodeError: Unexpected UTF-8 BOM`), and in metadata.csv the first column becomes `\\ufeffmetric_name`, an `Invalid column`; `ddev validate dashboards` and `saved-views` refuse such a dashboard or saved view",
    advicePart: 'files other than manifest.json and metadata.csv',
  },
  description:
    "Text files start without a byte order mark (U+FEFF). Python's json module rejects manifest.json (or a dashboard, monitor or saved view) with one, and in metadata.csv it becomes part of the first column name. Editors and spreadsheets on Windows add it silently. Fix: `nx lint --fix` removes it.",
  check: (context) =>
    Object.entries(context.files)
      .filter(([, text]) => text.charCodeAt(0) === 0xfeff)
      .map(([file]) =>
        report(
          file,
          undefined,
          `${file} starts with a byte order mark (BOM)`,
          'remove the BOM (nx lint --fix does it; or save as "UTF-8" rather than "UTF-8 with BOM")',
          UPSTREAM_READS.has(file) ? 'error' : 'warning',
        ),
      ),
};
