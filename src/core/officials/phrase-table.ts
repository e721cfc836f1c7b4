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

/** `phrase` is folded words joined by single spaces. */
export function insertPhrase<T>(table: PhraseTable<T>, phrase: string, value: T): void {
  if (!phrase) return;
  for (let at = phrase.indexOf(' '); at > 0; at = phrase.indexOf(' ', at + 1))
    table.prefixes.add(phrase.slice(0, at));
  const list = table.values.get(phrase);
  if (list) list.push(value);
  else table.values.set(phrase, [value]);
}
