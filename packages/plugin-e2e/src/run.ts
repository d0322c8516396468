import { spawnSync } from 'node:child_process';

export interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  /** stdout and stderr together, for assertions on what a user sees. */
  output: string;
  durationMs: number;
}

/** Runs a command without a shell, as a user would type it, and captures what it printed. */
export function run(file: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const started = Date.now();
  const result = spawnSync(file, args, {
    cwd,
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true', NX_TUI: 'false', FORCE_COLOR: '0', ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) throw result.error;
  const stdout = result.stdout ?? '';
  const stderr = result.stderr ?? '';
  return {
    status: result.status ?? 1,
    stdout,
    stderr,
    output: `${stdout}\n${stderr}`,
    durationMs: Date.now() - started,
  };
}

/** Like {@link run}, but fails the test with the command's output when it exits non-zero. */
export function runOk(file: string, args: readonly string[], cwd: string, env: Record<string, string> = {}): RunResult {
  const result = run(file, args, cwd, env);
  if (result.status !== 0) {
    throw new Error(`${file} ${args.join(' ')} exited with ${result.status} in ${cwd}:\n${result.output.slice(-6000)}`);
  }
  return result;
}
