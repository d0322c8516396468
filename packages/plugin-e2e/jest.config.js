/** End-to-end suites: real temporary workspaces, the real nx CLI, real Python (and Docker). */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'plugin-e2e',
  rootDir: __dirname,
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.e2e.ts'],
  testTimeout: 15 * 60 * 1000,
  slowTestThreshold: 120,
};
