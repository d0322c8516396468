import type { ProcessCommand } from '../../../commands/process-command';

/** How the package is built: uv (however it is reached) or PyPA's `build` module. */
export type Builder = { kind: 'uv'; file: string; prefixArgs: string[] } | { kind: 'build'; python: string };

/** The output is captured and its tail quoted in errors: no colour codes in it. */
const PLAIN_OUTPUT = { NO_COLOR: '1' };

/**
 * The one command that builds an sdist and then a wheel from that sdist (so a wheel cannot
 * contain what the sdist lacks) into `outDir`. Both front ends build in an isolated
 * environment with the build requirements of pyproject.toml.
 */
export function buildCommand(builder: Builder, projectRoot: string, outDir: string): ProcessCommand {
  if (builder.kind === 'uv') {
    return {
      file: builder.file,
      args: [...builder.prefixArgs, 'build', '--out-dir', outDir, projectRoot],
      env: PLAIN_OUTPUT,
    };
  }
  return { file: builder.python, args: ['-m', 'build', '--outdir', outDir, projectRoot], env: PLAIN_OUTPUT };
}

/** The artifacts a build left: exactly one wheel and one sdist, or a description of what is wrong. */
export function pickArtifacts(files: readonly string[]): { wheel: string; sdist: string } | { problem: string } {
  const wheels = files.filter((f) => f.endsWith('.whl'));
  const sdists = files.filter((f) => f.endsWith('.tar.gz'));
  if (wheels.length === 1 && sdists.length === 1) return { wheel: wheels[0], sdist: sdists[0] };
  return { problem: `expected one .whl and one .tar.gz, found: ${files.length ? files.join(', ') : 'nothing'}` };
}
