import { AGENT_PYTHON } from '../python/python-version';

/**
 * The options of `@dd/plugin` in nx.json (`{ "plugin": "@dd/plugin", "options": { ... } }`),
 * normalised once: every target name can be changed so that it never collides with another
 * plugin's, and the folders integrations live in follow the repository's layout.
 */
export interface DdPluginOptions {
  /** Glob of integration folders (each with a manifest.json); `*` for integrations at the root. */
  integrations?: string;
  /** Glob of shared Python library folders (each with a pyproject.toml). */
  libraries?: string;
  /** The Python the Agent ships, used when an integration declares none. */
  agentPython?: string;
  /** Lint's `strict` for every integration: beyond-upstream findings, and the validators the CI leaves off, are errors. */
  strict?: boolean;
  /** Lint's `validators` for every integration: the ddev validators whose rules are errors, instead of the CI's selection. */
  validators?: string[];
  setupTargetName?: string;
  lintTargetName?: string;
  testTargetName?: string;
  packageTargetName?: string;
  ciTargetName?: string;
  cleanTargetName?: string;
  checkTargetName?: string;
  installTargetName?: string;
  beforeScriptTargetName?: string;
  cleanupTargetName?: string;
}

export interface TargetNames {
  setup: string;
  lint: string;
  test: string;
  package: string;
  ci: string;
  clean: string;
  check: string;
  install: string;
  beforeScript: string;
  cleanup: string;
}

/** The lint options the plugin gives every lint target (absent: the executor's defaults). */
export interface PluginLintOptions {
  strict?: boolean;
  validators?: string[];
}

export interface NormalizedPluginOptions {
  integrations: string;
  libraries: string;
  agentPython: string;
  lint: PluginLintOptions;
  targets: TargetNames;
}

/** The defaults, as the plugin README documents them. */
export const PLUGIN_DEFAULTS: NormalizedPluginOptions = {
  integrations: 'integrations/*',
  libraries: 'libs/*',
  agentPython: AGENT_PYTHON,
  lint: {},
  targets: {
    setup: 'setup',
    lint: 'lint',
    test: 'test',
    package: 'package',
    ci: 'ci',
    clean: 'clean',
    check: 'check',
    install: 'install',
    beforeScript: 'before-script',
    cleanup: 'cleanup',
  },
};

function folderGlob(value: string | undefined, fallback: string): string {
  const trimmed = value?.trim().replace(/^\.\//, '').replace(/\/+$/, '');
  return trimmed ? trimmed : fallback;
}

export function normalizePluginOptions(options: DdPluginOptions | undefined): NormalizedPluginOptions {
  const o = options ?? {};
  const d = PLUGIN_DEFAULTS.targets;
  return {
    integrations: folderGlob(o.integrations, PLUGIN_DEFAULTS.integrations),
    libraries: folderGlob(o.libraries, PLUGIN_DEFAULTS.libraries),
    agentPython: o.agentPython?.trim() || PLUGIN_DEFAULTS.agentPython,
    lint: {
      ...(o.strict === true ? { strict: true } : {}),
      ...(Array.isArray(o.validators) ? { validators: o.validators.map(String) } : {}),
    },
    targets: {
      setup: o.setupTargetName || d.setup,
      lint: o.lintTargetName || d.lint,
      test: o.testTargetName || d.test,
      package: o.packageTargetName || d.package,
      ci: o.ciTargetName || d.ci,
      clean: o.cleanTargetName || d.clean,
      check: o.checkTargetName || d.check,
      install: o.installTargetName || d.install,
      beforeScript: o.beforeScriptTargetName || d.beforeScript,
      cleanup: o.cleanupTargetName || d.cleanup,
    },
  };
}

/** The plugin's options as nx.json registers them (`"@dd/plugin"` or `{ "plugin": "@dd/plugin", "options": ... }`). */
export function pluginOptionsOf(
  nxJson: { plugins?: (string | { plugin: string; options?: unknown })[] } | null | undefined,
): DdPluginOptions | undefined {
  const entry = nxJson?.plugins?.find((p) => (typeof p === 'string' ? p : p.plugin) === '@dd/plugin');
  return entry && typeof entry !== 'string' ? (entry.options as DdPluginOptions | undefined) : undefined;
}

/**
 * The folder new integrations go in, from the `integrations` glob: `integrations/*` →
 * `integrations`, `*` → the workspace root (''). undefined for a glob with more than one place.
 */
export function integrationsFolder(glob: string): string | undefined {
  if (glob === '*') return '';
  const match = /^([^*?{}[\]!]+)\/\*$/.exec(glob);
  return match ? match[1] : undefined;
}
