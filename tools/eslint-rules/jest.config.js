// The rules and their tests are plain ES modules; Jest loads them natively (the test script
// turns on Node's VM modules), so nothing is transformed.
/** @type {import('jest').Config} */
module.exports = {
  ...require('../../jest.preset.js'),
  transform: {},
  moduleFileExtensions: ['mjs', 'js', 'json'],
  testMatch: ['<rootDir>/test/**/*.test.mjs'],
};
