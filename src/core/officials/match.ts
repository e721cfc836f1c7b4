import { isLocal } from '../../data/regional';
import { heldOn, prominent } from '../../data/role-on-date';
import { NAME_PARTICLES as PARTICLES } from '../../data/surname';
import type { Person } from '../../data/types';
import { CALENDAR_WORDS } from '../text/calendar';
import { nameKeys, type Token, tokenize } from '../text/normalize';
import type { NameEntry, NameIndex, Via } from './name-index';
import type { PhraseTable } from './phrase-table';
import { isTitleWord, titleFits } from './titles';

/**
 * Dictionary linking: finds the dataset's name forms in the text, longest first, and links each to
 * one person only when the evidence is enough. A wrong card is worse than no card, so every rule
 * here errs towards leaving a name unmarked.
 */

export interface OfficialMention {
  personId: string;
  /** The person's number in the index (`NameIndex.persons`). */
  person: number;
  start: number;
  end: number;
  text: string;
  via: Via | 'title';
}

export interface MatchOptions {
  /** The article's date (YYYY-MM-DD): who was in office then breaks ties between namesakes. */
  date: string;
}

/** Words that turn a name into the name of something else: a university, a bridge, a law. */
const INSTITUTIONS = new Set([
  'university',
  'college',
  'school',
  'institute',
  'foundation',
  'center',
  'centre',
  'library',
  'hospital',
  'memorial',
  'bridge',
  'street',
  'avenue',
  'boulevard',
  'road',
  'highway',
  'airport',
  'park',
  'square',
  'building',
  'hall',
  'award',
  'prize',
  'act',
  'doctrine',
  'museum',
  'stadium',
  'arena',
  'high',
  'elementary',
  'station',
  'plaza',
  'tower',
  'hotel',
  'fund',
  'scholarship',
  'fellowship',
]);
const GENERATIONAL = new Set(['jr', 'sr', 'ii', 'iii', 'iv']);

/** Words between two tokens of one name: spaces, or the dot of an initial ("Michael R. Pompeo", "J.D."). */
function joins(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  return /^\.?[ \u00a0]{1,2}$/.test(gap) || gap === '.';
}

const ABBREVIATIONS = new Set(['mr', 'mrs', 'ms', 'dr', 'st', 'jr', 'sr', 'prof', 'rev']);

/**
 * True when nothing but spaces separates the tokens, within one sentence. A dot between them is an
 * abbreviation ("Sen. Warren", "R. Pompeo") only after an initial or a known short form; otherwise
 * it ends a sentence ("…met Putin. Kim said").
 */
function adjacent(text: string, a: Token, b: Token): boolean {
  const gap = text.slice(a.end, b.start);
  if (/^[ \u00a0]{1,2}$/.test(gap)) return true;
  return (
    /^\.[ \u00a0]{1,2}$/.test(gap) && (a.raw.length === 1 || ABBREVIATIONS.has(a.key) || isTitleWord(a.key))
  );
}

/**
 * Words that open sentences; before a surname they are not a first name ("Later Trump said" is
 * Trump, "Eric Trump said" is not). Honorifics belong here too: "Mr. Trump" is the Trump named before.
 */
const OPENERS = new Set([
  'the',
  'but',
  'and',
  'or',
  'so',
  'yet',
  'still',
  'then',
  'later',
  'earlier',
  'meanwhile',
  'however',
  'now',
  'after',
  'before',
  'while',
  'when',
  'if',
  'as',
  'in',
  'on',
  'at',
  'for',
  'with',
  'without',
  'since',
  'although',
  'though',
  'because',
  'also',
  'last',
  'this',
  'that',
  'there',
  'here',
  'instead',
  'indeed',
  'even',
  'only',
  'both',
  'why',
  'how',
  'what',
  'where',
  'asked',
  'said',
  'says',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'dame',
  'lord',
  'lady',
  'former',
  'ex',
]);

interface Candidate {
  endToken: number;
  entries: NameEntry[];
}

