import { isScalar, type YAMLMap } from 'yaml';
import { closestName } from './closest-name';
import type { SpecErrorContext, SpecFinding } from './spec-finding';
import { keyNode, placeOf, specOptions } from './spec-tree';

const INVALID = /^Option name (['"])(.+)\1 contains the following invalid (option|value)-level fields:\n([\s\S]*)$/;
/** Upstream's closing message: `Option-level fields must be one of the following:` and its list, then the same for values. */
const ALLOWED = /(Option|Value)-level fields must be one of the following:\n((?:[ \t]+- .*(?:\n|$))+)/g;
const TOO_LONG = /^Description line length of (option|section) `(.+)` was over the limit by (\d+) characters?$/;

/** The `    - 'field'` lines of upstream's messages (Python reprs). */
function listedFields(text: string): string[] {
  return [...text.matchAll(/^\s*- (['"])(.*)\1\s*$/gm)].map((m) => m[2]);
}

function optionsNamed(context: SpecErrorContext, name: string): YAMLMap[] {
  return specOptions(context.parsed).filter((o) => o.get('name') === name);
}

function invalidField(
  option: string,
  level: 'option' | 'value',
  field: string,
  allowed: Record<'option' | 'value', string[]>,
  context: SpecErrorContext,
): SpecFinding {
  const candidates = optionsNamed(context, option);
  const holder = (o: YAMLMap) => (level === 'option' ? o : (o.get('value', true) as YAMLMap | undefined));
  const found = candidates.find((o) => keyNode(holder(o), field));
  const place = placeOf(
    context.parsed,
    found ? keyNode(holder(found), field) : candidates[0] && keyNode(candidates[0], 'name'),
  );
  if (level === 'option' && field === 'default') {
    return {
      ...place,
      message: `option '${option}' has its 'default' on the option; it belongs under 'value'`,
      hint: 'move `default:` under `value:`, next to `type:` and `example:`: the renderer ignores a default anywhere else',
    };
  }
  if (level === 'value' && allowed.option.includes(field)) {
    return {
      ...place,
      message: `the value of option '${option}' has the option-level field '${field}'`,
      hint: `move \`${field}:\` out of \`value:\`, onto the option (next to \`name:\` and \`description:\`)`,
    };
  }
  const guess = closestName(field, allowed[level]);
  const where = level === 'option' ? `option '${option}'` : `the value of option '${option}'`;
  return {
    ...place,
    message: `${where} has an unknown field '${field}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
    hint:
      allowed[level].length > 0
        ? `${level}-level fields are: ${allowed[level].join(', ')}`
        : `remove or rename the field`,
  };
}

/** The longest line of an option's description in spec.yaml, where a line too long most likely is. */
function longestDescriptionLine(
  option: YAMLMap | undefined,
  context: SpecErrorContext,
): { line: number; column: number } {
  const description = option?.get('description', true);
  if (!isScalar(description) || !description.range) return placeOf(context.parsed, option);
  const first = context.parsed.lineCounter.linePos(description.range[0]).line;
  const last = context.parsed.lineCounter.linePos(Math.max(description.range[0], description.range[1] - 1)).line;
  const lines = context.text.split('\n');
  let best = first;
  for (let line = first; line <= last; line++)
    if ((lines[line - 1] ?? '').trim().length > (lines[best - 1] ?? '').trim().length) best = line;
  return { line: best, column: 1 };
}

/**
 * Places and words the errors `ExampleConsumer.render()` gives one example file: one finding per
 * invalid field (at that field's key in spec.yaml) and per description line too long. Upstream's
 * lists of valid fields become the hints, not findings.
 */
export function describeRenderErrors(errors: readonly string[], context: SpecErrorContext): SpecFinding[] {
  const allowed: Record<'option' | 'value', string[]> = { option: [], value: [] };
  for (const error of errors)
    for (const m of error.matchAll(ALLOWED)) allowed[m[1] === 'Option' ? 'option' : 'value'] = listedFields(m[2]);
  const out: SpecFinding[] = [];
  for (const error of errors) {
    if (/^(Option|Value)-level fields must be one of the following:/.test(error)) continue;
    const invalid = INVALID.exec(error);
    const long = TOO_LONG.exec(error);
    if (invalid) {
      for (const field of listedFields(invalid[4]))
        out.push(invalidField(invalid[2], invalid[3] as 'option' | 'value', field, allowed, context));
    } else if (long) {
      const over = Number(long[3]);
      out.push({
        ...longestDescriptionLine(optionsNamed(context, long[2])[0], context),
        message: `a line of the description of ${long[1]} '${long[2]}' is ${over} character${over === 1 ? '' : 's'} over the 120 that conf.yaml.example allows`,
        hint: 'wrap the description (a block `|` keeps your line breaks), or end the line with ` /noqa` to keep it',
      });
    } else {
      out.push({
        line: 1,
        column: 1,
        message: `spec.yaml does not render: ${error.split('\n')[0]}`,
        hint: 'correct spec.yaml (this is what `ddev validate config` reports)',
      });
    }
  }
  return out;
}
