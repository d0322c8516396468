import { readHatchMatrix } from '../../../python/hatch-matrix';
import type { LintRule } from '../../lint-rule';
import { report } from '../rule-helpers';

const HATCH = 'hatch.toml';

export const hatchMatrixRule: LintRule = {
  id: 'hatch/matrix',
  policy: {
    provenance: 'upstream',
    validator: 'test',
    basis:
      '`ddev test` runs the tests in the environments hatch makes of hatch.toml: hatch cannot read a file that is not TOML, and a matrix without environments or an override of a variable no matrix has runs nothing of what it says',
  },
  description:
    'hatch.toml, where ddev test and nx test read the test environments, is TOML, its `[[envs.default.matrix]]` yields at least one environment (each variable with a list of values), and each `matrix.<variable>` override under `[envs.default.overrides]` names a variable of the matrix: every combination is one environment (`py3.13-5.18.0`, as `ddev test <check>:py3.13-5.18.0` and `nx test <check> --flavor=py3.13-5.18.0` name it) with the env-vars its overrides set. Bad: `python = []`, or `matrix.versoin.env-vars = "VERSION"` beside `version = [...]`. Good: `python = ["3.13"]` and `version = ["5.18.0", "4.17.6"]` with `matrix.version.env-vars = "VERSION"`. Fix: correct the file at the reported line.',
  check: (context) => {
    const text = context.files[HATCH];
    if (text === undefined) return [];
    return readHatchMatrix(text).problems.map((p) =>
      report(HATCH, { line: p.line, column: p.column }, p.message, p.hint),
    );
  },
};
