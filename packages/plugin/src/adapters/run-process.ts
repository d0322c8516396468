import type { ProcessCommand } from '../commands/process-command';
import { importEsm } from './import-esm';

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
  durationMs: number;
}

/** A process that could not start, was killed, or (with `reject`) exited non-zero. */
export class ProcessError extends Error {
  override readonly name = 'ProcessError';
  constructor(
    message: string,
    readonly command: string,
    readonly exitCode: number | undefined,
    readonly stderrTail: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

type Execa = typeof import('execa').execa;

/**
 * Nx runs its tasks with FORCE_COLOR set, also when the user asked for NO_COLOR (or for
 * FORCE_COLOR=0, which Nx turns into NO_COLOR). Both together make Node warn in every task as
 * soon as execa's colour library loads. The user's NO_COLOR wins, as it does in lint's output,
 * and the processes we start inherit that choice.
 */
export function settleColorVariables(env: NodeJS.ProcessEnv): void {
  if (env.NO_COLOR && env.FORCE_COLOR !== undefined) delete env.FORCE_COLOR;
}

/** Renders a command for messages, quoting arguments that need it. */
export function describeCommand(command: Pick<ProcessCommand, 'file' | 'args'>): string {
  return [command.file, ...command.args]
    .map((part) => (/^[\w@%+=:,./-]+$/.test(part) ? part : JSON.stringify(part)))
    .join(' ');
}

function tail(text: string, lines = 20): string {
  return text.split('\n').slice(-lines).join('\n').trim();
}

/**
 * Runs a process without a shell and resolves with its exit code and output.
 * A non-zero exit is a result, not an error; failing to start, a timeout or an abort is a
 * {@link ProcessError}. Aborting kills the whole process tree.
 */
export async function runProcess(command: ProcessCommand): Promise<ProcessResult> {
  settleColorVariables(process.env);
  const { execa } = await importEsm<{ execa: Execa }>('execa');
  const started = Date.now();
  const described = describeCommand(command);
  try {
    const result = await execa(command.file, [...command.args], {
      cwd: command.cwd,
      env: command.env,
      extendEnv: true,
      reject: false,
      ...(command.input === undefined ? { stdin: 'ignore' as const } : { input: command.input }),
      stdout: command.stream ? 'inherit' : 'pipe',
      stderr: command.stream ? 'inherit' : 'pipe',
      timeout: command.timeoutMs,
      cancelSignal: command.signal,
      forceKillAfterDelay: 5_000,
      cleanup: true,
    });
    if (result.failed && result.exitCode === undefined) {
      const reason = result.timedOut
        ? `timed out after ${command.timeoutMs} ms`
        : result.isCanceled
          ? 'was cancelled'
          : ((result.cause as Error | undefined)?.message ?? result.shortMessage);
      throw new ProcessError(`${described} ${reason}`, described, undefined, tail(String(result.stderr ?? '')), {
        cause: result.cause,
      });
    }
    return {
      exitCode: result.exitCode ?? 1,
      stdout: String(result.stdout ?? ''),
      stderr: String(result.stderr ?? ''),
      durationMs: Date.now() - started,
    };
  } catch (error) {
    if (error instanceof ProcessError) throw error;
    throw new ProcessError(`${described} could not run: ${(error as Error).message}`, described, undefined, '', {
      cause: error,
    });
  }
}

/** Runs a process and turns a non-zero exit into a {@link ProcessError} carrying the output's tail. */
export async function runProcessOrThrow(command: ProcessCommand): Promise<ProcessResult> {
  const result = await runProcess(command);
  if (result.exitCode !== 0) {
    const described = describeCommand(command);
    const output = tail(`${result.stdout}\n${result.stderr}`);
    throw new ProcessError(
      `${described} exited with code ${result.exitCode}${output ? `:\n${output}` : ''}`,
      described,
      result.exitCode,
      tail(result.stderr),
    );
  }
  return result;
}
