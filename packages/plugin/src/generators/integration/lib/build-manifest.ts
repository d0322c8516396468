import type { NormalizedIntegrationOptions } from './normalize-options';

/** The version a new integration starts at; its first release comes from `changelog.d/1.added`. */
export const INITIAL_VERSION = '0.0.1';
export const MIN_AGENT_VERSION = '7.0.0';
export const MAX_AGENT_VERSION = '8.0.0';
/** The team that reviews community integrations of integrations-extras: the owner of most of its manifests. */
export const EXTRAS_OWNER = 'integrations-developer-platform';

/** Identifiers a v2 manifest needs; injected so that tests are deterministic. */
export interface ManifestIds {
  appUuid: string;
  sourceTypeId: number;
}

/** The overview dashboard's file, as the dashboards validator expects it to be named. */
export function dashboardPath(o: Pick<NormalizedIntegrationOptions, 'name'>): string {
  return `assets/dashboards/${o.name}_overview.json`;
}

/** The dashboard's key in the manifest, which is its title. */
export function dashboardTitle(o: Pick<NormalizedIntegrationOptions, 'displayName'>): string {
  return `${o.displayName} Overview`;
}

/** The guide's manifest (version 1.0.0), with the extras-era fields the Agent's tooling read. */
export function buildManifestV1(o: NormalizedIntegrationOptions) {
  return {
    maintainer: o.maintainer,
    manifest_version: '1.0.0',
    max_agent_version: MAX_AGENT_VERSION,
    min_agent_version: MIN_AGENT_VERSION,
    name: o.name,
    display_name: o.displayName,
    short_description: o.description,
    support: 'contrib',
    version: INITIAL_VERSION,
    type: 'check',
    metric_prefix: `${o.metricPrefix}.`,
    metric_to_check: `${o.metricPrefix}.up`,
    creates_events: false,
    supported_os: ['linux', 'mac_os', 'windows'],
  };
}

/**
 * Datadog's current manifest v2, for every kind: the maintainer becomes the author's support
 * e-mail, the description the tile's, the version lives in `__about__.py`, and the assets are
 * those the kind writes.
 */
export function buildManifestV2(o: NormalizedIntegrationOptions, ids: ManifestIds) {
  const d = o.definition;
  return {
    manifest_version: '2.0.0',
    app_uuid: ids.appUuid,
    app_id: o.name.replace(/_/g, '-'),
    owner: EXTRAS_OWNER,
    display_on_public_website: false,
    tile: {
      overview: 'README.md#Overview',
      configuration: 'README.md#Setup',
      support: 'README.md#Support',
      changelog: 'CHANGELOG.md',
      description: o.description,
      title: o.displayName,
      media: [],
      classifier_tags: [...d.classifierTags],
    },
    assets: {
      integration: {
        auto_install: d.python,
        source_type_id: ids.sourceTypeId,
        source_type_name: o.displayName,
        ...(d.python ? { configuration: { spec: 'assets/configuration/spec.yaml' } } : {}),
        events: { creates_events: d.createsEvents },
        ...(d.metrics
          ? {
              metrics: {
                prefix: `${o.metricPrefix}.`,
                check: d.heartbeatMetric ? `${o.metricPrefix}.${d.heartbeatMetric}` : [],
                metadata_path: 'metadata.csv',
              },
            }
          : {}),
        ...(d.serviceChecks ? { service_checks: { metadata_path: 'assets/service_checks.json' } } : {}),
      },
      ...(d.dashboard ? { dashboards: { [dashboardTitle(o)]: dashboardPath(o) } } : {}),
    },
    author: { support_email: o.maintainer, name: o.displayName, homepage: '', sales_email: o.maintainer },
  };
}
