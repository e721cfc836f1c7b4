import { isMap, isSeq, LineCounter, type Node, parseDocument } from 'yaml';
import { DataError } from './model';

/** Parses YAML and keeps each node's line, so a bad row is reported as `file:line`. */
export function parseYamlWithLines(text: string, file: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length > 0) {
    const error = doc.errors[0];
    const line = error?.linePos?.[0]?.line ?? 1;
    throw new DataError(`${file}:${line}`, `invalid YAML: ${error?.message.split('\n')[0]}`);
  }
  const lineOf = (node: Node | null | undefined): number =>
    node?.range ? lineCounter.linePos(node.range[0]).line : 1;
  return { doc, lineOf };
}

/** The items of a top-level sequence, each with its plain value and line. */
export function sequenceItems(text: string, file: string): Array<{ value: unknown; line: number }> {
  const { doc, lineOf } = parseYamlWithLines(text, file);
  if (!isSeq(doc.contents)) throw new DataError(`${file}:1`, 'expected a list at the top level');
  return doc.contents.items.map((item) => ({
    value: (item as Node & { toJSON(): unknown }).toJSON(),
    line: lineOf(item as Node),
  }));
}

export { isMap, isSeq };
