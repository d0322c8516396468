import { settleColorVariables } from './run-process';

describe('settleColorVariables', () => {
  it.each([
    [{ NO_COLOR: '1', FORCE_COLOR: 'true' }, { NO_COLOR: '1' }],
    [{ FORCE_COLOR: 'true' }, { FORCE_COLOR: 'true' }],
    [
      { NO_COLOR: '', FORCE_COLOR: '1' },
      { NO_COLOR: '', FORCE_COLOR: '1' },
    ],
    [{ NO_COLOR: '1' }, { NO_COLOR: '1' }],
  ])("lets the user's NO_COLOR win over the FORCE_COLOR Nx sets: %j", (env, expected) => {
    const copy: NodeJS.ProcessEnv = { ...env };
    settleColorVariables(copy);
    expect(copy).toEqual(expected);
  });
});
