import { guardInterrupts } from './interrupt-signal';

describe('guardInterrupts', () => {
  afterEach(() => jest.restoreAllMocks());

  it('aborts its signal on SIGTERM and reports which signal came', () => {
    const guard = guardInterrupts();
    process.emit('SIGTERM', 'SIGTERM');
    expect(guard.signal.aborted).toBe(true);
    expect(guard.received()).toBe('SIGTERM');
    guard.dispose();
  });

  it('runs the cleanup, then exits with 128 + the signal number', async () => {
    const exit = jest.spyOn(process, 'exit').mockImplementation((() => undefined) as never);
    const order: string[] = [];
    const guard = guardInterrupts(async (signal) => void order.push(`cleanup after ${signal}`));
    process.emit('SIGINT', 'SIGINT');
    await new Promise((resolve) => setImmediate(resolve));
    expect(order).toEqual(['cleanup after SIGINT']);
    expect(exit).toHaveBeenCalledWith(130);
    guard.dispose();
  });

  it('removes its handlers when disposed', () => {
    const before = process.listenerCount('SIGINT');
    const guard = guardInterrupts();
    expect(process.listenerCount('SIGINT')).toBe(before + 1);
    guard.dispose();
    expect(process.listenerCount('SIGINT')).toBe(before);
  });
});
