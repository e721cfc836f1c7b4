import type { Dataset, Person } from '../../data/types';
import { nameKeys } from '../text/normalize';
import { createTrie, insert, type TrieNode } from './trie';

/**
 * The match index built once from the dataset: every name form of every person in a token trie,
 * and every way prose names a country. Building it is the worker's cold start, so it stays linear
 * in the dataset and allocates little.
 */

export type Via = 'full' | 'alias' | 'surname';

export interface NameEntry {
  person: number;
  via: Via;
  /** May be marked with no other evidence in the article. */
  alone: boolean;
}

export interface NameIndex {
  dataset: Dataset;
  persons: Person[];
  names: TrieNode<NameEntry>;
  /** Every way prose names a country (name, alias, demonym, capital) → country code. */
  countries: TrieNode<string>;
  countryNames: Map<string, string>;
  asOf: string;
}

export function buildNameIndex(dataset: Dataset): NameIndex {
  const names = createTrie<NameEntry>();
  dataset.persons.forEach((person, i) => {
    const seen = new Set<string>();
    const add = (form: string, via: Via, alone: boolean) => {
      const keys = nameKeys(form);
      // Prose splits hyphenated names as often as it keeps them ("Jong-un" / "Jong Un").
      const split = keys.flatMap((k) => k.split('-'));
      for (const variant of split.length > keys.length ? [keys, split] : [keys]) {
        const signature = `${variant.join(' ')}|${via}`;
        if (variant.length === 0 || seen.has(signature)) continue;
        seen.add(signature);
        insert(names, variant, { person: i, via, alone });
      }
    };
    add(person.name, 'full', nameKeys(person.name).length > 1);
    for (const alias of person.aliases) add(alias.form, 'alias', alias.alone);
    if (person.surname && person.surname !== person.name) add(person.surname, 'surname', false);
  });

  const countries = createTrie<string>();
  const countryNames = new Map<string, string>();
  for (const country of dataset.countries) {
    countryNames.set(country.code, country.name);
    const forms = [country.name, ...country.aliases, ...country.demonyms];
    if (country.capital) forms.push(country.capital);
    for (const form of [...forms, ...(country.capitalAliases ?? [])])
      insert(countries, nameKeys(form), country.code);
  }
  return { dataset, persons: dataset.persons, names, countries, countryNames, asOf: dataset.asOf };
}
