import { addIsIntegrationOverrides } from './ddev-is-integration';

describe('addIsIntegrationOverrides', () => {
  it('adds the folders to an existing table, keeping every other line', () => {
    const text =
      '[overrides.display-name]\nfoo = "Foo"\n\n[overrides.is-integration]\nfluxcd = false\n\n[other]\nx = 1\n';
    expect(addIsIntegrationOverrides(text, ['node_modules', 'dist'])).toEqual({
      text: '[overrides.display-name]\nfoo = "Foo"\n\n[overrides.is-integration]\nfluxcd = false\nnode_modules = false\ndist = false\n\n[other]\nx = 1\n',
    });
  });

  it('creates the table, and the file', () => {
    expect(addIsIntegrationOverrides('[a]\nb = 1\n', ['dist'])).toEqual({
      text: '[a]\nb = 1\n\n[overrides.is-integration]\ndist = false\n',
    });
    expect(addIsIntegrationOverrides(null, ['dist'])).toEqual({ text: '[overrides.is-integration]\ndist = false\n' });
  });

  it('keeps a folder already set, even to true, and changes nothing when none is missing', () => {
    expect(addIsIntegrationOverrides('[overrides.is-integration]\ndist = true\n', ['dist'])).toEqual({
      text: undefined,
    });
  });

  it('reports a file that is not TOML at its line', () => {
    expect(addIsIntegrationOverrides('[a]\nb = = 1\n', ['dist'])).toMatchObject({ line: 2 });
  });
});
