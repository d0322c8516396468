import type { Finding, LintRule } from '../../lint-rule';
import { findNode, placeOf } from '../../json/json-node';
import { report } from '../rule-helpers';

export const SERVICE_CHECKS = 'assets/service_checks.json';
const REQUIRED = ['agent_version', 'integration', 'check', 'statuses', 'groups', 'name', 'description'];
const STATUSES = ['ok', 'warning', 'critical', 'unknown'];

export const serviceChecksRule: LintRule = {
  id: 'service-checks/invalid',
  policy: {
    provenance: 'upstream',
    validator: 'service-checks',
    basis: '`ddev validate service-checks`',
    advicePart: 'an empty object where a list is expected',
  },
  description:
    'assets/service_checks.json, when present, is strict JSON: a list of service checks, each with agent_version, integration, check, statuses (ok, warning, critical, unknown), groups, name and description, and each `check` once. Datadog builds the service check documentation from it. Fix: correct the entry at the reported line; `[]` is valid for a check without service checks.',
  check: (context) => {
    const parsed = context.json(SERVICE_CHECKS);
    if (!parsed) return [];
    if (parsed.error)
      return [report(SERVICE_CHECKS, parsed.error, `not valid JSON: ${parsed.error.message}`, parsed.error.hint)];
    const out: Finding[] = parsed.duplicates.map((d) =>
      report(SERVICE_CHECKS, d, `duplicate key "${d.key}" (first at line ${d.first.line})`, 'keep one of the two'),
    );
    const root = parsed.root;
    if (root?.kind === 'object' && root.members.length === 0) {
      return [
        ...out,
        report(
          SERVICE_CHECKS,
          root.start,
          'an empty object where a list is expected',
          'write [] for a check without service checks',
          'warning',
        ),
      ];
    }
    if (root?.kind !== 'array')
      return [
        ...out,
        report(
          SERVICE_CHECKS,
          root?.start,
          'service_checks.json must hold a list',
          'write [ ] around the entries (an empty list when there are none)',
        ),
      ];
    const checks = new Map<string, number>();
    root.items.forEach((item, i) => {
      if (item.kind !== 'object') {
        out.push(
          report(SERVICE_CHECKS, item.start, `entry ${i + 1} is not an object`, 'write each service check as { ... }'),
        );
        return;
      }
      const missing = REQUIRED.filter((key) => findNode(root, [i, key]) === undefined);
      if (missing.length)
        out.push(
          report(
            SERVICE_CHECKS,
            item.start,
            `entry ${i + 1} has no ${missing.join(', ')}`,
            `add ${missing.join(', ')}`,
          ),
        );
      const statuses = findNode(root, [i, 'statuses']);
      if (statuses?.kind === 'array') {
        for (const s of statuses.items)
          if (s.kind !== 'string' || !STATUSES.includes(s.value))
            out.push(
              report(
                SERVICE_CHECKS,
                s.start,
                `status ${s.kind === 'string' ? `'${s.value}'` : s.kind} is not one of ${STATUSES.join(', ')}`,
                `use ${STATUSES.join(', ')}`,
              ),
            );
      }
      const check = findNode(root, [i, 'check']);
      if (check?.kind === 'string') {
        const first = checks.get(check.value);
        if (first !== undefined)
          out.push(
            report(
              SERVICE_CHECKS,
              placeOf(root, [i, 'check']),
              `service check '${check.value}' is already described in entry ${first + 1}`,
              'describe each service check once',
            ),
          );
        else checks.set(check.value, i);
      }
    });
    return out;
  },
};
