/** Unit tests and functions run through the local cloud. Browser journeys: jest.e2e.config.js. */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', tsx: true },
      target: 'es2020',
      transform: { react: { runtime: 'automatic' } },
    },
    module: { type: 'commonjs' },
  },
]

module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['<rootDir>/test/**/*.test.ts'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  // Function bundles are plain CommonJS already; transforming 700 KB files only costs time.
  transformIgnorePatterns: ['/node_modules/', '/cloudfunctions/dist/'],
  moduleNameMapper: {
    '^@contract/(.*)$': '<rootDir>/types/$1',
    '^@/(.*)$': '<rootDir>/src/$1',
  },
  setupFiles: ['<rootDir>/test/helpers/no-network-setup.ts'],
  setupFilesAfterEnv: ['<rootDir>/test/helpers/scratch-cleanup.ts'],
  // In the repository, not the temp folder: `npm test` gives its children a temp folder of their own.
  cacheDirectory: '<rootDir>/.cache/jest',
  testTimeout: 30000,
  maxWorkers: 2,
}
