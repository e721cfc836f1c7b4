import type { PartialDate, Person, Position, PositionKind } from './types';

/**
 * Which office a person held on a given day, and how a card should say it.
 * Partial dates are read generously at both ends (a start of "2018" counts from 2018-01-01, an end
 * of "2021" until 2021-12-31) because a source that gives only a year still places the term in it.
 * A full-day end is exclusive: on handover day the successor holds the office.
 */

/** Lower is more important: what a reader most needs to know when a person held several offices. */
export const KIND_RANK: Record<PositionKind, number> = {
  head_of_state: 0,
  head_of_government: 1,
  international_official: 2,
  deputy_head_of_government: 3,
  foreign_minister: 4,
  defence_minister: 5,
  finance_minister: 6,
  interior_minister: 7,
  minister: 8,
  national_security_adviser: 9,
  chief_of_staff: 10,
  central_banker: 11,
  judge: 12,
  agency_head: 13,
  military_chief: 14,
  governor: 15,
  state_official: 16,
  // The Leader of the Opposition is a parliamentary office; it says more than the party post held with it.
  opposition_leader: 17,
  party_leader: 18,
  legislator: 19,
  mayor: 20,
  ambassador: 21,
  spokesperson: 22,
  adviser: 23,
};

/**
 * Led a country or an international body: the only people whose bare surname news uses on its own
 * ("Putin said"). Everyone else is named in full first.
 */
export function leader(positions: Position[]): boolean {
  return positions.some((p) => KIND_RANK[p.kind] <= KIND_RANK.international_official);
}

/** Held an office of minister rank or above: known well enough that a full name needs no title. */
export function prominent(positions: Position[]): boolean {
  return positions.some((p) => KIND_RANK[p.kind] <= KIND_RANK.minister || p.kind === 'governor');
}

function startKey(date: PartialDate | undefined): string {
  if (!date) return '0000-00-00';
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}

/** True when `day` (YYYY-MM-DD) falls before the end of the position. */
function beforeEnd(day: string, end: PartialDate | undefined): boolean {
  if (!end) return true;
  if (end.length === 10) return day < end;
  return day.slice(0, end.length) <= end;
}

export function heldOn(position: Position, day: string): boolean {
  if (unconfirmedOn(position, day)) return false;
  return startKey(position.start) <= day && beforeEnd(day, position.end);
}

/** An open term the source confirmed only up to a day before `day`: held then, unknown since. */
function unconfirmedOn(position: Position, day: string): boolean {
  return Boolean(position.lastSeen && !position.end && day > startKey(position.lastSeen));
}

function byImportanceThenRecency(a: Position, b: Position): number {
  const rank = KIND_RANK[a.kind] - KIND_RANK[b.kind];
  if (rank !== 0) return rank;
  return startKey(b.start).localeCompare(startKey(a.start));
}

/**
 * For offices already left: among equally important ones, the one held longest is what the person is
 * known for ("former Vice Chair of the Federal Reserve", not the three months on the Board after it).
 */
function byImportanceThenLength(a: Position, b: Position): number {
  const length = (p: Position) => Date.parse(startKey(p.end)) - Date.parse(startKey(p.start));
  return KIND_RANK[a.kind] - KIND_RANK[b.kind] || length(b) - length(a) || byImportanceThenRecency(a, b);
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A term whose end is known only to the year or month counts as held through that period, but on a
 * day inside it the source cannot say whether the holder was still in office: the card says when the
 * term ended rather than claiming it still ran ("left office in 2026").
 */
function endingOn(position: Position, day: string): string {
  const end = position.end;
  if (!end || end.length === 10 || !day.startsWith(end)) return '';
  const month = end.length === 7 ? `${MONTHS[Number(end.slice(5, 7)) - 1]} ` : '';
  return `left office in ${month}${end.slice(0, 4)}`;
}

/**
 * The office a former official is best known for: the first of `past` (highest rank, longest), or,
 * for a seat in a legislature, a leadership post held within that seat's span, which names the role
 * more closely (Sam Rayburn: Speaker of the House, not a member from Texas for 48 years).
 */
function within(past: Position[]): Position | undefined {
  const outer = past[0];
  if (outer?.kind !== 'legislator') return outer;
  const inner = past.find(
    (p) =>
      p !== outer &&
      p.title !== outer.title &&
      p.kind === 'legislator' &&
      startKey(p.start) >= startKey(outer.start) &&
      startKey(p.end) <= startKey(outer.end),
  );
  return inner ?? outer;
}

/** "2018–2021", "2019" or "since 2024": the years of a term, for cards and role lines. */
export function yearSpan(position: { start?: string | null; end?: string | null }): string {
  const from = position.start?.slice(0, 4) ?? '?';
  const to = position.end?.slice(0, 4);
  if (!to) return `since ${from}`;
  return from === to ? from : `${from}–${to}`;
}

export interface RoleOnDate {
  /** One line for the card, e.g. "former United States Secretary of State (2018–2021)". */
  role: string;
  /** True when the person had left every known office by that day. */
  former: boolean;
  current: Position[];
  past: Position[];
  later: Position[];
}

export function roleOnDate(person: Person, day: string): RoleOnDate {
  const current: Position[] = [];
  const past: Position[] = [];
  const later: Position[] = [];
  const unconfirmed: Position[] = [];
  for (const position of person.positions) {
    if (heldOn(position, day)) current.push(position);
    else if (unconfirmedOn(position, day)) unconfirmed.push(position);
    else if (startKey(position.start) > day) later.push(position);
    else past.push(position);
  }
  current.sort(byImportanceThenRecency);
  past.sort(byImportanceThenLength);
  later.sort((a, b) => startKey(a.start).localeCompare(startKey(b.start)));

  const top = current[0];
  if (top) {
    const notes = [top.acting ? 'acting' : '', endingOn(top, day)].filter(Boolean).join('; ');
    return { role: notes ? `${top.title} (${notes})` : top.title, former: false, current, past, later };
  }
  const lastKnown = unconfirmed.sort(byImportanceThenRecency)[0];
  if (lastKnown) {
    // Precision first: say what the source knew and when, not that the office is still held.
    return {
      role: `${lastKnown.title} (as of ${lastKnown.lastSeen}; later unknown)`,
      former: false,
      current,
      past,
      later,
    };
  }
  const formerTop = within(past);
  if (formerTop) {
    return { role: `former ${formerTop.title} (${yearSpan(formerTop)})`, former: true, current, past, later };
  }
  const next = later[0];
  return {
    role: next ? `later ${next.title} (${yearSpan(next)})` : 'no office on record',
    // Not yet in office is not "former": the card says what came later instead.
    former: false,
    current,
    past,
    later,
  };
}
