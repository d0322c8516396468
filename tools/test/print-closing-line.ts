/**
 * Prints `npm test`'s closing line again after further CI steps, counting each step as one
 * check: `node -r @swc-node/register tools/test/print-closing-line.ts [name=exit-code ...]`.
 * Exits non-zero when anything failed, or when npm test left no results.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { renderClosingLine, type JestTotals } from './render-summary';
import { TOTALS_FILE } from './run-tests-totals';

const file = join(resolve(__dirname, '..', '..'), TOTALS_FILE);
const totals: JestTotals[] = existsSync(file)
  ? (JSON.parse(readFileSync(file, 'utf8')) as JestTotals[])
  : [{ passed: 0, failed: 0, failedSuites: 1 }];
for (const step of process.argv.slice(2)) {
  const ok = step.endsWith('=0');
  totals.push({ passed: ok ? 1 : 0, failed: ok ? 0 : 1, failedSuites: 0 });
}
const line = renderClosingLine(totals);
console.log(line);
process.exit(/ 0 failed$/.test(line) ? 0 : 1);
