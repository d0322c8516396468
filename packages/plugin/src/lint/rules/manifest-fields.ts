import type { Diagnostic, LintRule } from '../diagnostic';
import { lineOf } from '../locate';
import { parseManifest } from './manifest-json';

const V1_FIELDS = ['maintainer', 'manifest_version', 'max_agent_version', 'min_agent_version', 'name', 'short_description', 'support', 'version'];
const V2_FIELDS = ['manifest_version', 'app_uuid', 'app_id', 'tile.description', 'tile.title', 'author.name', 'assets.integration.source_type_name'];

function read(value: Record<string, unknown>, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), value);
}

export const manifestFieldsRule: LintRule = {
  id: 'manifest/required-field',
  description:
    "manifest.json carries the guide's fields (maintainer, manifest_version, max/min_agent_version, name, short_description, support, version) or, for manifest_version 2.x, the fields Datadog requires of a v2 manifest. A missing or empty field is reported at the top of the file.",
  check: (source) => {
    const { value } = parseManifest(source);
    if (!value) return [];
    const text = source.files['manifest.json'];
    const isV2 = String(value.manifest_version ?? '').startsWith('2');
    const out: Diagnostic[] = [];
    for (const field of isV2 ? V2_FIELDS : V1_FIELDS) {
      const found = read(value, field);
      if (found === undefined || found === null || found === '') {
        out.push({
          ruleId: 'manifest/required-field',
          severity: 'error',
          file: 'manifest.json',
          line: 1,
          column: 1,
          message: `manifest.json has no '${field}'${isV2 ? ' (manifest v2)' : ''}`,
          hint: `add "${field}" to manifest.json`,
        });
      }
    }
    if (!isV2 && typeof value.name === 'string' && value.name !== '' && value.name !== source.name) {
      out.push({
        ruleId: 'manifest/required-field',
        severity: 'error',
        file: 'manifest.json',
        line: lineOf(text, /"name"\s*:/),
        column: 1,
        message: `manifest.json name '${value.name}' differs from the folder name '${source.name}'`,
        hint: `set "name": "${source.name}"`,
      });
    }
    return out;
  },
};
