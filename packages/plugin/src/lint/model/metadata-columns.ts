/** Columns without which Datadog cannot read a row. */
export const REQUIRED_COLUMNS = ['metric_name', 'metric_type', 'orientation', 'integration'] as const;

/** The other columns the 2017 guide defines; its files carry them all, even when empty. */
export const GUIDE_COLUMNS = ['interval', 'unit_name', 'per_unit_name', 'description', 'short_name'] as const;

/** Columns Datadog added later, which a file may omit. */
export const LATER_COLUMNS = ['curated_metric', 'sample_tags'] as const;

export const KNOWN_COLUMNS: ReadonlySet<string> = new Set([...REQUIRED_COLUMNS, ...GUIDE_COLUMNS, ...LATER_COLUMNS]);

/** The metric types Datadog's metadata accepts (distribution and histogram are not among them). */
export const METRIC_TYPES = ['count', 'gauge', 'rate'] as const;

export const ORIENTATIONS = ['-1', '0', '1'] as const;

export const MAX_DESCRIPTION_LENGTH = 400;

/** Prefixes Datadog accepts whatever the integration's own prefix. */
export const SHARED_PREFIXES = [
  'system.',
  'jvm.',
  'http.',
  'datadog.',
  'sftp.',
  'process.',
  'runtime.',
  'otelcol_',
] as const;

export const CURATED_METRIC_TYPES = ['cpu', 'memory'] as const;
