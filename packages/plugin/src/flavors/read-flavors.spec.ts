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
  it('lists each flavor with its default mark', () => {
    expect(readFlavors(ENV('      suite: bullseye'))).toEqual([
      { name: '6.0', isDefault: false },
      { name: '7.0', isDefault: true },
    ]);
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
