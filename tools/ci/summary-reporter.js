/**
 * A Jest reporter that appends the run's totals to the file named by JEST_SUMMARY_FILE, one JSON
 * line per run, so that .ci/run can close with one line for the unit and end-to-end suites together.
 */
const { appendFileSync } = require('node:fs');

class SummaryReporter {
  onRunComplete(_contexts, results) {
    const file = process.env.JEST_SUMMARY_FILE;
    if (!file) return;
    const line = { passed: results.numPassedTests, failed: results.numFailedTests + results.numRuntimeErrorTestSuites, skipped: results.numPendingTests };
    appendFileSync(file, `${JSON.stringify(line)}\n`);
  }
}

module.exports = SummaryReporter;
