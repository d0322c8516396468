/** Every name derived from an integration's folder name, in one place. */
export interface IntegrationNames {
  /** Folder and Nx project name, e.g. `my_integration`. */
  name: string;
  /** Python module under `datadog_checks`, e.g. `my_integration`. */
  module: string;
  /** Distribution name on PyPI, e.g. `datadog-my-integration`. */
  distribution: string;
  /** Wheel file prefix, e.g. `datadog_my_integration`. */
  wheelPrefix: string;
  /** Check class name, e.g. `MyIntegrationCheck`. */
  className: string;
  /** Human-readable name, e.g. `My Integration`. */
  displayName: string;
  /** Metric namespace, e.g. `my_integration`. */
  metricPrefix: string;
}

/** The Python module under `datadog_checks` of the integration in folder `name`. */
export function pythonModuleName(name: string): string {
  return name.replace(/-/g, '_');
}

/** Derives the names used across files from an integration's folder name. */
export function deriveIntegrationNames(name: string, displayName?: string): IntegrationNames {
  const module = pythonModuleName(name);
  const words = module.split('_').filter(Boolean);
  return {
    name,
    module,
    distribution: `datadog-${module.replace(/_/g, '-')}`,
    wheelPrefix: `datadog_${module}`,
    className: `${words.map(capitalise).join('')}Check`,
    displayName: displayName?.trim() || words.map(capitalise).join(' '),
    metricPrefix: module,
  };
}

function capitalise(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}
