/**
 * Fuzzing: real integrations, mutated at random, must never make a rule crash or report a
 * malformed diagnostic (line or column below 1, empty message, absolute path), or take seconds.
 * Seeds: the repository's example integrations, plus a handful of the corpus's (DD_CORPUS, else
 * beside the repository) when it is there. Bounded in time; every iteration is determined by the
 * run seed and its number, so a failure replays on a checkout with the same seeds.
 *
 *   DD_FUZZ_SEED        run seed (default 20260821); a failure names it
 *   DD_FUZZ_ITERATION   run only that iteration of the run (a replay)
 *   DD_FUZZ_MS          time budget in milliseconds (default 3000)
 *   DD_FUZZ_ITERATIONS  iteration cap (default 200000)
 *   DD_FUZZ_MIN         iterations the budget must allow at least (default 100)
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readIntegrationSource } from '../adapters/read-integration-source';
import { corpusLocation } from './__fixtures__/corpus-cases';
import { createRandom, iterationSeed, mutate, type AppliedMutation, type Random } from './__fixtures__/mutate';
import type { Diagnostic } from '../diagnostics/diagnostic';
import type { IntegrationSource } from './integration-source';
import { RULES } from './rules';
import { runRules } from './run-rules';

const REPO_ROOT = resolve(__dirname, '../../../..');
const CORPUS_SEEDS = 8;
/** One lint of one integration taking longer than this is reported: a rule backtracks or has gone quadratic. */
const SLOW_MS = 2_000;

interface FuzzOptions {
  seed: number;
  only?: number;
  budgetMs: number;
  maxIterations: number;
  minIterations: number;
}

function readInteger(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isSafeInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got '${raw}'`);
  return value;
}

function fuzzOptions(env: NodeJS.ProcessEnv): FuzzOptions {
  const only = env.DD_FUZZ_ITERATION ? readInteger(env, 'DD_FUZZ_ITERATION', 0) : undefined;
  return {
    seed: readInteger(env, 'DD_FUZZ_SEED', 20260821) >>> 0,
    only,
    budgetMs: readInteger(env, 'DD_FUZZ_MS', 3_000),
    maxIterations: readInteger(env, 'DD_FUZZ_ITERATIONS', 200_000),
    minIterations: only === undefined ? readInteger(env, 'DD_FUZZ_MIN', 100) : 1,
  };
}

interface Seed {
  origin: string;
  source: IntegrationSource;
}

function subfolders(dir: string): string[] {
  return existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => e.name)
        .sort()
    : [];
}

/** The repository's example integrations, and a handful of the corpus's when it is there. */
function readSeeds(random: Random): Seed[] {
  const examples = subfolders(join(REPO_ROOT, 'integrations')).map((name) => ({
    origin: `integrations/${name}`,
    dir: join(REPO_ROOT, 'integrations', name),
  }));
  const good = join(corpusLocation(), 'good');
  const corpus = subfolders(good);
  const picked = [...Array(Math.min(CORPUS_SEEDS, corpus.length))].map(
    () => corpus.splice(random.int(corpus.length), 1)[0],
  );
  const fromCorpus = picked.map((name) => ({ origin: `corpus/good/${name}`, dir: join(good, name) }));
  return [...examples, ...fromCorpus].map(({ origin, dir }) => ({ origin, source: readIntegrationSource(dir) }));
}

/** What is wrong with a diagnostic's shape, if anything. */
function malformation(d: Diagnostic): string | undefined {
  if (d.ruleId === 'internal/rule-crashed') return d.message;
  if (!Number.isInteger(d.line) || d.line < 1) return `${d.ruleId}: line ${d.line} is not an integer ≥ 1`;
  if (!Number.isInteger(d.column) || d.column < 1) return `${d.ruleId}: column ${d.column} is not an integer ≥ 1`;
  if (typeof d.message !== 'string' || d.message.trim() === '') return `${d.ruleId}: empty message`;
  if (
    typeof d.file !== 'string' ||
    d.file === '' ||
    /^([\\/]|[A-Za-z]:)/.test(d.file) ||
    d.file.split(/[\\/]/).includes('..')
  )
    return `${d.ruleId}: file '${d.file}' is not a relative path`;
  if (d.severity !== 'error' && d.severity !== 'warning') return `${d.ruleId}: severity '${d.severity}'`;
  return undefined;
}

interface Problem {
  iteration: number;
  origin: string;
  applied: AppliedMutation[];
  what: string[];
}

/** Runs one iteration: picks a seed, mutates it, lints it and lists what went wrong. */
function fuzzOnce(options: FuzzOptions, seeds: readonly Seed[], iteration: number): Problem | undefined {
  const random = createRandom(iterationSeed(options.seed, iteration));
  const seed = random.pick(seeds);
  const { source, applied } = mutate(seed.source, random);
  const what: string[] = [];
  const started = Date.now();
  try {
    const found = runRules(source, RULES)
      .map(malformation)
      .filter((m): m is string => m !== undefined);
    what.push(...new Set(found));
  } catch (error) {
    what.push(`runRules threw: ${(error as Error).stack ?? error}`);
  }
  const took = Date.now() - started;
  if (took > SLOW_MS) what.push(`linting took ${took} ms`);
  return what.length > 0 ? { iteration, origin: seed.origin, applied, what } : undefined;
}

function renderProblem(options: FuzzOptions, problem: Problem): string {
  return [
    `iteration ${problem.iteration} on ${problem.origin} (replay: DD_FUZZ_SEED=${options.seed} DD_FUZZ_ITERATION=${problem.iteration} npx jest -c packages/plugin/jest.config.js packages/plugin/src/lint/fuzz.spec.ts)`,
    ...problem.applied.map((m) => `  ${m.file}: ${m.change}`),
    ...problem.what.map((w) => `  => ${w}`),
  ].join('\n');
}

describe('the rules on mutated integrations', () => {
  const options = fuzzOptions(process.env);

  it(
    'never crash and report well-formed diagnostics',
    () => {
      const seeds = readSeeds(createRandom(options.seed));
      expect(seeds.length).toBeGreaterThan(0);
      const problems: Problem[] = [];
      const started = Date.now();
      let iterations = 0;
      const first = options.only ?? 0;
      const last = options.only ?? options.maxIterations - 1;
      for (
        let i = first;
        i <= last && (iterations === 0 || Date.now() - started < options.budgetMs) && problems.length < 10;
        i++
      ) {
        const problem = fuzzOnce(options, seeds, i);
        if (problem) problems.push(problem);
        iterations++;
      }
      const elapsed = Date.now() - started;
      if (problems.length > 0) {
        throw new Error(
          `DD_FUZZ_SEED=${options.seed}: ${problems.length} problem(s) in ${iterations} iterations\n\n${problems.map((p) => renderProblem(options, p)).join('\n\n')}`,
        );
      }
      if (iterations < options.minIterations) {
        throw new Error(
          `only ${iterations} iterations ran in ${elapsed} ms (${Math.round((iterations * 1000) / Math.max(elapsed, 1))}/s), fewer than ${options.minIterations}: ` +
            'a rule became slow, or the budget is too short (raise DD_FUZZ_MS, or lower DD_FUZZ_MIN on a slow machine)',
        );
      }
    },
    options.budgetMs + 60_000,
  );
});