function candidatesAt(text: string, tokens: Token[], i: number, table: PhraseTable<NameEntry>): Candidate[] {
  const found: Candidate[] = [];
  const branched = extendName(text, tokens, i, i, '', table, found);
  // Longest first: found in order of length unless a reading skipped an initial, which may end on the
  // same token as one that kept it; the one that kept it, found later, is more specific and comes first.
  if (!branched) return found.reverse();
  return found
    .map((c, n) => ({ c, n }))
    .sort((a, b) => b.c.endToken - a.c.endToken || b.n - a.n)
    .map(({ c }) => c);
}

/**
 * Reads a name from token `from` on, the words before it already read as `phrase`, and adds every
 * name found to `found`. True when it tried two readings of a middle initial.
 */
function extendName(
  text: string,
  tokens: Token[],
  first: number,
  from: number,
  phrase: string,
  table: PhraseTable<NameEntry>,
  found: Candidate[],
): boolean {
  let branched = false;
  for (let j = from; j < tokens.length; j++) {
    const token = tokens[j] as Token;
    if (j > first && !joins(text, tokens[j - 1] as Token, token)) return branched;
    // Names are proper nouns: their first and last words are capitalised, inner words may be particles.
    if (!token.capitalized && !(j > first && PARTICLES.has(token.key))) return branched;
    const next = j === first ? token.key : `${phrase} ${token.key}`;
    // A middle initial the dataset does not hold ("Vladimir V. Putin") is read past. When the dataset
    // holds it for someone else ("Franklin D. Roosevelt Jr." against "Franklin D. Roosevelt"), both
    // readings are tried.
    if (j > first && token.raw.length === 1) {
      if (!table.prefixes.has(next) && !table.values.has(next)) continue;
      extendName(text, tokens, first, j + 1, phrase, table, found);
      branched = true;
    }
    phrase = next;
    const values = table.values.get(phrase);
    if (values && token.capitalized) found.push({ endToken: j, entries: values });
    if (!table.prefixes.has(phrase)) return branched;
  }
  return branched;
}

/** The countries (codes) a text names by name, alias, demonym or capital. */
export function countriesIn(text: string, tokens: Token[], index: NameIndex): Set<string> {
  const codes = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    let phrase = '';
    for (let j = i; j < tokens.length; j++) {
      const token = tokens[j] as Token;
      if (j > i && !adjacent(text, tokens[j - 1] as Token, token)) break;
      phrase = j === i ? token.key : `${phrase} ${token.key}`;
      const values = index.countries.values.get(phrase);
      if (values && token.capitalized) for (const code of values) codes.add(code);
      if (!index.countries.prefixes.has(phrase)) break;
    }
  }
  return codes;
}

/**
 * A state legislator's name is shared with people across the country, so it counts only in an
 * article that names their state, or after it has been linked once.
 */
function regionFits(person: Person, places: Set<string>): boolean {
  return !isLocal(person) || person.positions.some((p) => places.has(p.region as string));
}

/** Whether the text names a region (a US state): then the regional officials are worth loading. */
export function mentionsRegion(text: string, index: NameIndex): boolean {
  for (const code of countriesIn(text, tokenize(text), index)) if (index.regionCodes.has(code)) return true;
  return false;
}

/** Surnames this many people in the dataset share (Smith, Evans, Kim) do not single anyone out. */
const COMMON_SURNAME = 8;

function commonSurname(person: Person, index: NameIndex): boolean {
  return (index.surnameCounts.get(nameKeys(person.surname).join(' ')) ?? 0) >= COMMON_SURNAME;
}

function inOfficeOn(person: Person, date: string): boolean {
  return person.positions.some((p) => heldOn(p, date));
}

/** Keeps the candidates that the evidence singles out; more than one left means "do not mark". */
function narrow(persons: number[], index: NameIndex, date: string, countries: Set<string>): number[] {
  if (persons.length <= 1) return persons;
  const active = persons.filter((p) => inOfficeOn(index.persons.at(p) as Person, date));
  if (active.length === 1) return active;
  const pool = active.length > 0 ? active : persons;
  const local = pool.filter((p) => countries.has((index.persons.at(p) as Person).country));
  if (local.length === 1) return local;
  return pool;
}

