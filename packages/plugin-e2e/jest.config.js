/** End-to-end suites: real temporary workspaces, the real nx CLI, real Python (and Docker). */
module.exports = {
  displayName: 'plugin-e2e',
  rootDir: __dirname,
  testEnvironment: 'node',
  reporters: ['default', require.resolve('../../tools/ci/summary-reporter.js')],
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.e2e.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  testTimeout: 15 * 60 * 1000,
  slowTestThreshold: 120,
};
