const { corpusDir, hasCorpus } = require('./validator-corpus');

/** Test files that read the validator corpus; without it they are left out, with one line saying so. */
const CORPUS_SPECS = ['<rootDir>/src/lint/corpus.spec.ts'];
const corpus = hasCorpus() || process.env.DD_LIST_EVERY_TEST === '1';
if (!corpus && !process.env.DD_QUIET_SKIPS) {
  console.warn(
    `skipped: ${CORPUS_SPECS.length} corpus test file (no validator corpus at ${corpusDir()}); to run it: put the corpus (good/ and bad/) there, or set DD_CORPUS to its folder`,
  );
}

/** Unit tests of @dd/plugin: pure logic, in-memory trees, no processes. */
module.exports = {
  ...require('../../jest.preset'),
  displayName: 'plugin',
  rootDir: __dirname,
  roots: ['<rootDir>/src'],
  testMatch: ['**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', ...(corpus ? [] : CORPUS_SPECS)],
  modulePathIgnorePatterns: ['<rootDir>/src/generators/.*/files/'],
};
