#!/usr/bin/env node
/**
 * Jest with its JSON report: `node tools/test/jest-json.js <jest arguments> --outputFile=<file>`.
 * Makes the report's folder first, which Jest does not, so that a test target runs alone on a
 * fresh clone (`nx run plugin:test` before anything made dist/test/).
 */
const { mkdirSync } = require('node:fs');
const { dirname } = require('node:path');

const args = process.argv.slice(2);
const outputFile = args.find((arg) => arg.startsWith('--outputFile='));
if (outputFile) mkdirSync(dirname(outputFile.slice('--outputFile='.length)), { recursive: true });
require('jest').run(args);
