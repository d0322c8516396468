import { Document, isMap, LineCounter, parseDocument, YAMLParseError } from 'yaml';

/** A YAML file parsed with positions. */
export interface ParsedYaml {
  doc: Document;
  lineCounter: LineCounter;
}

/**
 * Parses YAML with positions. The yaml library recurses once per level of nesting: a document
 * nested some thousand levels deep overflows the stack, and becomes a document with that error.
 */
export function parseYaml(content: string): ParsedYaml {
  const lineCounter = new LineCounter();
  try {
    return { doc: parseDocument(content, { lineCounter, prettyErrors: true }), lineCounter };
  } catch (error) {
    if (!(error instanceof RangeError)) throw error;
    const doc = new Document(null);
    doc.errors.push(new YAMLParseError([0, 0], 'IMPOSSIBLE', 'collections nested too deeply for the YAML reader'));
    return { doc, lineCounter };
  }
}

/** The root mapping of a parsed YAML file, if it is one. */
export function yamlRoot(parsed: ParsedYaml | undefined) {
  const root = parsed?.doc.contents;
  return isMap(root) ? root : undefined;
}
