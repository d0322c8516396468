import type { Finding, LintRule } from '../../lint-rule';
import type { JsonMember } from '../../json/json-node';
import { isTruthy, readAssetObjects, showValue } from '../asset-files';
import { report } from '../rule-helpers';
import { VALID_PAGES, VALID_TYPES } from './saved-view-schema';

/** A value must be one of a list of strings; a missing field is saved-views/fields'. */
function oneOf(file: string, m: JsonMember | undefined, allowed: string[], what: string): Finding[] {
  if (!m || (m.value.kind === 'string' && allowed.includes(m.value.value))) return [];
  return [
    report(
      file,
      m.value.start,
      `the saved view has an invalid ${what}: ${showValue(m.value)}`,
      `use one of ${allowed.join(', ')}`,
    ),
  ];
}

/** ddev: a set timerange has a numeric `interval_ms`. */
function timerange(file: string, m: JsonMember | undefined): Finding[] {
  if (!m || !isTruthy(m.value)) return [];
  const interval =
    m.value.kind === 'object' ? [...m.value.members].reverse().find((x) => x.key === 'interval_ms') : undefined;
  if (interval && (interval.value.kind === 'number' || interval.value.kind === 'boolean')) return [];
  const message = interval
    ? `the saved view has an invalid timerange interval: ${showValue(interval.value)}`
    : `the saved view has an invalid timerange: ${showValue(m.value)}`;
  return [
    report(
      file,
      (interval ?? m).value.start,
      message,
      'write the timerange as {"interval_ms": <milliseconds>}, e.g. {"interval_ms": 3600000}',
    ),
  ];
}

/** ddev: set visible facets are a list. */
function visibleFacets(file: string, m: JsonMember | undefined): Finding[] {
  if (!m || !isTruthy(m.value) || m.value.kind === 'array') return [];
  return [
    report(
      file,
      m.value.start,
      `the saved view has invalid visible facets: ${showValue(m.value)}`,
      'write visible_facets as a list of facet paths, e.g. ["source", "host"]',
    ),
  ];
}

export const savedViewsInvalidValueRule: LintRule = {
  id: 'saved-views/invalid-value',
  policy: {
    provenance: 'upstream',
    validator: 'saved-views',
    basis:
      '`ddev validate saved-views`: `saved view (<name>) has an invalid type`, `has an invalid page`, `has an invalid timerange`, `has invalid visible facets`',
  },
  description:
    'Each saved view the manifest names has a `type` among logs, trace, process and container, a `page` among the pages Datadog\'s saved views open (analytics, insights, patterns, stream, traces, process_overview, container_overview and the container_orchestration_* pages), a `timerange`, when set, of the shape `{"interval_ms": <number>}`, and `visible_facets`, when set, as a list. Bad: `"page": "explorer"`, `"timerange": {"from": "now-1h"}`. Good: `"page": "stream"`, `"timerange": {"interval_ms": 3600000}`. Fix: correct the value at the reported place.',
  check: (context) =>
    readAssetObjects(context, 'saved_views').flatMap(({ asset, member }) => [
      ...oneOf(asset.file, member('type'), VALID_TYPES, 'type'),
      ...oneOf(asset.file, member('page'), VALID_PAGES, 'page'),
      ...timerange(asset.file, member('timerange')),
      ...visibleFacets(asset.file, member('visible_facets')),
    ]),
};
