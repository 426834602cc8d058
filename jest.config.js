/** Jest in ESM mode with ts-jest (run through `npm test`, which sets --experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }]
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // The unified/micromark packages are plain ESM and load natively: nothing in node_modules is transformed.
  transformIgnorePatterns: ['/node_modules/'],
  reporters: ['default', '<rootDir>/tests/summary-reporter.cjs'],
  testTimeout: 60000,
  // Jest's default is one worker fewer than the cores: one worker on a 2-core runner, with the
  // parent process idle while it waits. The suite is CPU-bound, so use every core.
  maxWorkers: '100%'
}