export function matchOfficials(text: string, index: NameIndex, options: MatchOptions): OfficialMention[] {
  const tokens = tokenize(text);
  const countries = countriesIn(text, tokens, index);
  /** People named in full so far, by index: a bare surname may refer back to them. */
  const named = new Set<number>();
  const mentions: OfficialMention[] = [];

  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i] as Token;
    if (!token.capitalized) continue;
    const candidates = candidatesAt(text, tokens, i, index.names);
    if (candidates.length === 0) continue;

    const before = i > 0 && adjacent(text, tokens[i - 1] as Token, token) ? (tokens[i - 1] as Token) : null;
    const titleKey = before ? before.key.replace(/\.$/, '') : '';
    const titled = before !== null && isTitleWord(titleKey);

    for (const candidate of candidates) {
      const last = tokens[candidate.endToken] as Token;
      const after = tokens[candidate.endToken + 1];
      const followed = after && adjacent(text, last, after) ? after : null;
      // "Donald Trump Jr." is another person than "Donald Trump"; "George Washington University" is a place.
      if (followed && GENERATIONAL.has(followed.key.replace(/\.$/, ''))) break;
      if (followed && INSTITUTIONS.has(followed.key)) break;

      const single = candidate.endToken === i;
      if (single) {
        // "Eric Trump", "Trump Tower": a capitalised word glued to a bare surname makes another name.
        if (before?.capitalized && !titled && !OPENERS.has(before.key)) continue;
        if (followed?.capitalized && !CALENDAR_WORDS.has(followed.key)) continue;
      }

      const viable = new Set<number>();
      let via: OfficialMention['via'] = 'full';
      for (const entry of candidate.entries) {
        const person = index.persons.at(entry.person) as Person;
        if (!named.has(entry.person) && !regionFits(person, countries)) continue;
        // A lone word ("Liverpool", "Fukuoka") is someone's name only while they lead, or in an article
        // about their country; otherwise it is far likelier a place or a namesake.
        if (single && entry.alone && !named.has(entry.person)) {
          if (inOfficeOn(person, options.date) || countries.has(person.country)) viable.add(entry.person);
        } else if (entry.alone) viable.add(entry.person);
        else if (named.has(entry.person)) viable.add(entry.person);
        else if (titled && titleFits(titleKey, person)) viable.add(entry.person);
      }
      if (viable.size === 0) continue;
      let pool = [...viable];
      // A national figure and a state legislator of the same name: news means the national figure.
      if (pool.some((p) => !isLocal(index.persons.at(p) as Person)))
        pool = pool.filter((p) => !isLocal(index.persons.at(p) as Person));
      // A bare form refers back to someone already named in full, if exactly one such person fits.
      const earlier = pool.filter((p) => named.has(p));
      if (earlier.length > 0 && candidate.entries.some((e) => e.via !== 'full')) pool = earlier;
      if (titled) {
        const fitting = pool.filter((p) => titleFits(titleKey, index.persons.at(p) as Person));
        if (fitting.length > 0) pool = fitting;
      }
      pool = narrow(pool, index, options.date, countries);
      // Two people still fit the same words: leaving the name unmarked beats a wrong card.
      if (pool.length !== 1) break;

      const chosen = pool[0] as number;
      const entry = candidate.entries.find((e) => e.person === chosen) as NameEntry;
      // A name shared with people outside the dataset ("John Davis", "Eric Johnson") links to a minor
      // office holder only when that holder is in office on the date, or a title vouches for them. A
      // former minister with a common surname ("Chris Evans") also needs their country named, and so
      // does a serving minor office holder with one (General Nick Carter, not the singer).
      const person = index.persons.at(chosen) as Person;
      if (!titled && !named.has(chosen)) {
        const serving = inOfficeOn(person, options.date);
        const major = prominent(person.positions);
        if (!serving && !major) break;
        if ((!serving || !major) && commonSurname(person, index) && !countries.has(person.country)) break;
      }
      via = entry.via === 'surname' && titled && !named.has(chosen) ? 'title' : entry.via;
      if (entry.via === 'full' || (entry.via === 'alias' && entry.alone)) named.add(chosen);
      mentions.push({
        personId: person.id,
        person: chosen,
        start: token.start,
        end: last.end,
        text: text.slice(token.start, last.end),
        via,
      });
      i = candidate.endToken;
      break;
    }
  }
  return mentions;
}
