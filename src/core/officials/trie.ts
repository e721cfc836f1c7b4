/** A token trie: name forms and country names are sequences of folded words. */
export interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  values: T[] | null;
}

export function createTrie<T>(): TrieNode<T> {
  return { next: new Map(), values: null };
}

export function insert<T>(root: TrieNode<T>, keys: string[], value: T): void {
  if (keys.length === 0) return;
  let node = root;
  for (const key of keys) {
    let child = node.next.get(key);
    if (!child) {
      child = createTrie<T>();
      node.next.set(key, child);
    }
    node = child;
  }
  if (!node.values) node.values = [];
  node.values.push(value);
}
