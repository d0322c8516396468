/**
 * A command as data: never a shell string. The pure core builds commands (pip, ruff, pytest,
 * the package builder) and the process runner of adapters/ runs them.
 */
export interface ProcessCommand {
  file: string;
  args: readonly string[];
  cwd?: string;
  env?: Record<string, string | undefined>;
  /** Stream the child's output to ours as it runs (default: capture only). */
  stream?: boolean;
  /** Text written to the child's standard input (default: none, stdin is closed). */
  input?: string;
  timeoutMs?: number;
  signal?: AbortSignal;
}
