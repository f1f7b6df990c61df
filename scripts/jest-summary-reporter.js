// Under `npm test`, writes each package's test counts to the folder the runner names in
// BACKOFFICE_TEST_RESULTS_DIR, so it can print one closing line for the whole monorepo.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, basename } = require('node:path');


class JestSummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = process.env.BACKOFFICE_TEST_RESULTS_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    const name = basename(process.cwd());
    writeFileSync(
      join(dir, `${name}.json`),
      JSON.stringify({
        package: name,
        passed: results.numPassedTests,
        failed: results.numFailedTests + results.numRuntimeErrorTestSuites,
        skipped: results.numPendingTests + results.numTodoTests,
      }),
    );
  }
}

module.exports = JestSummaryReporter;
