/** Browser journeys through the H5 build, against a local cloud on 127.0.0.1. */
const base = require('./jest.config')

module.exports = {
  ...base,
  testMatch: ['<rootDir>/test/e2e/**/*.e2e.ts'],
  testTimeout: 120000,
  // One Chromium at a time: the machine has two cores.
  maxWorkers: 1,
}
