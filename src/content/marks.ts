import type { AnnotateResult } from '../core/annotate';
import { domPosition, type TextIndex } from '../core/text/extract';

/** A marked span of the article: an official's mention or a claim, with its live DOM Range. */
export interface Mark {
  kind: 'official' | 'claim';
  start: number;
  end: number;
  /** Index into the result's officials or claims. */
  item: number;
  range: Range;
}

export function rangeFor(doc: Document, index: TextIndex, start: number, end: number): Range | null {
  const from = domPosition(index, start, 'start');
  const to = domPosition(index, end, 'end');
  if (!from || !to) return null;
  const range = doc.createRange();
  try {
    range.setStart(from.node, from.offset);
    range.setEnd(to.node, to.offset);
  } catch {
    return null;
  }
  return range;
}

export function buildMarks(doc: Document, index: TextIndex, result: Omit<AnnotateResult, 'text'>): Mark[] {
  const marks: Mark[] = [];
  result.officials.forEach((official, item) => {
    for (const mention of official.mentions) {
      const range = rangeFor(doc, index, mention.start, mention.end);
      if (range) marks.push({ kind: 'official', start: mention.start, end: mention.end, item, range });
    }
  });
  result.claims.forEach((claim, item) => {
    const range = rangeFor(doc, index, claim.start, claim.end);
    if (range) marks.push({ kind: 'claim', start: claim.start, end: claim.end, item, range });
  });
  return marks.sort((a, b) => a.start - b.start || (a.kind === 'official' ? -1 : 1));
}

/** The innermost mark at a text offset: an official's name wins over the claim around it. */
export function markAt(marks: Mark[], offset: number): Mark | null {
  let found: Mark | null = null;
  for (const mark of marks) {
    if (mark.start > offset) break;
    if (offset < mark.end && (!found || mark.end - mark.start < found.end - found.start)) found = mark;
  }
  return found;
}
