import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../rules';
import { renderRuleDocs } from './render-rule-docs';

const DOC = join(__dirname, '..', '..', '..', 'docs', 'lint.md');

describe('the lint documentation', () => {
  it('lists every rule with its description (regenerate: node -r @swc-node/register tools/docs/lint-docs.ts)', () => {
    expect(readFileSync(DOC, 'utf8')).toBe(renderRuleDocs(RULES));
  });

  it('has one unique, namespaced id and a paragraph for every rule', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const rule of RULES) {
      expect(rule.id).toMatch(/^[a-z-]+\/[a-z-]+$/);
      expect(rule.description.length).toBeGreaterThan(80);
    }
  });
});
