import type { Finding } from '../lint-rule';
import { toValue, type JsonMember, type JsonNode } from '../json/json-node';
import type { ParsedJson } from '../json/parse-json';
import type { LintContext } from '../lint-context';
import { namedAssets, type AssetGroup, type NamedAsset } from '../model/manifest-assets';
import { MANIFEST } from './manifest/manifest-rule';
import { report } from './rule-helpers';

/** A file the manifest names that exists and was read, parsed with positions. */
export interface AssetFile {
  asset: NamedAsset;
  parsed: ParsedJson;
}

/** A named file that holds one JSON object: its members, the last of a duplicate key winning. */
export interface AssetObject {
  asset: NamedAsset;
  root: Extract<JsonNode, { kind: 'object' }>;
  /** The member of a key, if present (the last one when written twice). */
  member(key: string): JsonMember | undefined;
}

/** The files of a group named by the manifest (v1 or v2). */
export function manifestAssets(context: LintContext, group: AssetGroup): NamedAsset[] {
  const model = context.manifest();
  return model ? namedAssets(model.root, group) : [];
}

/** The named files of a group that were read (the others are missing, or outside the folders read). */
export function readAssetFiles(context: LintContext, group: AssetGroup): AssetFile[] {
  return manifestAssets(context, group).flatMap((asset) => {
    const parsed = context.json(asset.file);
    return parsed ? [{ asset, parsed }] : [];
  });
}

/** The named files of a group that parse as a JSON object: what a validator goes on to read. */
export function readAssetObjects(context: LintContext, group: AssetGroup): AssetObject[] {
  return readAssetFiles(context, group).flatMap(({ asset, parsed }) => {
    const root = parsed.root;
    if (root?.kind !== 'object') return [];
    return [{ asset, root, member: (key: string) => [...root.members].reverse().find((m) => m.key === key) }];
  });
}

/**
 * One diagnostic per named file that does not exist, at the manifest's value. Without a list of
 * the folder's files (an in-memory source), nothing is known to be missing.
 */
export function reportMissingAssets(context: LintContext, group: AssetGroup, what: string): Finding[] {
  if (context.paths === undefined) return [];
  return manifestAssets(context, group)
    .filter((asset) => !context.exists(asset.file))
    .map((asset) =>
      report(
        MANIFEST,
        asset.at,
        `${asset.field} names the ${what} '${asset.written}', which does not exist`,
        `add ${asset.file} to the integration, or correct the path`,
      ),
    );
}

/** Python's json module reads these words as numbers; JSON has no such values. */
const NON_FINITE = /^(NaN|Infinity|-Infinity)/;

/** The word at a 1-based place of a text, if it is NaN or (-)Infinity. */
function nonFiniteAt(text: string | undefined, at: { line: number; column: number }): string | undefined {
  const line = text?.split('\n')[at.line - 1];
  return line === undefined ? undefined : NON_FINITE.exec(line.slice(at.column - 1))?.[1];
}

/**
 * One diagnostic per named file that is not JSON, or JSON that is not an object, as Python's json
 * module (which the validators load them with) sees it; a byte order mark is file/byte-order-mark's.
 * NaN and Infinity, which Python accepts, are a warning: the file cannot be judged further.
 */
export function reportInvalidJson(context: LintContext, group: AssetGroup, what: string): Finding[] {
  return readAssetFiles(context, group).flatMap(({ asset, parsed }) => {
    const word = parsed.error?.message.startsWith('expected a value')
      ? nonFiniteAt(context.files[asset.file], parsed.error)
      : undefined;
    if (parsed.error && word)
      return [
        report(
          asset.file,
          parsed.error,
          `${what} holds ${word}, which is not a JSON value (Python's json module, and so ddev, reads it; other readers refuse it)`,
          'write a number, or null',
          'warning',
        ),
      ];
    if (parsed.error)
      return [
        report(asset.file, parsed.error, `${what} is not valid JSON: ${parsed.error.message}`, parsed.error.hint),
      ];
    const root = parsed.root;
    if (root && root.kind !== 'object')
      return [
        report(
          asset.file,
          root.start,
          `${what} must hold a JSON object, found ${root.kind === 'array' ? 'an array' : `a ${root.kind}`}`,
          'write the definition as one object: { ... }',
        ),
      ];
    return [];
  });
}

/** A JSON value as a short text for messages, cut at 60 characters. */
export function showValue(node: JsonNode): string {
  const text = JSON.stringify(toValue(node));
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}

/** Python's truth value of a JSON value, which the validators test with `if value:`. */
export function isTruthy(node: JsonNode | undefined): boolean {
  if (!node) return false;
  switch (node.kind) {
    case 'object':
      return node.members.length > 0;
    case 'array':
      return node.items.length > 0;
    case 'null':
      return false;
    case 'string':
      return node.value !== '';
    case 'number':
      return node.value !== 0;
    case 'boolean':
      return node.value;
  }
}
