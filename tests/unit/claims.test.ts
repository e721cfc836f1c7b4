import { describe, expect, it } from 'vitest';
import { findFigures } from '../../src/core/claims/figures';
import { splitSentences } from '../../src/core/claims/sentences';

describe('findFigures', () => {
  it('takes each quantity with its qualifier and what it counts', () => {
    const sentence =
      'Russia launched over 5,000 combat drones and hundreds of missiles, including nearly 80 ballistic missiles, in June alone.';
    expect(findFigures(sentence).map((f) => f.text)).toEqual([
      'over 5,000 combat drones',
      'hundreds of missiles',
      'nearly 80 ballistic missiles',
    ]);
  });

  it('reads percentages and money', () => {
    expect(
      findFigures('Unemployment fell to 3.5 percent as $2.5 billion was spent.').map((f) => f.text),
    ).toEqual(['3.5 percent', '$2.5 billion']);
  });

  it('ignores years, dates, ordinals and small narrative numbers', () => {
    expect(findFigures('In 2019, on June 3, the 82nd airborne waited two days.')).toEqual([]);
  });
});

describe('splitSentences', () => {
  it('does not end a sentence at an abbreviation or initial', () => {
    const text = 'U.S. Defense Secretary Pete Hegseth spoke. Michael R. Pompeo replied.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'U.S. Defense Secretary Pete Hegseth spoke.',
      'Michael R. Pompeo replied.',
    ]);
  });

  it('keeps a closing quotation mark with its sentence and never crosses paragraphs', () => {
    const text = 'He said Kyiv is “clarifying all the details.”\nNext paragraph here.';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'He said Kyiv is “clarifying all the details.”',
      'Next paragraph here.',
    ]);
  });
});
