// Integration tests need Kafka and PostgreSQL: the global setup reuses or starts them.
module.exports = {
  ...require('../../jest.preset.js'),
  globalSetup: '@backoffice/infra/jest-global-setup',
  globalTeardown: '@backoffice/infra/jest-global-teardown',
};
