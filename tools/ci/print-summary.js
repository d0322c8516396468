/**
 * Prints the totals the summary reporter collected as one closing line: `N passed, N failed`
 * (and `, N skipped` when there are any). Exits non-zero when the file is missing or a test failed.
 */
const { existsSync, readFileSync } = require('node:fs');

const file = process.argv[2];
if (!file || !existsSync(file)) {
  console.error(`no test summary at ${file}: the test runs did not complete`);
  process.exit(1);
}
const totals = { passed: 0, failed: 0, skipped: 0 };
for (const line of readFileSync(file, 'utf8').split('\n').filter(Boolean)) {
  const run = JSON.parse(line);
  for (const key of Object.keys(totals)) totals[key] += run[key] ?? 0;
}
console.log(`${totals.passed} passed, ${totals.failed} failed${totals.skipped ? `, ${totals.skipped} skipped` : ''}`);
process.exit(totals.failed > 0 ? 1 : 0);
