/**
 * The checks `ddev validate config` fails, from its output: a heading `name:` followed by
 * indented lines (a spec error, `File ... is not in sync`, a diff). `Did not find spec file` is
 * printed unindented and fails nobody outside integrations-core.
 */
export function failedChecks(output: string): Set<string> {
  const failed = new Set<string>();
  let heading: string | undefined;
  for (const line of output.split('\n')) {
    const head = /^([A-Za-z0-9_.-]+):\s*$/.exec(line);
    if (head) heading = head[1];
    else if (heading && /^\s{2,}\S/.test(line)) failed.add(heading);
    else if (!/^Did not find spec file/.test(line)) heading = undefined;
  }
  return failed;
}

/** The example files ddev says are out of sync, as `check/file`. */
export function outOfSync(output: string): string[] {
  const out: string[] = [];
  let heading: string | undefined;
  for (const line of output.split('\n')) {
    const head = /^([A-Za-z0-9_.-]+):\s*$/.exec(line);
    if (head) heading = head[1];
    const file = /^\s+File `([^`]+)` is not in sync/.exec(line);
    if (file && heading) out.push(`${heading}/${file[1]}`);
  }
  return out;
}
