import { d, runRule } from '../../__fixtures__/run-rule';
import { hatchMatrixRule } from './matrix';

const H = 'hatch.toml';

describe('hatch/matrix', () => {
  it('accepts a matrix whose overrides name its variables', () => {
    const text =
      '[[envs.default.matrix]]\npython = ["3.13"]\nversion = ["1", "2"]\n\n[envs.default.overrides]\nmatrix.version.env-vars = "V"\n';
    expect(runRule(hatchMatrixRule, { [H]: text })).toEqual([]);
  });

  it('reports what hatch cannot read, and what makes the matrix mean nothing, at its line', () => {
    expect(runRule(hatchMatrixRule, { [H]: '[[envs.default.matrix]\n' })).toEqual([
      expect.objectContaining({
        ruleId: 'hatch/matrix',
        file: H,
        line: 1,
        message: expect.stringMatching(/^hatch\.toml is not valid TOML/),
      }),
    ]);
    const text =
      '[[envs.default.matrix]]\npython = ["3.13"]\n\n[envs.default.overrides]\nmatrix.version.env-vars = "V"\n';
    expect(runRule(hatchMatrixRule, { [H]: text })).toEqual([
      d(
        'hatch/matrix',
        H,
        5,
        1,
        'the override matrix.version names a variable no matrix of [envs.default] has (it has python)',
      ),
    ]);
  });
});
