// Unit tests of the app's logic (sign-in, operations against the schema). The browser tests
// drive the built app against a running stack: e2e/test/dashboard.e2e.test.ts.
module.exports = {
  ...require('../../jest.preset.js'),
  testMatch: ['<rootDir>/test/**/*.test.ts'],
};
