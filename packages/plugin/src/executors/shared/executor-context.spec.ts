import { EngineStoppedError } from '../../errors/environment-errors';
import { runExecutor } from './executor-context';

describe('runExecutor', () => {
  it('fails (exit code 1 under Nx), not as an interrupt, when the engine stopped answering', async () => {
    const printed = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const result = await runExecutor(async () => {
      throw new EngineStoppedError('The Docker engine stopped answering.', 'check it with `docker info`');
    });
    expect(result).toEqual({ success: false });
    expect(exit).not.toHaveBeenCalled();
    expect(printed.mock.calls[0]?.[0]).toBe(
      '\nThe Docker engine stopped answering.\n  How to fix: check it with `docker info`\n',
    );
    printed.mockRestore();
    exit.mockRestore();
  });
});
