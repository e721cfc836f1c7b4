import type { PositionKind } from '../../src/data/types';
import { checkDate, DataError, type ImportResult, type RawPerson, type RawPosition } from './model';
import { US_STATES } from './us-states';
import { sequenceItems } from './yaml-lines';

/**
 * unitedstates/congress-legislators (CC0): members of Congress with every term, and every president
 * and vice president. Consecutive terms in one seat are joined into one dated position.
 */

export const CONGRESS_SOURCE = 'congress-legislators';

interface Term {
  type: string;
  start: string;
  end: string;
  state?: string;
  district?: number;
  party?: string;
}

interface Legislator {
  id: Record<string, unknown>;
  name: {
    first?: string;
    last?: string;
    middle?: string;
    nickname?: string;
    official_full?: string;
    suffix?: string;
  };
  terms: Term[];
}

function termTitle(term: Term, origin: string): { title: string; kind: PositionKind } {
  if (term.type === 'prez') return { title: 'President of the United States', kind: 'head_of_state' };
  if (term.type === 'viceprez')
    return { title: 'Vice President of the United States', kind: 'deputy_head_of_government' };
  const state = term.state ? US_STATES[term.state] : undefined;
  if (!state) throw new DataError(origin, `unknown state "${term.state}"`);
  if (term.type === 'sen') return { title: `United States Senator from ${state}`, kind: 'legislator' };
  if (term.type === 'rep')
    return { title: `Member of the U.S. House of Representatives from ${state}`, kind: 'legislator' };
  throw new DataError(origin, `unknown term type "${term.type}"`);
}

/** Joins terms that continue one another in the same seat. */
export function joinTerms(terms: Term[], origin: string): RawPosition[] {
  const positions: RawPosition[] = [];
  let previous: { title: string; position: RawPosition } | null = null;
  for (const term of terms) {
    const start = checkDate(term.start);
    const end = checkDate(term.end);
    if (!start || !end) throw new DataError(origin, `bad term dates ${term.start} – ${term.end}`);
    if (end < start) throw new DataError(origin, `term ends (${end}) before it starts (${start})`);
    const { title, kind } = termTitle(term, origin);
    const gapDays = previous?.position.end
      ? (Date.parse(start) - Date.parse(previous.position.end)) / 86_400_000
      : Infinity;
    if (previous && previous.title === title && gapDays <= 7) {
      previous.position.end = end;
      continue;
    }
    const position: RawPosition = { title, kind, country: 'US', start, end, source: CONGRESS_SOURCE };
    positions.push(position);
    previous = { title, position };
  }
  return positions;
}

function stringIds(id: Record<string, unknown>): Record<string, string> {
  const ids: Record<string, string> = {};
  // Only ids that join sources are kept: the rest would only weigh on every reader's download.
  for (const key of ['bioguide', 'wikidata']) {
    const value = id[key];
    if (typeof value === 'string' || typeof value === 'number') ids[key] = String(value);
  }
  return ids;
}

/**
 * `asOf` closes terms that the file lists as running into the future: a term's scheduled end is not
 * a fact yet, so a sitting member's current position is left open.
 */
export function importLegislators(text: string, file: string, asOf: string): RawPerson[] {
  return sequenceItems(text, file).map(({ value, line }) => {
    const origin = `${file}:${line}`;
    const row = value as Legislator;
    const first = row.name?.first;
    const last = row.name?.last;
    if (!first || !last) throw new DataError(origin, 'missing name');
    if (!Array.isArray(row.terms) || row.terms.length === 0) throw new DataError(origin, 'no terms');
    const positions = joinTerms(row.terms, origin);
    for (const position of positions) if (position.end && position.end > asOf) delete position.end;
    const nickname = row.name.nickname;
    const wikipedia =
      typeof row.id?.wikipedia === 'string' ? row.id.wikipedia.replace(/\s*\(.*\)\s*$/, '').trim() : '';
    const name = wikipedia || row.name.official_full || `${nickname ?? first} ${last}`;
    const aliases = new Set<string>([
      `${first} ${last}`,
      ...(row.name.official_full ? [row.name.official_full] : []),
    ]);
    if (row.name.suffix) aliases.add(`${first} ${last} ${row.name.suffix}`);
    if (nickname) aliases.add(`${nickname} ${last}`);
    if (row.name.middle) aliases.add(`${first} ${row.name.middle} ${last}`);
    aliases.delete(name);
    const lastTerm = row.terms[row.terms.length - 1] as Term;
    return {
      name,
      country: 'US',
      aliases: [...aliases],
      surname: last,
      ...(wikipedia ? { nameFromArticle: true } : {}),
      party: lastTerm.party,
      ids: stringIds(row.id ?? {}),
      positions,
      origin,
    };
  });
}

export function congressSources(asOf: string): ImportResult['sources'] {
  return {
    [CONGRESS_SOURCE]: {
      title: 'unitedstates/congress-legislators: members of Congress, presidents and vice presidents',
      licence: 'CC0 1.0',
      asOf,
      url: 'https://github.com/unitedstates/congress-legislators',
    },
  };
}
