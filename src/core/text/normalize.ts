/**
 * One way to fold words for comparison, shared by the dataset index and the matcher, so that
 * "Zelenskyy", "ZELENSKYY" and "Zelenskýy" meet, and "Trump’s" meets "Trump's".
 */
export function foldWord(word: string): string {
  return word
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[’‘ʼ`´]/g, "'")
    .replace(/[‐‑‒–]/g, '-')
    .toLowerCase();
}

export interface Token {
  start: number;
  end: number;
  /** Folded form without a possessive ending. */
  key: string;
  raw: string;
  /** Starts with a capital letter (or is all capitals). */
  capitalized: boolean;
}

// A word is letters or digits, optionally joined by inner apostrophes or hyphens ("O'Brien", "Jean-Claude").
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’‐‑-][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/i;
const CAPITAL = /^\p{Lu}/u;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    let raw = m[0];
    // "Trump’s" names Trump; the possessive ending is not part of the name.
    if (POSSESSIVE.test(raw) && raw.length > 2) raw = raw.slice(0, -2);
    tokens.push({ start, end: start + raw.length, key: foldWord(raw), raw, capitalized: CAPITAL.test(raw) });
  }
  return tokens;
}

/** The folded token keys of a name form, as the index stores them. */
export function nameKeys(form: string): string[] {
  return tokenize(form).map((t) => t.key);
}
