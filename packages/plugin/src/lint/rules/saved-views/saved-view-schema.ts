/** What `ddev validate saved-views` accepts, copied from its source (datadog_checks_dev 20.1). */
export const REQUIRED_HEADERS = ['name', 'page', 'query', 'type'];
export const OPTIONAL_HEADERS = ['options', 'timerange', 'visible_facets'];
export const VALID_TYPES = ['logs', 'trace', 'process', 'container'];
export const VALID_PAGES = [
  'analytics',
  'insights',
  'patterns',
  'stream',
  'traces',
  'process_overview',
  'container_overview',
  'container_orchestration_summary',
  'container_orchestration_map',
  'container_orchestration_resource_utilization',
  'container_orchestration_pods',
  'container_orchestration_deployments',
  'container_orchestration_replica_sets',
  'container_orchestration_services',
  'container_orchestration_nodes',
  'container_orchestration_clusters',
  'container_orchestration_jobs',
  'container_orchestration_cron_jobs',
  'container_orchestration_daemon_sets',
  'container_orchestration_stateful_sets',
  'container_orchestration_persistent_volumes',
  'container_orchestration_persistent_volume_claims',
  'container_orchestration_roles',
  'container_orchestration_role_bindings',
  'container_orchestration_cluster_roles',
  'container_orchestration_cluster_role_bindings',
  'container_orchestration_service_accounts',
];
/** Pages that take no options at all, and the options the others allow (any, when a page is not listed). */
export const NO_OPTIONS_PAGES = ['insights', 'patterns', 'traces'];
export const PAGE_OPTIONS = new Map<string, string[]>([
  [
    'stream',
    ['columns', 'message_display', 'show_date_column', 'show_message_column', 'show_timeline', 'sort', 'stream'],
  ],
  ['analytics', ['aggregations', 'group_bys', 'limit', 'order', 'step_ms', 'widget']],
  ['process_overview', ['sort', 'graph_options', 'view_options', 'filter', 'selected_top_graph', 'enabled_columns']],
]);
