import { normalizePluginOptions, PLUGIN_DEFAULTS } from './plugin-options';

describe('normalizePluginOptions', () => {
  it('fills every default when nx.json gives none', () => {
    expect(normalizePluginOptions(undefined)).toEqual(PLUGIN_DEFAULTS);
    expect(PLUGIN_DEFAULTS.integrations).toBe('integrations/*');
    expect(PLUGIN_DEFAULTS.agentPython).toBe('3.13');
  });

  it('takes a repository-root layout and tidies the folder globs', () => {
    expect(normalizePluginOptions({ integrations: '*' }).integrations).toBe('*');
    expect(normalizePluginOptions({ integrations: './checks/*/', libraries: ' ' })).toMatchObject({
      integrations: 'checks/*',
      libraries: 'libs/*',
    });
  });

  it('renames only the targets it is asked to', () => {
    const { targets } = normalizePluginOptions({ lintTargetName: 'dd-lint', beforeScriptTargetName: 'before-script' });
    expect(targets).toEqual({ ...PLUGIN_DEFAULTS.targets, lint: 'dd-lint', beforeScript: 'before-script' });
  });

  it('passes lint strictness and a selection of validators on, and nothing when unset', () => {
    expect(normalizePluginOptions({}).lint).toEqual({});
    expect(normalizePluginOptions({ strict: true, validators: ['config', 'models'] }).lint).toEqual({
      strict: true,
      validators: ['config', 'models'],
    });
    expect(normalizePluginOptions({ strict: false }).lint).toEqual({});
  });
});
