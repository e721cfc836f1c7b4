/**
 * The figures a sentence rests on: a quantity with its qualifier and what it counts
 * ("over 5,000 combat drones", "hundreds of missiles", "$2.5 billion", "3.1 percent").
 */
export interface Figure {
  text: string;
  start: number;
  end: number;
}

const QUALIFIER =
  '(?:(?:well |just |only |some |about |around |roughly |approximately |nearly |almost |over |more than |less than |fewer than |at least |at most |up to |under |above |below |close to |as many as |as much as )+)?';
const NUMBER_WORD =
  'two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|million|billion|trillion';
const VAGUE = '(?:hundreds|thousands|millions|billions|tens of thousands|dozens|scores)';
const AMOUNT = `(?:[$€£¥]\\s?)?\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|(?:[$€£¥]\\s?)?\\d+(?:\\.\\d+)?`;
const SCALE =
  '(?:\\s?(?:%|percent|per cent|percentage points?|million|billion|trillion|thousand|bn|m|k)\\b)?';

const FIGURE = new RegExp(
  `(?<![\\w.,$€£¥])${QUALIFIER}(?:(?:${AMOUNT})${SCALE}|(?:${NUMBER_WORD})(?:[- ](?:${NUMBER_WORD}))*\\b|${VAGUE} of)`,
  'giu',
);

/** Words that end the counted noun phrase. */
const STOP = new Set([
  'and',
  'or',
  'but',
  'in',
  'on',
  'at',
  'to',
  'for',
  'with',
  'by',
  'from',
  'of',
  'the',
  'a',
  'an',
  'that',
  'which',
  'who',
  'was',
  'were',
  'is',
  'are',
  'has',
  'have',
  'had',
  'will',
  'would',
  'since',
  'than',
  'as',
  'this',
  'these',
  'those',
  'into',
  'over',
  'after',
  'before',
  'during',
  'per',
  'each',
  'ago',
  'earlier',
  'later',
  'last',
  'next',
]);
const SMALL_WORD = /^(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)$/i;
const YEAR = /^(?:1[89]|20)\d{2}$/;
const MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s$/i;

export function findFigures(sentence: string): Figure[] {
  const figures: Figure[] = [];
  for (const m of sentence.matchAll(FIGURE)) {
    const raw = m[0];
    const core = raw.replace(new RegExp(`^${QUALIFIER}`, 'i'), '');
    const start = m.index;
    // Years, dates and ordinals are not quantities.
    if (YEAR.test(core)) continue;
    if (MONTH.test(sentence.slice(Math.max(0, start - 10), start))) continue;
    if (
      /^\d/.test(sentence.slice(start + raw.length)) ||
      /^(?:st|nd|rd|th)\b/i.test(sentence.slice(start + raw.length))
    )
      continue;
    if (/[\d.,]$/.test(sentence.slice(0, start))) continue;
    let end = start + raw.length;
    // The counted noun: up to three lower-case words, ending at punctuation or a function word.
    const rest = sentence.slice(end);
    const words = /^(\s+[a-z][a-z-]*)(\s+[a-z][a-z-]*)?(\s+[a-z][a-z-]*)?/.exec(rest);
    if (words) {
      for (const word of words.slice(1)) {
        if (!word) break;
        const w = word.trim();
        if (STOP.has(w) || (/(?:ed|ing|ly)$/.test(w) && w.length > 4 && end > start + raw.length)) break;
        end += word.length;
      }
    }
    const text = sentence.slice(start, end).trim();
    // A bare small number ("the 2 sides", "two days prior") is narration, not a figure to check.
    if (/^\d{1,2}$/.test(text) || SMALL_WORD.test(core.trim())) continue;
    figures.push({ text, start, end: start + text.length });
  }
  return figures;
}
