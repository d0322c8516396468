/** @requires corpus: the validator corpus of real integrations beside the repository (or DD_CORPUS). */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { badCases, corpusRoot, goodIntegrations, type BadCase } from './__fixtures__/corpus-cases';
import type { Diagnostic } from '../diagnostics/diagnostic';
import { planFixes } from './fix/plan-fixes';
import { UNIT_NAMES } from './model/unit-names';
import { RULES } from './rules';
import { runRules } from './run-rules';

/**
 * Each bad case: the diagnostics (rule id, line) its named defect must produce in `before`.
 * PARTIAL marks a defect that upstream's `after` still carries (its fix was partial), which is
 * then rightly reported in `after` too.
 */
const PARTIAL = true;
const EXPECTED: Record<string, [string, number, boolean?][]> = {
  J01: [['manifest/invalid-json', 2]],
  J03: [['manifest/duplicate-key', 17]],
  J05: [['manifest/duplicate-key', 40]],
  J07: [['manifest/invalid-json', 51]],
  J09: [['manifest/invalid-json', 31]],
  J11: [['manifest/version-shape', 5]],
  M01: [
    ['metadata/whitespace-padding', 1],
    ['metadata/whitespace-padding', 2],
    ['metadata/unknown-unit', 9],
  ],
  M03: [
    ['metadata/unknown-unit', 2],
    ['file/crlf-line-endings', 1],
  ],
  M05: [
    ['metadata/unknown-unit', 2],
    ['metadata/unknown-unit', 3],
    ['metadata/unknown-unit', 5],
  ],
  M07: [
    ['metadata/invalid-metric-type', 2],
    ['metadata/missing-column', 1],
  ],
  M09: [
    ['metadata/empty-required-field', 2],
    ['metadata/empty-required-field', 9],
  ],
  M11: [17, 18, 19, 20, 21, 22, 60, 61, 62].map((line) => ['metadata/duplicate-metric', line]),
  // The fix of M13 changed the metric types only: orientation and integration stay empty.
  M13: [
    ['metadata/invalid-metric-type', 2],
    ['metadata/empty-required-field', 2, PARTIAL],
  ],
  M15: [15, 16, 17, 18].map((line) => ['metadata/field-count', line]),
  M17: [
    ['metadata/description-too-long', 15],
    ['metadata/unknown-unit', 14],
  ],
  M19: [
    ['metadata/whitespace-padding', 21],
    ['metadata/unknown-unit', 7],
  ],
  M21: [['metadata/missing-column', 1]],
  M23: [['metadata/repeated-header', 2]],
  M25: [['metadata/field-count', 10]],
  M27: [
    ['metadata/invalid-orientation', 184],
    ['metadata/invalid-orientation', 192],
  ],
  M29: [
    ['metadata/field-count', 2],
    ['metadata/field-count', 194],
  ],
  M31: [['metadata/integration-mismatch', 2]],
  M33: [['metadata/integration-mismatch', 3]],
  // The fix of M35 removed four of the six empty columns: two remain in `after`.
  M35: [['metadata/empty-column', 1, PARTIAL]],
  // ddev refuses the two misplaced defaults, and so renders nothing to compare the example with.
  C01: [
    ['conf/spec-invalid', 37],
    ['conf/spec-invalid', 44],
  ],
};

/**
 * What datadog-checks-dev 40.0.1 makes of C01's specs (taken from the real renderer when this
 * was written; the unit tests run no Python): before, the renderer's errors for the two
 * misplaced defaults; after, exactly the example upstream committed with the fix.
 */
function withRendering(c: BadCase): BadCase {
  if (c.id !== 'C01') return c;
  const base = { kind: 'rendered' as const, errors: [], templates: [], rendererVersion: '40.0.1' };
  const invalid = (option: string) =>
    `Option name '${option}' contains the following invalid option-level fields:\n    - 'default'`;
  const example = `datadog_checks/${c.after.name}/data/conf.yaml.example`;
  return {
    ...c,
    before: {
      ...c.before,
      renderedConfig: {
        ...base,
        files: { 'conf.yaml.example': '' },
        renderErrors: { 'conf.yaml.example': [invalid('v1compat'), invalid('enabled_metrics')] },
      },
    },
    after: {
      ...c.after,
      renderedConfig: { ...base, files: { 'conf.yaml.example': c.after.files[example] }, renderErrors: {} },
    },
  };
}

/**
 * Findings on corpus/good that are real defects upstream does not catch: the corpus README's
 * list (tile descriptions over 80 characters; its missing spec.yaml cases are not in good/), plus what
 * the stricter parsers here see (a duplicate JSON key, duplicate YAML keys, a misplaced spec
 * default, an example without init_config).
 */
const KNOWN_DEFECTS: [string, string, RegExp?][] = [
  ['*', 'manifest/description-too-long'],
  ['redis_enterprise_prometheus', 'manifest/duplicate-key', /support_email/],
  ['scaphandre', 'conf/invalid-yaml', /unique/],
  ['pihole', 'conf/spec-invalid', /v6_check/],
  ['cloudnatix', 'conf/structure', /init_config/],
];

