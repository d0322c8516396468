/** Unit tests of @dd/plugin: pure logic, in-memory trees, no processes. */
module.exports = {
  displayName: 'plugin',
  rootDir: __dirname,
  testEnvironment: 'node',
  reporters: ['default', require.resolve('../../tools/ci/summary-reporter.js')],
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  transform: { '^.+\\.ts$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' } }] },
  moduleFileExtensions: ['ts', 'js', 'json'],
  modulePathIgnorePatterns: ['<rootDir>/src/generators/.*/files/'],
};
