import type { DatasetView, NamePhrases, Person, PersonList } from '../../data/types';
import { nameKeys } from '../text/normalize';
import { createPhraseTable, insertPhrase, insertValue, type PhraseTable } from './phrase-table';

/**
 * The match index built once from the dataset: every name form of every person in a phrase table,
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
  dataset: DatasetView;
  /** Everyone indexed, the main file's people first, then each added file's (`addPersons`). */
  persons: PersonList;
  /** The lists `persons` joins, one per file, in order. */
  personFiles: PersonList[];
  names: PhraseTable<NameEntry>;
  /** Every way prose names a country (name, alias, demonym, capital) → country code. */
  countries: PhraseTable<string>;
  countryNames: Map<string, string>;
  /** Codes of the countries table's regions (US states). */
  regionCodes: Set<string>;
  /** How many people share each surname (as a folded phrase): a common one makes a name ambiguous. */
  surnameCounts: Map<string, number>;
  asOf: string;
}

const VIA: Via[] = ['full', 'alias', 'surname'];
const SURNAME = VIA.indexOf('surname');

/**
 * Every phrase (folded words joined by spaces) that names the person, as a flat list of triples
 * phrase, via, alone. The dataset build writes these beside the dataset so the worker only has to
 * fill its tables; one flat list per person parses about twice as fast as a list of small lists.
 */
export function nameForms(person: Person): Array<string | number> {
  const forms: Array<string | number> = [];
  const seen = new Set<string>();
  const add = (form: string, via: Via, alone: boolean) => {
    const keys = nameKeys(form);
    // Prose splits hyphenated names as often as it keeps them ("Jong-un" / "Jong Un").
    const split = keys.flatMap((k) => k.split('-'));
    for (const variant of split.length > keys.length ? [keys, split] : [keys]) {
      const phrase = variant.join(' ');
      const signature = `${phrase}|${via}`;
      if (variant.length === 0 || seen.has(signature)) continue;
      seen.add(signature);
      forms.push(phrase, VIA.indexOf(via), alone ? 1 : 0);
    }
  };
  add(person.name, 'full', nameKeys(person.name).length > 1);
  for (const alias of person.aliases) add(alias.form, 'alias', alias.alone);
  if (person.surname && person.surname !== person.name) add(person.surname, 'surname', false);
  return forms;
}

/**
 * Adds a second file's people (the regional officials) to a built index. They join the index's person
 * list, so every lookup by position number keeps working. Sources are credited in the main file.
 */
export function addPersons(index: NameIndex, pack: DatasetView, phrases?: NamePhrases): void {
  const offset = index.persons.length;
  index.personFiles.push(pack.persons);
  for (const prefix of phrases?.prefixes ?? []) index.names.prefixes.add(prefix);
  for (let i = 0; i < pack.persons.length; i++) {
    let counted = false;
    const forms = phrases?.forms[i] ?? nameForms(pack.persons.at(i) as Person);
    for (let k = 0; k + 2 < forms.length; k += 3) {
      const phrase = forms[k] as string;
      const via = forms[k + 1] as number;
      const alone = forms[k + 2] as number;
      const entry = { person: offset + i, via: VIA[via] as Via, alone: alone === 1 };
      if (phrases) insertValue(index.names, phrase, entry);
      else insertPhrase(index.names, phrase, entry);
      // The surname phrase comes folded: counting it here costs no extra folding at start. Its first
      // form only ("jong-un", not also "jong un").
      if (via === SURNAME && !counted) {
        index.surnameCounts.set(phrase, (index.surnameCounts.get(phrase) ?? 0) + 1);
        counted = true;
      }
    }
  }
}

/** One numbering over several files' people: the main file's first, then each added file's. */
function joinedList(parts: PersonList[]): PersonList {
  return {
    get length() {
      return parts.reduce((n, part) => n + part.length, 0);
    },
    at(index) {
      let i = index;
      if (i < 0) return undefined;
      for (const part of parts) {
        if (i < part.length) return part.at(i);
        i -= part.length;
      }
      return undefined;
    },
  };
}

export function buildNameIndex(dataset: DatasetView, phrases?: NamePhrases): NameIndex {
  const countries = createPhraseTable<string>();
  const countryNames = new Map<string, string>();
  const regionCodes = new Set<string>();
  for (const country of dataset.countries) {
    if (country.kind === 'region') regionCodes.add(country.code);
    countryNames.set(country.code, country.name);
    const forms = [country.name, ...country.aliases, ...country.demonyms];
    // An organization's seat is no evidence of it: "New York" is far likelier the city than the UN,
    // "Washington" the US government than the IMF.
    if (country.capital && country.kind !== 'organization')
      forms.push(country.capital, ...(country.capitalAliases ?? []));
    for (const form of forms) insertPhrase(countries, nameKeys(form).join(' '), country.code);
  }
  const personFiles: PersonList[] = [];
  const persons = joinedList(personFiles);
  const index: NameIndex = {
    dataset: { ...dataset, persons },
    persons,
    personFiles,
    names: createPhraseTable<NameEntry>(),
    countries,
    countryNames,
    regionCodes,
    surnameCounts: new Map(),
    asOf: dataset.asOf,
  };
  addPersons(index, dataset, phrases);
  return index;
}
