/**
 * Every rule id on a finding is the id of a registered rule, with its own description and severity
 * policy: SARIF output describes each id it reports from the rules, and the rule docs list them.
 * Runs every rule over the repository's example integrations, seeded mutations of them (which break
 * every kind of file), and the corpus's integrations when the corpus is there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { readIntegrationSource } from '../adapters/read-integration-source';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { badCases, corpusLocation, goodIntegrations } from './__fixtures__/corpus-cases';
import { createRandom, iterationSeed, mutate } from './__fixtures__/mutate';
import { source } from './__fixtures__/run-rule';
import type { IntegrationSource } from './integration-source';
import type { LintRule } from './lint-rule';
import { RULES } from './rules';
import { fileNotTextRule } from './rules/file/not-text';
import { runRules } from './run-rules';

const EXAMPLES = resolve(__dirname, '../../../../integrations');
const MUTATIONS = 400;
const SEED = 20260821;

/** The ids on these diagnostics that no rule registers with a description and a policy, with an example each. */
function unregisteredIds(diagnostics: readonly Diagnostic[], rules: readonly LintRule[]): string[] {
  const registered = new Set(
    rules.filter((r) => r.description.trim() !== '' && r.policy.basis.trim() !== '').map((r) => r.id),
  );
  const out = new Map<string, string>();
  for (const d of diagnostics) {
    if (!registered.has(d.ruleId) && !out.has(d.ruleId)) out.set(d.ruleId, `${d.file}:${d.line}: ${d.message}`);
  }
  return [...out].map(([id, example]) => `${id} (e.g. ${example})`);
}

function examples(): IntegrationSource[] {
  return readdirSync(EXAMPLES, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => readIntegrationSource(join(EXAMPLES, entry.name)));
}

function mutations(seeds: readonly IntegrationSource[]): IntegrationSource[] {
  return [...Array(MUTATIONS).keys()].map((i) => {
    const random = createRandom(iterationSeed(SEED, i));
    return mutate(random.pick(seeds), random).source;
  });
}

function corpus(): IntegrationSource[] {
  const root = corpusLocation();
  if (!existsSync(join(root, 'good')) || !existsSync(join(root, 'bad'))) return [];
  return [...goodIntegrations(root), ...badCases(root).map((c) => c.before)];
}

describe('the rule ids on findings', () => {
  const seeds = examples();
  const diagnostics = [...seeds, ...mutations(seeds), ...corpus()].flatMap((s) => runRules(s, RULES));

  it('are all registered rules, with a description and a policy', () => {
    expect(unregisteredIds(diagnostics, RULES)).toEqual([]);
  });

  it('come from many rules, so that the check above has something to check', () => {
    expect(new Set(diagnostics.map((d) => d.ruleId)).size).toBeGreaterThan(20);
  });

  it('are caught unregistered when a rule has no description, or when a rule crashes', () => {
    const undescribed: LintRule = { ...fileNotTextRule, description: '' };
    const crashing: LintRule = {
      ...fileNotTextRule,
      id: 'x/crashing',
      check: () => {
        throw new Error('boom');
      },
    };
    const found = runRules({ ...source({}), notText: ['metadata.csv'] }, [undescribed, crashing]);
    expect(unregisteredIds(found, [undescribed, crashing]).map((line) => line.split(' ')[0])).toEqual([
      'internal/rule-crashed',
      'file/not-text',
    ]);
  });
});
