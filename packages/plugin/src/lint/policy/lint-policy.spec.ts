import type { RulePolicy } from '../lint-rule';
import { resolveSeverity, type LintPolicy } from './lint-policy';

const extras: LintPolicy = { validators: new Set(['config', 'metadata']), strict: false };
const strict: LintPolicy = { ...extras, strict: true };

const upstream = (validator: 'config' | 'http' | 'test'): RulePolicy => ({
  provenance: 'upstream',
  validator,
  basis: 'ddev says so',
});

describe('resolveSeverity', () => {
  it('keeps the error of an upstream rule whose validator the CI runs, and of a ddev test rule', () => {
    expect(resolveSeverity(upstream('config'), 'error', extras)).toEqual({ severity: 'error' });
    expect(resolveSeverity(upstream('test'), 'error', extras)).toEqual({ severity: 'error' });
  });

  it('lowers the error of a validator the CI leaves off to a warning that says so, and strict keeps it', () => {
    const lowered = resolveSeverity(upstream('http'), 'error', extras);
    expect(lowered.severity).toBe('warning');
    expect(lowered.evidence).toContain('`ddev validate http` rejects it');
    expect(resolveSeverity(upstream('http'), 'error', strict)).toEqual({ severity: 'error' });
  });

  it('reports a beyond-upstream error as a warning with its evidence, and as an error when strict', () => {
    const policy: RulePolicy = { provenance: 'beyond-upstream', basis: 'the tile cuts it' };
    expect(resolveSeverity(policy, 'error', extras)).toEqual({
      severity: 'warning',
      evidence: 'beyond upstream: the tile cuts it; an error with --strict',
    });
    expect(resolveSeverity(policy, 'error', strict)).toEqual({ severity: 'error' });
  });

  it('keeps workspace errors, and advice is a warning even when strict', () => {
    expect(resolveSeverity({ provenance: 'workspace', basis: 'install refuses it' }, 'error', extras)).toEqual({
      severity: 'error',
    });
    expect(resolveSeverity({ provenance: 'advice', basis: 'style' }, 'error', strict)).toEqual({
      severity: 'warning',
    });
  });

  it("keeps a rule's own warning a warning, without evidence", () => {
    expect(resolveSeverity(upstream('http'), 'warning', extras)).toEqual({ severity: 'warning' });
  });
});
