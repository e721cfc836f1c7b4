/** Sentence spans over the flat article text, never crossing a paragraph break. */
export interface Span {
  start: number;
  end: number;
}

const segmenter = typeof Intl !== 'undefined' && 'Segmenter' in Intl ? new Intl.Segmenter('en', { granularity: 'sentence' }) : null;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    if (segmenter) {
      for (const piece of segmenter.segment(paragraph)) pushTrimmed(spans, paragraph, offset + piece.index, piece.segment);
    } else {
      // Without Intl.Segmenter: split after terminal punctuation (and closing quotes) followed by a space.
      const re = /[^.!?]+(?:[.!?]+["”’)]*|$)/g;
      for (const m of paragraph.matchAll(re)) pushTrimmed(spans, paragraph, offset + m.index, m[0]);
    }
    offset += paragraph.length + 1;
  }
  return spans;
}

function pushTrimmed(spans: Span[], _paragraph: string, start: number, segment: string): void {
  const lead = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (body.length === 0) return;
  spans.push({ start: start + lead, end: start + lead + body.length });
}
