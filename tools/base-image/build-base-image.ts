/**
 * Builds local Debian base images (`debian:<suite>`) without a container registry:
 * debootstrap from the machine's apt mirror, then docker import. Cached by label.
 *
 *   node -r @swc-node/register tools/base-image/build-base-image.ts [--force] [suite ...]
 *
 * Without suites it builds bullseye, bookworm and trixie, the suites of the example flavors.
 */
import { connectDocker } from '@dd/plugin/src/adapters/docker-client';
import { canDebootstrap, ensureDebianBaseImage } from '@dd/plugin/src/adapters/docker-base-image';
import { DEBIAN_SUITES, type DebianSuite } from '@dd/plugin/src/environments/base-image';
import { formatUserError, UserError } from '@dd/plugin/src/errors/user-error';

async function main(argv: string[]): Promise<number> {
  const force = argv.includes('--force');
  const suites = argv.filter((a) => !a.startsWith('--'));
  const wanted = (suites.length > 0 ? suites : ['bullseye', 'bookworm', 'trixie']) as DebianSuite[];
  const unknown = wanted.filter((s) => !(DEBIAN_SUITES as readonly string[]).includes(s));
  if (unknown.length > 0) {
    console.error(`Unknown Debian suite(s): ${unknown.join(', ')}; expected one of ${DEBIAN_SUITES.join(', ')}.`);
    return 2;
  }
  if (!(await canDebootstrap())) {
    console.error('debootstrap needs root and the debootstrap package: `apt-get install -y debootstrap`.');
    return 2;
  }
  const docker = await connectDocker();
  // The suites are built side by side: debootstrap mostly waits on the mirror.
  const started = Date.now();
  await Promise.all(
    wanted.map(async (suite) => {
      const result = await ensureDebianBaseImage(docker, suite, {
        force,
        log: (line) => console.log(`  ${suite}: ${line}`),
      });
      const seconds = (result.durationMs / 1000).toFixed(1);
      console.log(result.built ? `built ${result.image} in ${seconds} s` : `${result.image} is up to date (cached)`);
    }),
  );
  console.log(`base images ready in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error) => {
    console.error(error instanceof UserError ? formatUserError(error) : error);
    process.exit(1);
  },
);
