import { readFlavors } from './read-flavors';

const ENV = (sixVariables: string) => `
flavors:
  "6.0":
    variables:
${sixVariables}
  "7.0":
    default: true
    variables:
      suite: bookworm
services:
  redis:
    image: redis:\${suite}
    ports: [6379]
    ready:
      - tcp: 6379
`;

describe('readFlavors', () => {
  it('lists each flavor with its default mark and variables', () => {
    const flavors = readFlavors(ENV('      suite: bullseye'));
    expect(flavors.map(({ name, isDefault, summary }) => ({ name, isDefault, summary }))).toEqual([
      { name: '6.0', isDefault: false, summary: 'suite=bullseye' },
      { name: '7.0', isDefault: true, summary: 'suite=bookworm' },
    ]);
  });

  it("changes only the edited flavor's digest, even when lines move", () => {
    const before = readFlavors(ENV('      suite: bullseye'));
    const after = readFlavors(ENV('      suite: bullseye-backports\n      extra: "1"'));
    expect(after[0].digest).not.toBe(before[0].digest);
    expect(after[1].digest).toBe(before[1].digest);
  });

  it('changes every digest when a service changes', () => {
    const before = readFlavors(ENV('      suite: bullseye'));
    const after = readFlavors(ENV('      suite: bullseye').replace('ports: [6379]', 'ports: [6379, 6380]'));
    expect(after.map((f) => f.digest)).not.toContain(before[0].digest);
    expect(after.map((f) => f.digest)).not.toContain(before[1].digest);
  });

  it.each([
    ['no file', undefined],
    ['an empty environment', 'flavors: {}\nservices: {}\n'],
    ['a file that does not validate', 'services: [1, 2'],
  ])('has no flavors for %s', (_what, text) => {
    expect(readFlavors(text)).toEqual([]);
  });

  it('names the single flavor of services without flavors `default`', () => {
    const text = 'services:\n  web:\n    image: nginx:latest\n    ports: [80]\n';
    expect(readFlavors(text).map((f) => f.name)).toEqual(['default']);
  });
});
