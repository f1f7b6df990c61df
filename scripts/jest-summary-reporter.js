// Writes each package's test counts to .local/test-results/, so `npm test` can print one
// closing line for the whole monorepo.
const { mkdirSync, writeFileSync } = require('node:fs');
const { join, basename } = require('node:path');

class JestSummaryReporter {
  onRunComplete(_contexts, results) {
    const dir = join(__dirname, '..', '.local', 'test-results');
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
