/** Unit tests of the workspace's own scripts (the test runner's pure parts). */
module.exports = {
  ...require('../jest.preset'),
  displayName: 'tools',
  rootDir: __dirname,
  roots: ['<rootDir>'],
  testMatch: ['**/*.spec.ts'],
};
