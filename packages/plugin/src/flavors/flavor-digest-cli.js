#!/usr/bin/env node
'use strict';
/**
 * Prints the digest of one flavor's part of an integration's ci/env.yaml:
 *
 *   node flavor-digest-cli.js <integration folder> <flavor>
 *
 * Nx hashes a project's whole configuration into each of its tasks, so a per-flavor digest kept
 * in the inferred configuration would re-run every flavor when one changes. This script is a
 * `runtime` input of each test--<flavor> task instead. It is plain JavaScript so that Nx can run
 * it with node alone, and it never fails: a file that does not parse digests as its whole text.
 */
const { createHash } = require('node:crypto');
const { existsSync, readFileSync } = require('node:fs');
const { join } = require('node:path');
const { parse } = require('yaml');

function sorted(value) {
  if (Array.isArray(value)) return value.map(sorted);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((key) => [key, sorted(value[key])]),
    );
  }
  return value;
}

/** The parts of the parsed file one flavor's run depends on. */
function flavorPart(env, flavor) {
  const flavors = env && typeof env.flavors === 'object' && env.flavors !== null ? env.flavors : {};
  return {
    flavor,
    spec: flavors[flavor] ?? null,
    services: env?.services ?? null,
    before_script: env?.before_script ?? null,
  };
}

function flavorDigest(text, flavor) {
  let part;
  try {
    part = flavorPart(parse(text), flavor);
  } catch {
    part = { unparsed: text };
  }
  return createHash('sha256')
    .update(JSON.stringify(sorted(part)))
    .digest('hex')
    .slice(0, 16);
}

if (require.main === module) {
  const [root, flavor] = process.argv.slice(2);
  const file = join(root ?? '.', 'ci', 'env.yaml');
  process.stdout.write(`${flavorDigest(existsSync(file) ? readFileSync(file, 'utf8') : '', flavor ?? '')}\n`);
}

module.exports = { flavorDigest };
