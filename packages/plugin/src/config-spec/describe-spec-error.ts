import type { YAMLMap } from 'yaml';
import { closestName } from './closest-name';
import type { SpecErrorContext, SpecFinding } from './spec-finding';
import { lowerFirst } from './spec-finding';
import {
  allOptions,
  itemName,
  keyNode,
  mapsOf,
  named,
  placeOf,
  specFile,
  specOptions,
  specRoot,
  templateBase,
  type SpecPlace,
} from './spec-tree';

const FIX_YAML =
  'fix the YAML at that line: indent with spaces, quote values that contain ": " or start with a special character';

/** The templates of the renderer near a mistyped one: those of the same folder, else the folders. */
function templateHint(name: string, context: SpecErrorContext): string {
  const folder = name.includes('/') ? name.slice(0, name.lastIndexOf('/') + 1) : '';
  const near = context.templates.filter((t) => folder && t.startsWith(folder));
  const listed = near.length > 0 ? near : context.templates.filter((t) => !t.includes('/'));
  return `use a template of datadog-checks-dev ${context.rendererVersion}: ${listed.join(', ')}`;
}

function topLevel(message: string, context: SpecErrorContext): SpecFinding {
  const at = (node?: unknown): SpecPlace => placeOf(context.parsed, node);
  const root = specRoot(context.parsed);
  const parse = /^Unable to parse the configuration specification: ([\s\S]*)$/.exec(message);
  if (parse) {
    const marks = [...parse[1].matchAll(/line (\d+), column (\d+)/g)];
    const last = marks.at(-1);
    // PyYAML's words, without its marks (`  in "<unicode string>", line 2, column 8:`) and the quoted source after them.
    const lines = parse[1].split('\n');
    const lastMark = lines.map((l) => /^\s+in "/.test(l)).lastIndexOf(true);
    const problem = (lastMark < 0 ? lines : lines.slice(0, lastMark))
      .filter((l) => l.trim() && !/^\s+in "/.test(l))
      .join('; ');
    return {
      line: last ? Number(last[1]) : 1,
      column: last ? Number(last[2]) : 1,
      message: `spec.yaml is not valid YAML for ddev's reader: ${problem}`,
      hint: FIX_YAML,
    };
  }
  if (/top-level `version` attribute$/.test(message)) {
    return {
      ...at(),
      message: `spec.yaml has no top-level 'version', and datadog_checks/${context.module}/__about__.py gives none (ddev takes the spec's version from it)`,
      hint: `give datadog_checks/${context.module}/__about__.py a line \`__version__ = '1.0.0'\`, or add \`version: 1.0.0\` at the top of spec.yaml`,
    };
  }
  if (/top-level `version` attribute must be a string/.test(message))
    return {
      ...at(keyNode(root, 'version')),
      message: "spec.yaml's top-level 'version' must be a string",
      hint: "quote it: `version: '1.0'`",
    };
  if (/top-level `files` attribute$/.test(message))
    return {
      ...at(),
      message: "spec.yaml has no top-level 'files' list",
      hint: 'add `files:` with an entry per configuration file: `- name: <check>.yaml`, `options:` with the init_config and instances templates',
    };
  if (/top-level `files` attribute must be an array/.test(message))
    return {
      ...at(keyNode(root, 'files')),
      message: "spec.yaml's top-level 'files' must be a list",
      hint: 'write each file as a `- name: <check>.yaml` item of `files:`',
    };
  if (/must be a mapping object/.test(message))
    return {
      ...at(),
      message: 'spec.yaml must be a mapping (name, files)',
      hint: 'start the file with `name: <Display name>` and `files:`',
    };
  return {
    ...at(),
    message: `spec.yaml: ${lowerFirst(message)}`,
    hint: `correct spec.yaml (this is what \`ddev validate config\` reports)`,
  };
}

/** An option and the key its message names (`Attribute \`required\``), if the option has it. */
function optionPlace(option: YAMLMap, message: string, context: SpecErrorContext): SpecPlace {
  const value = option.get('value', true) as YAMLMap | undefined;
  for (const [, key] of message.matchAll(/`([A-Za-z_]+)`/g)) {
    const node = keyNode(option, key) ?? keyNode(value, key);
    if (node) return placeOf(context.parsed, node);
  }
  return placeOf(context.parsed, keyNode(option, 'name') ?? option);
}

function inOptions(
  segments: string[],
  message: string,
  file: YAMLMap | undefined,
  context: SpecErrorContext,
): SpecFinding {
  let node: unknown = file;
  let list = mapsOf(file, 'options');
  const sections = segments.slice(0, -1);
  for (const section of sections) {
    const found = list.find((item) => itemName(item) === section);
    node = found ?? node;
    list = found ? mapsOf(found, 'options') : [];
  }
  const last = segments.at(-1) ?? '';
  const where = sections.length > 0 ? sections.join(' › ') : 'the file';
  const fallback = placeOf(context.parsed, node);
  const template = /Template `([^`]+)` does not exist/.exec(message);
  if (template) {
    const items = [...list, ...specOptions(context.parsed)].filter((item) => templateBase(item) === template[1]);
    const guess = closestName(template[1], context.templates);
    return {
      ...(items[0] ? placeOf(context.parsed, keyNode(items[0], 'template')) : fallback),
      message: `unknown template '${template[1]}' in ${where}${guess ? ` (did you mean '${guess}'?)` : ''}`,
      hint: templateHint(template[1], context),
    };
  }
  const duplicate = /Option name `(.+)` already used by option #\d+/.exec(message);
  if (duplicate) {
    const items = named(list, duplicate[1]);
    return {
      ...(items.length > 0 ? placeOf(context.parsed, items[Math.min(1, items.length - 1)]) : fallback),
      message: `option '${duplicate[1]}' is defined twice in ${where}`,
      hint: 'remove or rename one of them (a template the section uses may define it already)',
    };
  }
  const numbered = /^option #\d+$/.test(last);
  const option = numbered ? undefined : (named(list, last)[0] ?? allOptions(list).find((o) => o.get('name') === last));
  return {
    ...(option ? optionPlace(option, message, context) : fallback),
    message: `${numbered ? `${where}, ${last}` : `option '${last}'${sections.length ? ` of ${where}` : ''}`}: ${lowerFirst(message)}`,
    hint: 'correct the option in spec.yaml (this is what `ddev validate config` reports)',
  };
}

/**
 * Places one of `ConfigSpec.load()`'s errors (`<check>, <file>, instances, <option>: <what>`) at
 * its line of spec.yaml and words it for a person: the section and option it names, the key
 * the message is about.
 */
export function describeSpecError(error: string, context: SpecErrorContext): SpecFinding {
  const body = error.startsWith(context.name) ? error.slice(context.name.length) : `: ${error}`;
  const colon = body.indexOf(': ');
  if (body.startsWith(': ') || colon < 0) return topLevel(body.replace(/^: /, ''), context);
  const segments = body.slice(2, colon).split(', ');
  const message = body.slice(colon + 2);
  const index = /^file #(\d+)$/.exec(segments[0]);
  const file = specFile(context.parsed, index ? { index: Number(index[1]) } : { name: segments[0] });
  const fileName = index ? `file #${index[1]}` : `file '${segments[0]}'`;
  if (segments.length === 1) {
    const key = /`(name|example_name|options)`/.exec(message)?.[1];
    return {
      ...placeOf(context.parsed, (key && keyNode(file, key)) || file),
      message: `${fileName}: ${lowerFirst(message)}`,
      hint: 'correct the file entry under `files:` in spec.yaml',
    };
  }
  if (segments[1] === 'discovery') {
    return {
      ...placeOf(context.parsed, keyNode(file, 'discovery') ?? file),
      message: `${segments.slice(1).join(', ')} of ${fileName}: ${lowerFirst(message)}`,
      hint: 'correct the discovery section of spec.yaml',
    };
  }
  return inOptions(segments.slice(1), message, file, context);
}
