#!/usr/bin/env node
'use strict';
/**
 * The CI planner's command line: `node node_modules/@dd/plugin/src/ci-plan/cli.js <command>`
 * (`plan`, `run`, `merge-timings`; `--help` lists the options). Plain JavaScript so that the
 * generated workflows can run it with node alone: the published plugin is compiled (main.js beside
 * this file); a plugin developed in the workspace is TypeScript, loaded through @swc-node/register
 * as Nx loads the plugin itself.
 */
const { existsSync } = require('node:fs');
const { join } = require('node:path');

if (!existsSync(join(__dirname, 'main.js'))) require('@swc-node/register');
require('./main')
  .main(process.argv.slice(2))
  .then(
    (code) => {
      process.exitCode = code;
    },
    (error) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
