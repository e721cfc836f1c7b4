import type { SourceInfo } from '../../src/data/types';
import { checkDate, csvRows, DataError, type RawPerson, type RawPosition } from './model';
import { US_STATES } from './us-states';
import { OPENSTATES_COLUMNS } from './vendor-openstates';

/**
 * Open States (CC0): every sitting state legislator and state executive officer, with the terms
 * they served, as vendored in data/openstates/people.csv (see data/openstates/README.md).
 *
 * A state legislator's name is often shared with someone better known, so each person is kept as
 * their own record (keyed by the Open States id, never merged by name) and every office carries its
 * state as `region`: the matcher marks such a name only in an article that names the state.
 */

export const OPENSTATES_SOURCE = 'openstates';
/** The day the vendored table was taken: a term the table shows as running is known to that day. */
export const OPENSTATES_AS_OF = '2026-08-05';

/** Lower chambers named otherwise than "House of Representatives". */
const ASSEMBLY = new Set(['CA', 'NV', 'NY', 'WI', 'NJ']);
const DELEGATES = new Set(['MD', 'VA', 'WV']);

/** Governors come from the curated list, which covers every state since 1990. */
const EXECUTIVE_TITLES: Record<string, (state: string) => string> = {
  lt_governor: (s) => `Lieutenant Governor of ${s}`,
  'attorney general': (s) => `Attorney General of ${s}`,
  'secretary of state': (s) => `Secretary of State of ${s}`,
  'chief election officer': (s) => `Chief Election Officer of ${s}`,
  auditor: (s) => `Auditor of ${s}`,
  treasurer: (s) => `Treasurer of ${s}`,
};

function legislatorTitle(role: string, code: string, state: string): string | null {
  if (code === 'DC') return 'Member of the Council of the District of Columbia';
  if (role === 'upper' || (role === 'legislature' && code === 'NE')) return `${state} State Senator`;
  if (role !== 'lower') return null;
  if (ASSEMBLY.has(code)) return `Member of the ${state} State Assembly`;
  if (DELEGATES.has(code)) return `Member of the ${state} House of Delegates`;
  if (code === 'PR') return 'Member of the House of Representatives of Puerto Rico';
  return `${state} State Representative`;
}

/** Terms the build leaves out, counted for its report: undated, or ending before they start upstream. */
export interface OpenStatesSkipped {
  undated: number;
  reversed: string[];
}

export function importOpenStates(csv: string, file: string, skipped: OpenStatesSkipped): RawPerson[] {
  const rows = csvRows(csv);
  const header = Object.keys(rows[0] ?? {});
  for (const column of OPENSTATES_COLUMNS)
    if (rows.length > 0 && !header.includes(column))
      throw new DataError(`${file}:1`, `missing column "${column}"`);

  // A governor is also on the curated list: their record joins that one by name instead of standing apart.
  const governors = new Set(rows.filter((r) => r.role === 'governor').map((r) => r.id));
  const byId = new Map<string, RawPerson>();
  rows.forEach((row, i) => {
    const origin = `${file}:${i + 2}`;
    const id = row.id ?? '';
    const name = (row.name ?? '').trim();
    if (!/^[0-9a-f-]{36}$/.test(id)) throw new DataError(origin, `bad Open States id "${id}"`);
    if (!name) throw new DataError(origin, 'missing name');
    const code = row.state ?? '';
    const stateName = US_STATES[code];
    if (!stateName) throw new DataError(origin, `unknown state "${code}"`);
    const state = stateName.replace(/^the /, '');
    const role = row.role ?? '';
    if (role === 'governor') return;
    const executive = EXECUTIVE_TITLES[role];
    const title = executive ? executive(state) : legislatorTitle(role, code, state);
    if (!title) throw new DataError(origin, `unknown role "${role}"`);
    // A term with no start cannot be placed in time: it would claim the seat on any date.
    if (!row.start) {
      skipped.undated++;
      return;
    }
    const start = checkDate(row.start);
    const end = row.end ? checkDate(row.end) : undefined;
    if (!start) throw new DataError(origin, `bad start date "${row.start}"`);
    if (end === null) throw new DataError(origin, `bad end date "${row.end}"`);
    // The upstream table has terms whose end precedes their start (a later term's start copied onto an
    // earlier one). Which date is wrong cannot be told, so the term is left out and reported.
    if (end && end < start) {
      skipped.reversed.push(origin);
      return;
    }

    const position: RawPosition = {
      title,
      kind: executive ? 'state_official' : 'legislator',
      country: 'US',
      region: code === 'PR' ? 'PR' : `US-${code}`,
      start,
      source: OPENSTATES_SOURCE,
    };
    // A scheduled end after the table's date is when the term is due to end, not when it did.
    if (end && end <= OPENSTATES_AS_OF) position.end = end;
    else position.lastSeen = OPENSTATES_AS_OF;

    let person = byId.get(id);
    if (!person) {
      const ids: Record<string, string> = { openstates: id };
      if (row.wikidata) ids.wikidata = row.wikidata;
      if (row.bioguide) ids.bioguide = row.bioguide;
      person = {
        name,
        country: 'US',
        aliases: (row.other_names ?? '').split('|').filter((n) => n.includes(' ')),
        ids,
        positions: [],
        origin,
      };
      if (!governors.has(id)) person.key = id.slice(0, 8);
      if (row.family_name) person.surname = row.family_name;
      if (row.party) person.party = row.party;
      byId.set(id, person);
    }
    person.positions.push(position);
  });
  return [...byId.values()].filter((p) => p.positions.length > 0);
}

export const openStatesSources = (): Record<string, SourceInfo> => ({
  [OPENSTATES_SOURCE]: {
    title: 'Open States: state legislators and executive officers',
    licence: 'CC0 1.0',
    asOf: OPENSTATES_AS_OF,
    url: 'https://github.com/openstates/people',
  },
});
