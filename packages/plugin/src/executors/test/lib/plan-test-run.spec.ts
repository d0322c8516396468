import { planTestRun } from './plan-test-run';

const base = { defaultFlavor: '7.0', askedFlavor: undefined, unit: false };

describe('planTestRun', () => {
  it.each([
    ['a plain test target runs pytest once', { targetFlavor: undefined }, { kind: 'plain', unit: false }],
    ['a plain test target passes --unit on', { targetFlavor: undefined, unit: true }, { kind: 'plain', unit: true }],
    ['a flavor target starts its environment', { targetFlavor: '6.0' }, { kind: 'environment', flavor: '6.0' }],
    [
      'another flavor than the asked one skips',
      { targetFlavor: '6.0', askedFlavor: '7.0' },
      { kind: 'skip', flavor: '6.0', reason: 'only flavor 7.0 was asked for' },
    ],
    ['the asked flavor runs', { targetFlavor: '7.0', askedFlavor: '7.0' }, { kind: 'environment', flavor: '7.0' }],
    [
      'a flavor asked as a number (Nx parses --flavor=7.0 so) runs',
      { targetFlavor: '7.0', askedFlavor: 7 },
      { kind: 'environment', flavor: '7.0' },
    ],
    ['--unit runs in the default flavor only', { targetFlavor: '7.0', unit: true }, { kind: 'unit', flavor: '7.0' }],
    [
      '--unit skips the other flavors',
      { targetFlavor: '8.0', unit: true },
      { kind: 'skip', flavor: '8.0', reason: 'unit tests run once, with flavor 7.0' },
    ],
    [
      '--unit with --flavor runs in the asked flavor',
      { targetFlavor: '8.0', unit: true, askedFlavor: '8.0' },
      { kind: 'unit', flavor: '8.0' },
    ],
    [
      '--unit runs in every environment of a hatch matrix, as ddev does',
      { targetFlavor: 'py3.13-5.0.0', unit: true, unitInEveryFlavor: true },
      { kind: 'unit', flavor: 'py3.13-5.0.0' },
    ],
    [
      '--unit with --flavor still skips the other environments of a hatch matrix',
      { targetFlavor: 'py3.13-5.0.0', unit: true, unitInEveryFlavor: true, askedFlavor: 'py3.13-4.0.0' },
      { kind: 'skip', flavor: 'py3.13-5.0.0', reason: 'only flavor py3.13-4.0.0 was asked for' },
    ],
  ])('%s', (_what, input, expected) => {
    expect(planTestRun({ ...base, ...input })).toEqual(expected);
  });
});
