import type { PositionKind } from '../../src/data/types';
import { DataError, type RawPerson } from './model';
import { sequenceItems } from './yaml-lines';

/**
 * A Wikidata SPARQL JSON result of positions held (P39) with start and end qualifiers, as produced by
 * data/wikidata/positions.rq. Offices are read only when data/wikidata/positions.yaml names them.
 */

export const WIKIDATA_SOURCE = 'wikidata';

export interface OfficeConfig {
  qid: string;
  title: string;
  kind: PositionKind;
  country: string;
}

export function loadOfficeConfig(text: string, file: string): Map<string, OfficeConfig> {
  const map = new Map<string, OfficeConfig>();
  for (const { value, line } of sequenceItems(text, file)) {
    const row = value as Partial<OfficeConfig>;
    if (!row.qid || !/^Q\d+$/.test(row.qid) || !row.title || !row.kind || !row.country) {
      throw new DataError(`${file}:${line}`, 'an office needs qid, title, kind and country');
    }
    map.set(row.qid, row as OfficeConfig);
  }
  return map;
}

interface Binding {
  [name: string]: { value: string } | undefined;
}

const qidOf = (uri: string | undefined) => uri?.replace(/^.*\/entity\//, '') ?? '';

/** Wikidata time with its precision → the partial date Gloss stores (11 day, 10 month, 9 year). */
export function wikidataDate(value: string | undefined, precision: string | undefined): string | undefined {
  if (!value) return undefined;
  const m = /^\+?(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!m) return undefined;
  const p = Number(precision ?? 11);
  if (p >= 11) return `${m[1]}-${m[2]}-${m[3]}`;
  if (p === 10) return `${m[1]}-${m[2]}`;
  return m[1];
}

export function importWikidata(json: string, file: string, offices: Map<string, OfficeConfig>): RawPerson[] {
  let data: { results?: { bindings?: Binding[] } };
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new DataError(`${file}:1`, `invalid JSON: ${(error as Error).message}`);
  }
  const bindings = data.results?.bindings;
  if (!Array.isArray(bindings))
    throw new DataError(`${file}:1`, 'not a SPARQL JSON result (no results.bindings)');
  const persons = new Map<string, RawPerson>();
  bindings.forEach((b, i) => {
    const origin = `${file}:row ${i + 1}`;
    const qid = qidOf(b.person?.value);
    const name = b.personLabel?.value?.trim();
    const office = offices.get(qidOf(b.position?.value));
    if (!/^Q\d+$/.test(qid) || !name || name === qid)
      throw new DataError(origin, 'row without a person and an English label');
    if (!office)
      throw new DataError(origin, `office ${qidOf(b.position?.value)} is not listed in positions.yaml`);
    const start = wikidataDate(b.start?.value, b.startPrecision?.value);
    const end = wikidataDate(b.end?.value, b.endPrecision?.value);
    // Without a start date a term cannot be placed in time: left out rather than guessed.
    if (!start) return;
    if (end && end < start) throw new DataError(origin, `ends (${end}) before it starts (${start})`);
    const person = persons.get(qid) ?? {
      name,
      country: office.country,
      aliases: [],
      ids: { wikidata: qid },
      positions: [],
      origin,
    };
    person.positions.push({
      title: office.title,
      kind: office.kind,
      country: office.country,
      start,
      ...(end ? { end } : {}),
      source: WIKIDATA_SOURCE,
    });
    persons.set(qid, person);
  });
  return [...persons.values()];
}

export const wikidataSources = (_asOf: string) => ({
  [WIKIDATA_SOURCE]: {
    title: 'Wikidata: positions held (P39)',
    licence: 'CC0 1.0',
    asOf: '',
    url: 'https://www.wikidata.org/',
  },
});
