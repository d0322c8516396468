/**
 * The validator corpus: real integrations (good/ and bad/) beside the repository in
 * `../shared/corpus`, or where DD_CORPUS points. Plain CommonJS, because Jest configurations and
 * Nx's runtime inputs load it without a TypeScript loader.
 *
 *   node packages/plugin/validator-corpus.js   prints a digest of the corpus (its paths and contents),
 *                                         or `absent`: the runtime input of the unit tests' cache
 */
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

/** Where the corpus is looked for, whether or not it is there. */
function corpusDir(env = process.env) {
  return env.DD_CORPUS ? resolve(env.DD_CORPUS) : resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
}

function hasCorpus(dir = corpusDir()) {
  return existsSync(join(dir, 'good')) && existsSync(join(dir, 'bad'));
}

function corpusDigest(dir = corpusDir()) {
  if (!hasCorpus(dir)) return 'absent';
  const hash = createHash('sha256');
  const walk = (folder) => {
    for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) hash.update(relative(dir, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(dir);
  return hash.digest('hex');
}

module.exports = { corpusDir, hasCorpus, corpusDigest };

if (require.main === module) console.log(corpusDigest());
