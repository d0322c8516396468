import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const script = join(__dirname, 'flavor-digest-cli.js');
const { flavorDigest } = require('./flavor-digest-cli.js') as {
  flavorDigest: (text: string, flavor: string) => string;
};

const ENV = (oldVariables: string) => `
flavors:
  old:
    variables:
${oldVariables}
  new:
    default: true
    variables:
      suite: bookworm
services:
  box:
    image: debian:\${suite}
`;

describe('flavorDigest', () => {
  const before = ENV('      suite: bullseye');

  it("changes only the edited flavor's digest, even when lines move", () => {
    const after = ENV('      suite: bullseye\n      note: edited');
    expect(flavorDigest(after, 'old')).not.toBe(flavorDigest(before, 'old'));
    expect(flavorDigest(after, 'new')).toBe(flavorDigest(before, 'new'));
  });

  it('changes every digest when a service changes', () => {
    const after = before.replace('debian:', 'library/debian:');
    expect(flavorDigest(after, 'old')).not.toBe(flavorDigest(before, 'old'));
    expect(flavorDigest(after, 'new')).not.toBe(flavorDigest(before, 'new'));
  });

  it('digests a file that does not parse as its text, without failing', () => {
    expect(flavorDigest('flavors: [', 'old')).toMatch(/^[0-9a-f]{16}$/);
    expect(flavorDigest('flavors: [', 'old')).not.toBe(flavorDigest('flavors: [[', 'old'));
  });

  it('prints the digest of an integration folder from the command line, as Nx runs it', () => {
    const root = mkdtempSync(join(tmpdir(), 'flavor-digest-'));
    try {
      mkdirSync(join(root, 'ci'));
      writeFileSync(join(root, 'ci', 'env.yaml'), before);
      expect(execFileSync(process.execPath, [script, root, 'new'], { encoding: 'utf8' }).trim()).toBe(
        flavorDigest(before, 'new'),
      );
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