/** Kinds of file the corpus took; a manifest pointing at any other file (README, dashboards) cannot be judged. */
const TAKEN =
  /(^|\/)(manifest\.json|metadata\.csv|service_checks\.json|spec\.yaml|conf\.yaml\.example|pyproject\.toml|hatch\.toml)'/;

function isExpected(name: string, d: Diagnostic): boolean {
  if (d.ruleId.startsWith('readme/')) return true;
  if (
    ['manifest/missing-asset', 'dashboards/missing-file', 'saved-views/missing-file'].includes(d.ruleId) &&
    !TAKEN.test(d.message)
  )
    return true;
  return KNOWN_DEFECTS.some(
    ([who, rule, message]) =>
      (who === '*' || who === name) && rule === d.ruleId && (!message || message.test(d.message)),
  );
}

const has = (diagnostics: Diagnostic[], [rule, line]: [string, number, boolean?]) =>
  diagnostics.some((d) => d.ruleId === rule && d.line === line);

describe('the validators on the real-world corpus', () => {
  const good = goodIntegrations();
  const bad = badCases().map(withRendering);

  it('finds the whole corpus', () => {
    expect(good.length).toBe(125);
    expect(bad.map((c) => c.id)).toEqual(Object.keys(EXPECTED).sort());
  });

  it('accepts every unit name of units.txt', () => {
    const names = readFileSync(join(corpusRoot(), 'units.txt'), 'utf8')
      .split('\n')
      .slice(1)
      .map((l) => l.trim())
      .filter(Boolean);
    expect(names.filter((n) => !UNIT_NAMES.has(n))).toEqual([]);
  });

  it.each(good.map((source) => [source.name, source] as const))('reports no false error on good/%s', (name, source) => {
    const errors = runRules(source, RULES).filter((d) => d.severity === 'error' && !isExpected(name, d));
    expect(errors).toEqual([]);
  });

  it('reports no metadata error at all on good/ (upstream accepts every metadata.csv there)', () => {
    const errors = good.flatMap((s) =>
      runRules(s, RULES).filter((d) => d.severity === 'error' && d.ruleId.startsWith('metadata/')),
    );
    expect(errors).toEqual([]);
  });

  it('still reports the known upstream defects of good/', () => {
    const all = good.flatMap((s) => runRules(s, RULES).map((d) => ({ name: s.name, ...d })));
    expect(all.filter((d) => d.ruleId === 'manifest/description-too-long').length).toBeGreaterThanOrEqual(10);
    expect(all.filter((d) => d.ruleId === 'manifest/duplicate-key').map((d) => d.name)).toEqual([
      'redis_enterprise_prometheus',
    ]);
  });

  it.each(bad.map((c) => [c.id, c.defect, c] as const))(
    'bad/%s (%s): reported at its line in before, gone after',
    (id, _defect, c) => {
      const before = runRules(c.before, RULES);
      const after = runRules(c.after, RULES);
      for (const expected of EXPECTED[id]) {
        expect({ expected, found: has(before, expected) }).toEqual({ expected, found: true });
        if (!expected[2])
          expect({ expected, stillInAfter: has(after, expected) }).toEqual({ expected, stillInAfter: false });
      }
      for (const d of before.filter((d) => EXPECTED[id].some(([rule]) => rule === d.ruleId))) {
        expect(d.message.length).toBeGreaterThan(10);
        expect(d.hint?.length).toBeGreaterThan(5);
      }
    },
  );

  it.each([
    ['M01', 'metadata/whitespace-padding'],
    ['M03', 'file/crlf-line-endings'],
    ['M07', 'metadata/invalid-metric-type'],
  ])('--fix repairs the safe defect of bad/%s (%s) and nothing else', (id, rule) => {
    const c = bad.find((x) => x.id === id)!;
    const fixed = {
      ...c.before,
      files: { ...c.before.files, ...Object.fromEntries(planFixes(c.before).map((f) => [f.file, f.text])) },
    };
    const before = runRules(c.before, RULES);
    const after = runRules(fixed, RULES);
    expect(after.filter((d) => d.ruleId === rule)).toEqual([]);
    const others = (ds: Diagnostic[]) =>
      ds
        .filter(
          (d) =>
            d.ruleId !== rule &&
            !['file/crlf-line-endings', 'file/byte-order-mark', 'metadata/whitespace-padding'].includes(d.ruleId),
        )
        .map((d) => `${d.ruleId} ${d.line}`);
    expect(others(after)).toEqual(others(before));
  });

  it('never crashes, whatever the input', () => {
    const sources = [...good, ...bad.flatMap((c) => [c.before, c.after])];
    const crashes = sources.flatMap((s) => runRules(s, RULES)).filter((d) => d.ruleId === 'internal/rule-crashed');
    expect(crashes).toEqual([]);
  });
});
