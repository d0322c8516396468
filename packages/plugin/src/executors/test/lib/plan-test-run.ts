/** What one test task does, decided from its target and options. */
export type TestRunPlan =
  | { kind: 'plain'; unit: boolean }
  | { kind: 'skip'; flavor: string; reason: string }
  | { kind: 'unit'; flavor: string }
  | { kind: 'environment'; flavor: string };

export interface PlanTestRunInput {
  /** The flavor of a `test--<flavor>` target; undefined for a plain `test` target. */
  targetFlavor: string | undefined;
  defaultFlavor: string | undefined;
  /** `--flavor` as asked on the command line (forwarded by `test` to every flavor task). */
  askedFlavor: string | number | undefined;
  unit: boolean;
  /**
   * Whether `--unit` runs in every flavor task: for the environments of a hatch matrix, as
   * `ddev test -- -m unit` runs each (their variables may change what the unit tests see).
   */
  unitInEveryFlavor?: boolean;
}

/**
 * Decides a test task's work. `nx test x --flavor=7.0` reaches every flavor task: the others
 * skip. `nx test x --unit` starts nothing and runs unit tests once, in the default flavor's task
 * (ci/env.yaml's flavors share one virtualenv and differ only by their services), or in each
 * environment of a hatch matrix.
 */
export function planTestRun(input: PlanTestRunInput): TestRunPlan {
  const flavor = input.targetFlavor;
  if (flavor === undefined) return { kind: 'plain', unit: input.unit };
  const asked = input.askedFlavor;
  if (
    asked !== undefined &&
    asked !== '' &&
    String(asked) !== flavor &&
    !(typeof asked === 'number' && Number(flavor) === asked)
  ) {
    return { kind: 'skip', flavor, reason: `only flavor ${asked} was asked for` };
  }
  if (input.unit) {
    if (input.unitInEveryFlavor) return { kind: 'unit', flavor };
    const once = asked !== undefined && asked !== '' ? flavor : input.defaultFlavor;
    return flavor === once
      ? { kind: 'unit', flavor }
      : { kind: 'skip', flavor, reason: `unit tests run once, with flavor ${once}` };
  }
  return { kind: 'environment', flavor };
}
