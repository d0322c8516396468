const { unmetSpecFiles } = require('./test-requirements');

/**
 * Spec files that need what this machine lacks (`@requires corpus`, `@requires go`) are left out,
 * with one line each saying how to enable them. `npm test` lists every file (DD_LIST_EVERY_TEST)
 * and reports the skips itself, failing under CI=true.
 */
const unmet = process.env.DD_LIST_EVERY_TEST === '1' ? { files: [], lines: [] } : unmetSpecFiles(`${__dirname}/src`);
if (!process.env.DD_QUIET_SKIPS) for (const line of unmet.lines) console.warn(line);

/** Unit tests of @dd/plugin: pure logic, in-memory trees, and the few tools they pin (actionlint). */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'plugin',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: [
    '/node_modules/',
    ...unmet.files.map((file) => `^${file.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`),
  ],
  modulePathIgnorePatterns: ['<rootDir>/src/generators/.*/files/'],
};
