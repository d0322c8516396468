/** Unit tests of @dd/plugin: pure logic, in-memory trees, no processes. */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'plugin',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  modulePathIgnorePatterns: ['<rootDir>/src/generators/.*/files/'],
};
