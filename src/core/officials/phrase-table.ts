/**
 * Name forms and country names are sequences of folded words. Two flat hash tables hold them — the
 * whole phrases and every proper prefix — which is far cheaper to build than a trie of nested maps
 * (the worker's cold start) and as fast to walk word by word.
 */
export interface PhraseTable<T> {
  values: Map<string, T[]>;
  prefixes: Set<string>;
}

export function createPhraseTable<T>(): PhraseTable<T> {
  return { values: new Map(), prefixes: new Set() };
}

/** Every proper prefix of a phrase, word by word ("george h w bush" → "george", "george h", …). */
export function phrasePrefixes(phrase: string): string[] {
  const prefixes: string[] = [];
  for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1))
    prefixes.push(phrase.slice(0, at));
  return prefixes;
}

/** Adds a value under a phrase whose prefixes are already in the table (prebuilt with the dataset). */
export function insertValue<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  if (!phrase) return;
  const list = table.values.get(phrase);
  if (list) list.push(value);
  else table.values.set(phrase, [value]);
}

/** `phrase` is folded words joined by single spaces. */
export function insertPhrase<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  for (const prefix of phrasePrefixes(phrase)) table.prefixes.add(prefix);
  insertValue(table, phrase, value);
}
