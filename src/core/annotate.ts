import { type RoleOnDate, roleOnDate } from '../data/role-on-date';
import type { Person, Position } from '../data/types';
import { type ClaimKind, DEFAULT_CLAIM_THRESHOLD, findClaims } from './claims/find';
import { type Article, detectArticle } from './detect/article';
import { countriesIn, matchOfficials } from './officials/match';
import type { NameIndex } from './officials/name-index';
import { extractText, type TextIndex } from './text/extract';
import { tokenize } from './text/normalize';

/**
 * The engine's one door. The CLI and tests hand it a Document; the content script detects and
 * extracts in the page, sends the plain text to the worker, and the worker calls it with that text.
 * Either way the same matching and claim finding run on the same flat text and return offsets into it.
 */

export { DEFAULT_CLAIM_THRESHOLD };

export interface AnnotateOptions {
  /** Page address, for the site name when the page does not state one. */
  url?: string;
  /** The day roles are judged on when the page gives none (default: today). */
  fallbackDate?: string;
  officials?: boolean;
  claims?: boolean;
  claimThreshold?: number;
}

export interface ArticleInfo {
  isArticle: boolean;
  headline: string;
  published: string | null;
  site: string;
  signals: string[];
}

export interface PositionView {
  title: string;
  start: string | null;
  end: string | null;
  acting: boolean;
  source: string;
}

export interface OfficialResult {
  id: string;
  name: string;
  country: string;
  countryCode: string;
  party: string | null;
  roleOnDate: string;
  formerOnDate: boolean;
  /** Offices held after the article's date, newest last: the card's "since then". */
  laterRoles: PositionView[];
  positions: PositionView[];
  sources: string[];
  mentions: Array<{ text: string; start: number; end: number; via: string }>;
}

export interface ClaimResult {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  score: number;
  speaker: string | null;
  speakerId: string | null;
  source: string | null;
  figures: string[];
}

export interface AnnotateResult {
  article: ArticleInfo;
  /** The day roles were judged on. */
  date: string;
  datasetAsOf: string;
  text: string;
  officials: OfficialResult[];
  claims: ClaimResult[];
}

/** What the content script sends the worker: an article already detected and extracted in the page. */
export interface PreparedArticle {
  article: ArticleInfo;
  text: string;
}

export function prepareDocument(
  doc: Document,
  url = '',
): { prepared: PreparedArticle; detected: Article; index: TextIndex | null } {
  const detected = detectArticle(doc, url);
  const index = detected.root ? extractText(detected.root) : null;
  const { root: _root, lang: _lang, ...info } = detected;
  return { prepared: { article: info, text: index?.text ?? '' }, detected, index };
}

export function annotate(
  source: Document | PreparedArticle,
  names: NameIndex,
  options: AnnotateOptions = {},
): AnnotateResult {
  const prepared =
    'text' in source && 'article' in source
      ? source
      : prepareDocument(source as Document, options.url).prepared;
  const date = prepared.article.published ?? options.fallbackDate ?? new Date().toISOString().slice(0, 10);
  const empty: AnnotateResult = {
    article: prepared.article,
    date,
    datasetAsOf: names.asOf,
    text: prepared.text,
    officials: [],
    claims: [],
  };
  if (!prepared.article.isArticle) return empty;

  const text = prepared.text;
  const mentions = options.officials === false ? [] : matchOfficials(text, names, { date });

  const officials: OfficialResult[] = [];
  const seen = new Map<string, OfficialResult>();
  for (const mention of mentions) {
    let entry = seen.get(mention.personId);
    if (!entry) {
      const person = names.persons.at(mention.person) as Person;
      entry = describe(person, roleOnDate(person, date), names);
      seen.set(mention.personId, entry);
      officials.push(entry);
    }
    entry.mentions.push({ text: mention.text, start: mention.start, end: mention.end, via: mention.via });
  }

  const claims: ClaimResult[] =
    options.claims === false
      ? []
      : findClaims(text, mentions, (sentence) => countriesIn(sentence, tokenize(sentence), names).size, {
          threshold: options.claimThreshold ?? DEFAULT_CLAIM_THRESHOLD,
        }).map((claim) => ({
          ...claim,
          speaker: claim.speakerId ? (seen.get(claim.speakerId)?.name ?? null) : null,
        }));

  return { ...empty, officials, claims };
}

function view(position: Position): PositionView {
  return {
    title: position.title,
    start: position.start ?? null,
    end: position.end ?? null,
    acting: position.acting === true,
    source: position.source,
  };
}

function describe(person: Person, role: RoleOnDate, names: NameIndex): OfficialResult {
  const ordered = [...role.current, ...role.past, ...role.later];
  return {
    id: person.id,
    name: person.name,
    country: names.countryNames.get(person.country) ?? person.country,
    countryCode: person.country,
    party: person.party ?? null,
    roleOnDate: role.role,
    formerOnDate: role.former,
    laterRoles: role.later.map(view),
    positions: ordered.map(view),
    sources: [...new Set(person.positions.map((p) => p.source))],
    mentions: [],
  };
}
