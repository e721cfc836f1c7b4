import type { Country } from '../../src/data/types';
import { checkDate, csvRows, DataError, type RawPerson } from './model';

/**
 * The 2023 Wikidata list of foreign ministers in office (CC0): one row per country with the minister's
 * Wikidata id and start date, as of 2023-01-10. It lists only who held the post that day, so each
 * term is open with `lastSeen` set to that day: later cards do not claim the post is still held.
 */

export const FOREIGN_MINISTERS_SOURCE = 'wikidata-foreign-ministers-2023';
const SNAPSHOT = '2023-01-10';

export function importForeignMinisters(
  csv: string,
  file: string,
  countries: Country[],
  skipped: string[] = [],
  excluded: ReadonlySet<string> = new Set(),
): RawPerson[] {
  const byName = new Map<string, Country>();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) byName.set(n.toLowerCase(), c);
  const rows = csvRows(csv);
  const persons: RawPerson[] = [];
  rows.forEach((row, i) => {
    const origin = `${file}:${i + 2}`;
    // A country whose post was vacant that day has no person: nothing to import.
    if (!row.person || excluded.has(row.person)) return;
    const name = row.name?.trim();
    if (!/^Q\d+$/.test(row.person) || !name)
      throw new DataError(origin, 'row without a Wikidata id and a name');
    const country = byName.get((row.countryLabel ?? '').toLowerCase());
    // The list also covers regions and unrecognised states (Quebec, Scotland, Transnistria): outside
    // the country table, so outside the dataset's scope. They are counted, not guessed at.
    if (!country) {
      skipped.push(`${origin}: ${row.countryLabel}`);
      return;
    }
    // Without a start date the term cannot be placed in time.
    if (!row.start) return;
    const start = checkDate(row.start.slice(0, 10));
    if (!start) throw new DataError(origin, `bad start date "${row.start}"`);
    const label = (row.positionLabel ?? 'Minister of Foreign Affairs').trim();
    const title = label.toLowerCase().includes(country.name.toLowerCase())
      ? label
      : `${label} of ${country.name}`;
    persons.push({
      name,
      country: country.code,
      aliases: [],
      ids: { wikidata: row.person },
      positions: [
        {
          title,
          kind: 'foreign_minister',
          country: country.code,
          start,
          lastSeen: SNAPSHOT,
          source: FOREIGN_MINISTERS_SOURCE,
        },
      ],
      origin,
    });
  });
  return persons;
}

export const foreignMinisterSources = () => ({
  [FOREIGN_MINISTERS_SOURCE]: {
    title: 'Wikidata: foreign ministers in office, January 2023 (every-politician-scrapers)',
    licence: 'CC0 1.0',
    asOf: SNAPSHOT,
    url: 'https://github.com/every-politician-scrapers/world',
  },
});
