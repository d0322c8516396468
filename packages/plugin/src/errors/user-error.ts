/**
 * A problem the user can fix. Executors print its message and hint and fail without a stack
 * trace; any other error is a defect of the plugin and keeps its stack.
 */
export class UserError extends Error {
  override name = 'UserError';
  constructor(
    message: string,
    /** How to fix it: a command, a flag or a file to edit. */
    readonly hint?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

export class PythonNotFoundError extends UserError {
  override name = 'PythonNotFoundError';
}

export class PythonTooOldError extends UserError {
  override name = 'PythonTooOldError';
}

export class VirtualenvSetupError extends UserError {
  override name = 'VirtualenvSetupError';
}

/** Renders a user error for the terminal. */
export function formatUserError(error: UserError): string {
  return error.hint ? `${error.message}\n  How to fix: ${error.hint}` : error.message;
}
