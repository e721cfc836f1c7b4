import { csvRows, DataError, type RawPerson, type RawPosition } from './model';
import { US_STATES } from './us-states';

/**
 * Former members of Congress: congress-legislators' historical file names them (one row per person,
 * no dates) and FiveThirtyEight's per-Congress table (66th–118th, 1919–2025) dates their service.
 * A member listed in consecutive Congresses for one seat holds one position, from the year the first
 * of them met (a member may have joined later) to the day the Congress after the last one met.
 */

export const AGING_SOURCE = 'fivethirtyeight-congress';

interface ServiceRow {
  congress: number;
  start: string;
  chamber: 'House' | 'Senate';
  state: string;
}

export function readService(csv: string, file: string): Map<string, ServiceRow[]> {
  const rows = csvRows(csv);
  const byMember = new Map<string, ServiceRow[]>();
  rows.forEach((row, i) => {
    const origin = `${file}:${i + 2}`;
    const bioguide = row.bioguide_id?.trim();
    const congress = Number(row.congress);
    const chamber = row.chamber as ServiceRow['chamber'];
    if (
      !bioguide ||
      !Number.isInteger(congress) ||
      !/^\d{4}-\d{2}-\d{2}$/.test(row.start_date ?? '') ||
      (chamber !== 'House' && chamber !== 'Senate')
    ) {
      throw new DataError(origin, 'bad service row (bioguide, congress, start_date or chamber)');
    }
    const list = byMember.get(bioguide) ?? [];
    list.push({ congress, start: row.start_date as string, chamber, state: row.state_abbrev ?? '' });
    byMember.set(bioguide, list);
  });
  return byMember;
}

function positionsFrom(rows: ServiceRow[], origin: string): RawPosition[] {
  const sorted = [...rows].sort((a, b) => a.congress - b.congress || a.chamber.localeCompare(b.chamber));
  const positions: RawPosition[] = [];
  let open: { key: string; last: number; position: RawPosition } | null = null;
  for (const row of sorted) {
    const state = US_STATES[row.state];
    if (!state) throw new DataError(origin, `unknown state "${row.state}"`);
    const title =
      row.chamber === 'Senate'
        ? `United States Senator from ${state}`
        : `Member of the U.S. House of Representatives from ${state}`;
    const key = `${title}`;
    // A Congress ends when the next one meets, two years after it met: a known day, not a whole year.
    const endYear = `${Number(row.start.slice(0, 4)) + 2}${row.start.slice(4)}`;
    if (open && open.key === key && row.congress === open.last + 1) {
      open.position.end = endYear;
      open.last = row.congress;
      continue;
    }
    const position: RawPosition = {
      title,
      kind: 'legislator',
      country: 'US',
      start: row.start.slice(0, 4),
      end: endYear,
      source: AGING_SOURCE,
    };
    positions.push(position);
    open = { key, last: row.congress, position };
  }
  return positions;
}

function articleName(wikipedia: string | undefined): string | null {
  const title = wikipedia?.replace(/\s*\(.*\)\s*$/, '').trim();
  return title ? title : null;
}

export function importHistorical(csv: string, file: string, service: Map<string, ServiceRow[]>): RawPerson[] {
  const rows = csvRows(csv, { relaxColumnCount: true });
  const persons: RawPerson[] = [];
  rows.forEach((row, i) => {
    const origin = `${file}:${i + 2}`;
    const first = row.first_name?.trim();
    const last = row.last_name?.trim();
    const bioguide = row.bioguide_id?.trim();
    if (!first || !last || !bioguide) throw new DataError(origin, 'missing name or bioguide id');
    const served = service.get(bioguide);
    // Members who left before 1919 have no dated service here: a record without dates cannot say who held what when.
    if (!served) return;
    const nickname = row.nickname?.trim();
    const article = articleName(row.wikipedia_id);
    const name = article ?? (row.full_name?.trim() || `${nickname || first} ${last}`);
    const aliases = new Set([`${first} ${last}`, ...(nickname ? [`${nickname} ${last}`] : [])]);
    if (row.middle_name?.trim()) aliases.add(`${first} ${row.middle_name.trim()} ${last}`);
    aliases.delete(name);
    persons.push({
      name,
      country: 'US',
      aliases: [...aliases],
      surname: last,
      ...(row.party?.trim() ? { party: row.party.trim() } : {}),
      ids: { bioguide },
      ...(article ? { nameFromArticle: true } : {}),
      positions: positionsFrom(served, origin),
      origin,
    });
  });
  return persons;
}

export const historicalSources = () => ({
  [AGING_SOURCE]: {
    title: 'FiveThirtyEight: members of Congress by Congress, 1919–2025 (with congress-legislators names)',
    licence: 'CC BY 4.0',
    asOf: '2023-03',
    url: 'https://github.com/fivethirtyeight/data/tree/master/congress-demographics',
  },
});
