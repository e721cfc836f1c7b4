/**
 * The compiled officials dataset: what `build.mjs` writes to `dataset.json` and what the engine reads.
 * Plain data only, so it can be parsed with `JSON.parse` in the worker, the CLI and tests alike.
 */

/** ISO date, possibly partial: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
export type PartialDate = string;

export type PositionKind =
  | 'head_of_state'
  | 'head_of_government'
  | 'deputy_head_of_government'
  | 'foreign_minister'
  | 'defence_minister'
  | 'finance_minister'
  | 'interior_minister'
  | 'minister'
  | 'spokesperson'
  | 'chief_of_staff'
  | 'national_security_adviser'
  | 'adviser'
  | 'legislator'
  | 'party_leader'
  | 'opposition_leader'
  | 'judge'
  | 'central_banker'
  | 'agency_head'
  | 'military_chief'
  | 'ambassador'
  | 'governor'
  | 'state_official'
  | 'mayor'
  | 'international_official';

export interface Position {
  /** Full display title naming the country or body, e.g. "Minister of Foreign Affairs of Ukraine". */
  title: string;
  kind: PositionKind;
  /** Country or organisation code from the countries table. */
  country: string;
  organization?: string;
  /**
   * For an office below the national level: the region's code in the countries table (`US-TX`).
   * Such a name is marked only in an article that names the region (see the matcher).
   */
  region?: string;
  start?: PartialDate;
  /** Absent while the position is held as of the dataset's date. */
  end?: PartialDate;
  acting?: boolean;
  /**
   * For an open term from a source that only lists who holds an office on one day: that day. After
   * it the source says nothing, so a card does not claim the person still holds the office.
   */
  lastSeen?: PartialDate;
  /** Key into `Dataset.sources`. */
  source: string;
}

export interface NameForm {
  form: string;
  /** True when the form may be marked with no other evidence in the article. */
  alone: boolean;
}

export interface Person {
  /** Stable across rebuilds: derived from an external id where one exists, else from name and country. */
  id: string;
  name: string;
  /** The short form prose uses after a first mention ("Pompeo", "Xi"); safe alone only via `aliases`. */
  surname: string;
  aliases: NameForm[];
  country: string;
  party?: string;
  ids: Record<string, string>;
  positions: Position[];
}

/**
 * The prebuilt match phrases, written beside the dataset so the worker need not derive them: one flat
 * list per person in dataset order of triples folded phrase, via (0 full, 1 alias, 2 surname), alone
 * (0/1), and every proper prefix of those phrases once.
 */
export interface NamePhrases {
  forms: Array<Array<string | number>>;
  prefixes: string[];
}

export interface SourceInfo {
  title: string;
  licence: string;
  asOf: string;
  url?: string;
}

export interface Country {
  code: string;
  name: string;
  aliases: string[];
  demonyms: string[];
  capital?: string;
  capitalAliases?: string[];
  kind: 'country' | 'territory' | 'organization' | 'region';
}

/**
 * People by their number in the dataset: a plain array, or the worker's list that unpacks each person
 * the first time a page names them.
 */
export interface PersonList {
  readonly length: number;
  at(index: number): Person | undefined;
}

/** A dataset whose people may be unpacked lazily: what the match index is built from. */
export type DatasetView = Omit<Dataset, 'persons'> & { persons: PersonList };

export interface Dataset {
  version: 1;
  /** The newest as-of date of the sources the build read. */
  asOf: string;
  sources: Record<string, SourceInfo>;
  countries: Country[];
  persons: Person[];
}
