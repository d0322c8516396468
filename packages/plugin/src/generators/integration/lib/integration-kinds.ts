/**
 * The kinds of integration the generator makes: those `ddev create` offers, each with the parts
 * its file set is assembled from. A part is one `files/<part>/` template tree; the manifest and
 * the repository files (CODEOWNERS, test-all.yml) are written by code.
 */
export const INTEGRATION_KINDS = ['check', 'jmx', 'logs', 'event', 'metrics-crawler', 'check-only'] as const;

export type IntegrationKind = (typeof INTEGRATION_KINDS)[number];

/** A template tree under `files/`. */
export type TemplatePart =
  'common' | 'package' | 'check-code' | 'check-tests' | 'check-tile' | 'jmx' | 'logs' | 'event' | 'metrics-crawler';

export interface KindDefinition {
  /** One line, shown by Nx's prompt and in the README. */
  description: string;
  /** ddev's command for the same kind. */
  ddevCommand: string;
  parts: readonly TemplatePart[];
  /** Whether it writes a manifest.json (all but check-only, which adds a check to an existing tile). */
  writesManifest: boolean;
  /** Whether it is a Python package (pyproject.toml): packaged and released. */
  python: boolean;
  /** Whether Datadog's CI runs its tests (a hatch.toml): it gets a test-all.yml job. */
  testable: boolean;
  /** The metric the check sends on every run, named in the manifest; none for kinds without metrics. */
  heartbeatMetric?: string;
  /** Whether metadata.csv lists metrics and the manifest a metric prefix. */
  metrics: boolean;
  /** Whether it ships assets/service_checks.json. */
  serviceChecks: boolean;
  /** Whether it ships an overview dashboard, `assets/dashboards/<name>_overview.json`. */
  dashboard: boolean;
  /** Whether it sends events (the manifest's `creates_events`). */
  createsEvents: boolean;
  /** The conf.yaml.example has a logs section (the spec's `logs` template). */
  logs: boolean;
  /** Default tile description; `{name}` stands for the display name. At most 40 characters besides it. */
  defaultDescription: string;
  /** Classifier tags besides the supported operating systems. */
  classifierTags: readonly string[];
}

const OS_TAGS = ['Supported OS::Linux', 'Supported OS::Windows', 'Supported OS::macOS'];

export const KIND_DEFINITIONS: Record<IntegrationKind, KindDefinition> = {
  check: {
    description: 'An Agent check in Python: metrics and a service check, with unit tests',
    ddevCommand: 'ddev create check <name>',
    parts: ['common', 'package', 'check-code', 'check-tests', 'check-tile'],
    writesManifest: true,
    python: true,
    testable: true,
    heartbeatMetric: 'up',
    metrics: true,
    serviceChecks: true,
    dashboard: true,
    createsEvents: false,
    logs: false,
    defaultDescription: 'Collect metrics and service checks from {name}.',
    classifierTags: [...OS_TAGS, 'Category::Developer Tools', 'Offering::Integration', 'Submitted Data Type::Metrics'],
  },
  jmx: {
    description: 'A JMX integration: JMXFetch collects the MBeans of metrics.yaml, no Python check',
    ddevCommand: 'ddev create jmx <name>',
    parts: ['common', 'package', 'jmx'],
    writesManifest: true,
    python: true,
    testable: true,
    metrics: true,
    serviceChecks: true,
    dashboard: false,
    createsEvents: false,
    logs: false,
    defaultDescription: 'Collect JMX metrics from {name}.',
    classifierTags: [...OS_TAGS, 'Category::Developer Tools', 'Offering::Integration', 'Submitted Data Type::Metrics'],
  },
  logs: {
    description: 'A logs integration: an Agent log source, no metrics',
    ddevCommand: 'ddev create logs <name>',
    parts: ['common', 'package', 'logs'],
    writesManifest: true,
    python: true,
    testable: false,
    metrics: false,
    serviceChecks: false,
    dashboard: false,
    createsEvents: false,
    logs: true,
    defaultDescription: 'Collect {name} logs with the Datadog Agent.',
    classifierTags: [...OS_TAGS, 'Category::Log Collection', 'Offering::Integration', 'Submitted Data Type::Logs'],
  },
  event: {
    description: 'An event integration: a tile for events sent to Datadog, no Python',
    ddevCommand: 'ddev create event <name>',
    parts: ['common', 'event'],
    writesManifest: true,
    python: false,
    testable: false,
    metrics: false,
    serviceChecks: false,
    dashboard: false,
    createsEvents: true,
    logs: false,
    defaultDescription: 'Send {name} events to Datadog.',
    classifierTags: [...OS_TAGS, 'Category::Event Management', 'Offering::Integration', 'Submitted Data Type::Events'],
  },
  'metrics-crawler': {
    description: 'A metrics crawler: a tile for metrics Datadog collects itself, with a dashboard',
    ddevCommand: 'ddev create metrics-crawler <name>',
    parts: ['common', 'metrics-crawler'],
    writesManifest: true,
    python: false,
    testable: false,
    metrics: true,
    serviceChecks: true,
    dashboard: true,
    createsEvents: false,
    logs: false,
    defaultDescription: 'Crawl metrics from {name} into Datadog.',
    classifierTags: ['Category::Metrics', 'Offering::Integration', 'Submitted Data Type::Metrics'],
  },
  'check-only': {
    description: 'A check added to an existing tile-only integration: writes new files only',
    ddevCommand: 'ddev create check-only <name>',
    parts: ['package', 'check-code', 'check-tests'],
    writesManifest: false,
    python: true,
    testable: true,
    heartbeatMetric: 'up',
    metrics: true,
    serviceChecks: false,
    dashboard: false,
    createsEvents: false,
    logs: false,
    defaultDescription: 'Collect metrics and service checks from {name}.',
    classifierTags: [],
  },
};

/** The kinds, one line each, as an error message lists them. */
export function describeKinds(): string {
  return INTEGRATION_KINDS.map((kind) => `  ${kind}: ${KIND_DEFINITIONS[kind].description}`).join('\n');
}

export function isIntegrationKind(value: string): value is IntegrationKind {
  return (INTEGRATION_KINDS as readonly string[]).includes(value);
}
