/**
 * The base images a Dockerfile builds FROM, with `ARG` defaults and build arguments
 * substituted (`ARG SUITE=bookworm` + `FROM debian:${SUITE}`). Stage names used as bases
 * (`FROM build AS run`, `FROM build`) and `scratch` are left out.
 */
export function dockerfileBaseImages(dockerfile: string, buildArgs: Readonly<Record<string, string>>): string[] {
  const args: Record<string, string> = {};
  const stages = new Set<string>();
  const bases: string[] = [];
  const lines = dockerfile.replace(/\\\r?\n/g, ' ').split(/\r?\n/);
  for (const raw of lines) {
    const line = raw.trim();
    const arg = /^ARG\s+([A-Za-z_]\w*)(?:=(\S*))?/i.exec(line);
    if (arg) {
      const name = arg[1] as string;
      args[name] = buildArgs[name] ?? unquote(arg[2] ?? '');
      continue;
    }
    const from = /^FROM\s+(?:--platform=\S+\s+)?(\S+)(?:\s+AS\s+(\S+))?/i.exec(line);
    if (!from) continue;
    const image = (from[1] as string).replace(
      /\$\{?([A-Za-z_]\w*)\}?/g,
      (_, name: string) => args[name] ?? buildArgs[name] ?? '',
    );
    if (!stages.has(image) && image !== 'scratch' && !bases.includes(image)) bases.push(image);
    if (from[2]) stages.add(from[2]);
  }
  return bases;
}

function unquote(text: string): string {
  return text.replace(/^(["'])(.*)\1$/, '$2');
}
