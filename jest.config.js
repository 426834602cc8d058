/** Jest in ESM mode with ts-jest (run through `npm test`, which sets --experimental-vm-modules). */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.json', diagnostics: { ignoreCodes: ['TS151001'] } }]
  },
  testMatch: ['<rootDir>/tests/**/*.test.ts'],
  // ESM-only packages (unified/micromark family) must be transformed? No: they are plain ESM JS and load natively.
  transformIgnorePatterns: ['/node_modules/'],
  testTimeout: 60000
}
