import type { Finding, LintRule } from '../../lint-rule';
import { isReleaseVersion } from '../../../versions/release-version';
import { compareVersions } from '../../../versions/version';
import { report } from '../rule-helpers';
import { fieldAt, MANIFEST } from './manifest-rule';

export const manifestAgentVersionRule: LintRule = {
  id: 'manifest/invalid-agent-version',
  policy: { provenance: 'advice', basis: "the guide's v1 manifest fields; ddev 20 no longer validates manifests" },
  description:
    'min_agent_version and max_agent_version (the guide\'s manifest) are versions such as 7.0.0, and the minimum is not above the maximum: the Agent refuses an integration outside that range. Bad: `"min_agent_version": "7"`, min 8.0.0 with max 7.0.0. Fix: write full x.y.z versions in the right order.',
  check: (context) => {
    const model = context.manifest();
    if (!model || model.major !== 1) return [];
    const out: Finding[] = [];
    const versions: Record<string, string> = {};
    for (const field of ['min_agent_version', 'max_agent_version']) {
      const { node, at } = fieldAt(model, [field]);
      if (node?.kind !== 'string' || node.value === '') continue;
      if (isReleaseVersion(node.value)) versions[field] = node.value;
      else
        out.push(
          report(
            MANIFEST,
            at,
            `${field} '${node.value}' is not a version (x.y.z)`,
            'write a full version such as 7.0.0',
          ),
        );
    }
    if (
      versions.min_agent_version &&
      versions.max_agent_version &&
      compareVersions(versions.min_agent_version, versions.max_agent_version) > 0
    ) {
      out.push(
        report(
          MANIFEST,
          fieldAt(model, ['min_agent_version']).at,
          `min_agent_version ${versions.min_agent_version} is above max_agent_version ${versions.max_agent_version}`,
          'swap them, or correct one of the two',
        ),
      );
    }
    return out;
  },
};
