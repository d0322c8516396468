/** A failed install told in one sentence: the requirement that cannot be met, and why. */
export interface InstallFailure {
  message: string;
  hint?: string;
}

const RESOLUTION_HINT =
  "change that requirement (requirements.txt or pyproject.toml), or give the integration the Python it needs (hatch.toml's [[envs.default.matrix]] python, or DD_PYTHON)";

/** A clause of the resolver's, cut where it starts listing versions. */
function shorten(text: string | undefined): string | undefined {
  if (text === undefined || text.length <= 240) return text;
  return `${text.slice(0, 240).replace(/\s+\S*$/, '')} …`;
}

/**
 * Reads what uv (or pip) printed when a virtualenv could not be installed. An unresolvable
 * requirement becomes one sentence naming it and the Python, instead of the resolver's dump;
 * anything else is passed on as it is.
 */
export function explainInstallFailure(output: string, python: string): InstallFailure {
  const flat = output.replace(/\s*\n\s*/g, ' ');
  if (/No solution found when resolving dependencies/.test(flat)) {
    const required = /you require ([^,]+?)(?:,| we can conclude)/.exec(flat)?.[1]?.trim();
    const because = shorten(/Because (.+?), we can conclude/.exec(flat)?.[1]?.trim());
    const what = required ? `the requirement ${required} cannot be met` : 'the requirements cannot be met together';
    return { message: `${what} on ${python}${because ? `: ${because}` : ''}.`, hint: RESOLUTION_HINT };
  }
  const pip =
    /No matching distribution found for (\S+)/.exec(flat) ??
    /Could not find a version that satisfies the requirement (\S+)/.exec(flat);
  if (pip)
    return {
      message: `the requirement ${pip[1]} cannot be met on ${python}: no version of it installs there.`,
      hint: RESOLUTION_HINT,
    };
  return { message: output };
}
