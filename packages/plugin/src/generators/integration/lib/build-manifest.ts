import type { NormalizedIntegrationOptions } from './normalize-options';

export const INITIAL_VERSION = '0.1.0';
export const MIN_AGENT_VERSION = '7.0.0';
export const MAX_AGENT_VERSION = '8.0.0';

/** Identifiers a v2 manifest needs; injected so that tests are deterministic. */
export interface ManifestIds {
  appUuid: string;
  sourceTypeId: number;
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
 * Datadog's current manifest v2, carrying the same information: the maintainer becomes the
 * author's support e-mail, the description the tile's, and the version lives in __about__.py.
 */
export function buildManifestV2(o: NormalizedIntegrationOptions, ids: ManifestIds) {
  return {
    manifest_version: '2.0.0',
    app_uuid: ids.appUuid,
    app_id: o.name.replace(/_/g, '-'),
    display_on_public_website: false,
    tile: {
      overview: 'README.md#Overview',
      configuration: 'README.md#Configuration',
      support: 'README.md#Troubleshooting',
      changelog: 'CHANGELOG.md',
      description: o.description,
      title: o.displayName,
      media: [],
      classifier_tags: [
        'Supported OS::Linux',
        'Supported OS::macOS',
        'Supported OS::Windows',
        'Category::Developer Tools',
        'Offering::Integration',
        'Submitted Data Type::Metrics',
      ],
    },
    assets: {
      integration: {
        auto_install: true,
        source_type_id: ids.sourceTypeId,
        source_type_name: o.displayName,
        events: { creates_events: false },
        metrics: { prefix: `${o.metricPrefix}.`, check: `${o.metricPrefix}.up`, metadata_path: 'metadata.csv' },
        service_checks: { metadata_path: 'assets/service_checks.json' },
      },
    },
    author: { name: o.displayName, support_email: o.maintainer, homepage: '', sales_email: '' },
  };
}
