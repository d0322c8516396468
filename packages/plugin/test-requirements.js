/**
 * What the plugin's unit test files need beyond Node, as they declare it in the doc comment they
 * start with (`@requires corpus`, `@requires go`), and whether this machine has it. Plain CommonJS:
 * the Jest configuration, Nx's runtime input of the test target and the test runner all load it
 * without a TypeScript loader.
 *
 *   node packages/plugin/test-requirements.js   prints what the unit tests can use here (the
 *                                               corpus's digest, Go's presence): the runtime
 *                                               input of the `test` target's cache
 */
const { spawnSync } = require('node:child_process');
const { createHash } = require('node:crypto');
const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join, relative, resolve } = require('node:path');

/** The requirements a test file declares, from `@requires <name>` tags in the doc comment it starts with. */
function declaredRequirements(source) {
  const docblock = /^\s*\/\*\*([\s\S]*?)\*\//.exec(source)?.[1] ?? '';
  return [...new Set([...docblock.matchAll(/@requires\s+([\w-]+)/g)].map((m) => m[1]))];
}

/** Where the validator corpus is looked for (DD_CORPUS, else `../shared/corpus`), whether or not it is there. */
function corpusDir(env = process.env) {
  return env.DD_CORPUS ? resolve(env.DD_CORPUS) : resolve(__dirname, '..', '..', '..', 'shared', 'corpus');
}

function hasCorpus(dir = corpusDir()) {
  return existsSync(join(dir, 'good')) && existsSync(join(dir, 'bad'));
}

/** The Go toolchain the actionlint spec builds with: DD_GO, else `go` on the PATH; undefined when absent. */
function findGo(env = process.env) {
  const go = env.DD_GO || 'go';
  const result = spawnSync(go, ['version'], { encoding: 'utf8', timeout: 30_000 });
  return result.status === 0 ? go : undefined;
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

/** For each requirement unit tests may declare: whether it is met, and how to meet it. */
const UNIT_REQUIREMENTS = {
  corpus: (env) => ({
    met: hasCorpus(corpusDir(env)),
    reason: `no validator corpus at ${corpusDir(env)}`,
    enable: 'put the corpus (good/ and bad/) there, or set DD_CORPUS to its folder',
  }),
  go: (env) => ({
    met: findGo(env) !== undefined,
    reason: 'no Go toolchain to build actionlint, the linter of the generated workflows',
    enable: 'install Go (go on the PATH) or set DD_GO to its go binary',
  }),
};

function specFiles(folder) {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' || entry.name === 'files' ? [] : specFiles(path);
    return entry.name.endsWith('.spec.ts') ? [path] : [];
  });
}

/**
 * The spec files under `root` whose requirements this machine does not meet, with one line per
 * unmet requirement (what is left out, why, how to enable it).
 */
function unmetSpecFiles(root, env = process.env) {
  const byRequirement = new Map();
  for (const file of specFiles(root)) {
    for (const requirement of declaredRequirements(readFileSync(file, 'utf8'))) {
      byRequirement.set(requirement, [...(byRequirement.get(requirement) ?? []), file]);
    }
  }
  const files = [];
  const lines = [];
  for (const [requirement, declaring] of byRequirement) {
    const check = UNIT_REQUIREMENTS[requirement];
    if (!check)
      throw new Error(
        `unknown @requires ${requirement} in ${declaring[0]}; known: ${Object.keys(UNIT_REQUIREMENTS).join(', ')}`,
      );
    const status = check(env);
    if (status.met) continue;
    files.push(...declaring);
    const what = `${declaring.length} ${requirement} test file${declaring.length === 1 ? '' : 's'}`;
    lines.push(`skipped: ${what} (${status.reason}); to run them: ${status.enable}`);
  }
  return { files, lines };
}

module.exports = { declaredRequirements, corpusDir, hasCorpus, findGo, corpusDigest, unmetSpecFiles };

if (require.main === module) console.log(`corpus ${corpusDigest()}; go ${findGo() ? 'present' : 'absent'}`);
