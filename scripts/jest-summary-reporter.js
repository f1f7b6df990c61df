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
        failures: failuresOf(results),
      }),
    );
  }
}

// The CI log is long and may be cut; the closing summary names what failed, with the
// first lines of why, so a failure seen once can be chased without rerunning.
function failuresOf(results) {
  const failures = [];
  for (const file of results.testResults) {
    const path = file.testFilePath.slice(process.cwd().length + 1);
    if (file.testExecError) failures.push({ test: path, message: firstLines(file.testExecError.message) });
    for (const test of file.testResults) {
      if (test.status !== 'failed') continue;
      failures.push({ test: `${path} › ${test.fullName}`, message: firstLines(test.failureMessages.join('\n')) });
    }
  }
  return failures;
}

function firstLines(text) {
  // eslint-disable-next-line no-control-regex
  return text.replace(/\u001b\[[0-9;]*m/g, '').split('\n').filter((line) => line.trim()).slice(0, 6).join('\n');
}

module.exports = JestSummaryReporter;
