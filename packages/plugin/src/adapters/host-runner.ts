import type { HostRunner } from '../environments/run-before-script';
import { runProcess } from './run-process';

/** Runs host before_script steps in `cwd` (the integration's folder), output joined stdout then stderr. */
export function hostRunner(cwd: string): HostRunner {
  return async (command, env) => {
    const [file, ...args] = command;
    const result = await runProcess({ file: file as string, args, cwd, env });
    return { exitCode: result.exitCode, output: `${result.stdout}${result.stderr ? `\n${result.stderr}` : ''}` };
  };
}
