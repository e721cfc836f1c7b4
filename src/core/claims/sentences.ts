/** Sentence spans over the flat article text, never crossing a paragraph break. */
export interface Span {
  start: number;
  end: number;
}

const segmenter =
  typeof Intl !== 'undefined' && 'Segmenter' in Intl
    ? new Intl.Segmenter('en', { granularity: 'sentence' })
    : null;

/** A segment ending like this did not end a sentence: "U.S. Defense Secretary", "Sen. Warren", "Michael R. Pompeo". */
const ABBREVIATION =
  /(?:\b(?:[A-Z]\.){1,3}|\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Gen|Lt|Col|Sgt|Capt|Maj|Adm|Cmdr|Prof|Rev|St|Jr|Sr|No|Inc|Corp|Co|vs|Jan|Feb|Aug|Sept|Oct|Nov|Dec)\.)\s*$/;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  for (const span of rawSentences(text)) {
    const previous = spans[spans.length - 1];
    if (
      previous &&
      previous.end + 1 >= span.start - 1 &&
      ABBREVIATION.test(text.slice(previous.start, previous.end)) &&
      !text.slice(previous.end, span.start).includes('\n')
    ) {
      previous.end = span.end;
    } else spans.push({ ...span });
  }
  return spans;
}

function rawSentences(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  for (const paragraph of text.split('\n')) {
    if (segmenter) {
      for (const piece of segmenter.segment(paragraph))
        pushTrimmed(spans, paragraph, offset + piece.index, piece.segment);
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
