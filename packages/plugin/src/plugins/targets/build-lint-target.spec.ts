import { buildLintTarget, ruffSettingsInputs } from './build-targets';

const context = {
  targets: { setup: 'setup', lint: 'lint' } as never,
  pluginInputs: [{ externalDependencies: ['@dd/plugin'] }],
  pluginRootFromWorkspace: 'node_modules/@dd/plugin',
};

describe('ruffSettingsInputs', () => {
  it.each([
    ['integrations/foo', ['{workspaceRoot}/integrations/pyproject.toml', '{workspaceRoot}/pyproject.toml']],
    // integrations-extras: the parent of an integration is the workspace root.
    ['foo', ['{workspaceRoot}/pyproject.toml']],
    [
      'a/b/foo',
      ['{workspaceRoot}/a/b/pyproject.toml', '{workspaceRoot}/a/pyproject.toml', '{workspaceRoot}/pyproject.toml'],
    ],
  ])('%s: every parent folder up to the workspace root', (root, inputs) => {
    expect(ruffSettingsInputs(root)).toEqual(inputs);
  });
});

describe('buildLintTarget', () => {
  it('needs no setup: ruff is the workspace tool, not the virtualenv', () => {
    expect(buildLintTarget(context, 'integrations/foo').dependsOn).toBeUndefined();
  });

  it('is cached on the integration, the ruff settings of its parents, DD_RUFF, the repository files (CODEOWNERS, the ddev configuration, the validate workflow), DD_CHECKS_DEV (the renderer of spec.yaml) and the plugin', () => {
    expect(buildLintTarget(context, 'integrations/foo').inputs).toEqual([
      '{projectRoot}/**/*',
      '{workspaceRoot}/integrations/pyproject.toml',
      '{workspaceRoot}/pyproject.toml',
      { env: 'DD_RUFF' },
      '{workspaceRoot}/.github/CODEOWNERS',
      '{workspaceRoot}/.ddev/config.toml',
      '{workspaceRoot}/.github/workflows/validate.yml',
      { env: 'DD_CHECKS_DEV' },
      { externalDependencies: ['@dd/plugin'] },
    ]);
  });

  it('does not track ruff settings for a tile-only integration', () => {
    expect(buildLintTarget(context, 'integrations/tile', false).inputs).toEqual([
      '{projectRoot}/**/*',
      '{workspaceRoot}/.github/CODEOWNERS',
      '{workspaceRoot}/.ddev/config.toml',
      '{workspaceRoot}/.github/workflows/validate.yml',
      { env: 'DD_CHECKS_DEV' },
      { externalDependencies: ['@dd/plugin'] },
    ]);
  });
});
