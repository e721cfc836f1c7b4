// Only the readerable check: the full Readability parser is not needed to decide, and stays out of the bundle.

import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { monthNumber } from '../text/calendar';

/**
 * Decides whether a page is one written story and, if so, where its text lives and when it was
 * published. Cheap signals come first so that a page that is not an article costs a few milliseconds.
 */

export interface Article {
  isArticle: boolean;
  /** Why the page was (or was not) taken as an article; shown by the CLI and used in tests. */
  signals: string[];
  root: Element | null;
  headline: string;
  /** YYYY-MM-DD as the page states it, or null when the page gives no date. */
  published: string | null;
  site: string;
  lang: string;
}

const ARTICLE_TYPES = new Set([
  'article',
  'newsarticle',
  'reportagenewsarticle',
  'analysisnewsarticle',
  'opinionnewsarticle',
  'backgroundnewsarticle',
  'reviewnewsarticle',
  'askpublicnewsarticle',
  'blogposting',
  'report',
  'scholarlyarticle',
  'socialmediaposting',
  'liveblogposting',
]);

interface LinkedData {
  types: string[];
  headline?: string;
  datePublished?: string;
}

function collectLinkedData(value: unknown, out: LinkedData[]): void {
  if (Array.isArray(value)) {
    for (const item of value) collectLinkedData(item, out);
    return;
  }
  if (!value || typeof value !== 'object') return;
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  if (types.length > 0) {
    out.push({
      types: types.map((t) => t.toLowerCase()),
      headline: typeof record.headline === 'string' ? record.headline : undefined,
      datePublished: typeof record.datePublished === 'string' ? record.datePublished : undefined,
    });
  }
  if (record['@graph']) collectLinkedData(record['@graph'], out);
}

function readLinkedData(doc: Document): LinkedData[] {
  const out: LinkedData[] = [];
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      collectLinkedData(JSON.parse(script.textContent ?? ''), out);
    } catch {
      // A page's broken JSON-LD is the page's problem; other signals still count.
    }
  }
  return out;
}

function meta(doc: Document, ...names: string[]): string | null {
  for (const name of names) {
    const el = doc.querySelector(`meta[property="${name}"], meta[name="${name}"], meta[itemprop="${name}"]`);
    const content = el?.getAttribute('content')?.trim();
    if (content) return content;
  }
  return null;
}

/** Reads the calendar day a page states, without shifting it through a time zone. */
export function toDay(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const compact = /^(\d{4})(\d{2})(\d{2})/.exec(value.trim());
  if (compact) return `${compact[1]}-${compact[2]}-${compact[3]}`;
  const words = /([A-Za-z]{3})[a-z]*\.? (\d{1,2}),? (\d{4})/.exec(value);
  if (words) {
    const month = monthNumber(words[1] as string) - 1;
    if (month >= 0)
      return `${words[3]}-${String(month + 1).padStart(2, '0')}-${(words[2] as string).padStart(2, '0')}`;
  }
  return null;
}

function paragraphText(el: Element): number {
  let total = 0;
  for (const p of el.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length >= 40) total += length;
  }
  return total;
}

/** The element holding the story's paragraphs: the tightest container with most of the prose. */
export function findArticleRoot(doc: Document): Element | null {
  const body = doc.body;
  if (!body) return null;
  const marked = doc.querySelector('[itemprop="articleBody"]');
  if (marked && paragraphText(marked) > 0) return marked;
  const articles = [...doc.querySelectorAll('article')];
  const candidates = articles.length > 0 ? articles : [...doc.querySelectorAll('main, [role="main"]')];
  let best: Element | null = null;
  let bestScore = 0;
  for (const candidate of candidates) {
    const score = paragraphText(candidate);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  const total = paragraphText(body);
  if (best && bestScore >= total * 0.5) return best;
  // No semantic container: take the parent of the most prose, then widen while it gains little.
  const byParent = new Map<Element, number>();
  for (const p of body.querySelectorAll('p')) {
    const length = (p.textContent ?? '').trim().length;
    if (length < 40 || !p.parentElement) continue;
    byParent.set(p.parentElement, (byParent.get(p.parentElement) ?? 0) + length);
  }
  let parent: Element | null = null;
  let parentScore = 0;
  for (const [el, score] of byParent) {
    if (score > parentScore) {
      parent = el;
      parentScore = score;
    }
  }
  return parent ?? best;
}

function headlineOf(doc: Document, linked: LinkedData[]): string {
  const fromData = linked.find((d) => d.headline)?.headline;
  return (
    fromData ??
    meta(doc, 'og:title', 'twitter:title') ??
    doc.querySelector('h1')?.textContent?.trim() ??
    doc.title ??
    ''
  ).trim();
}

function publishedOf(doc: Document, linked: LinkedData[], root: Element | null): string | null {
  for (const d of linked) {
    const day = toDay(d.datePublished);
    if (day && d.types.some((t) => ARTICLE_TYPES.has(t))) return day;
  }
  const fromMeta = toDay(
    meta(
      doc,
      'article:published_time',
      'datePublished',
      'og:article:published_time',
      'pubdate',
      'publishdate',
      'date',
      'DC.date.issued',
      'dc.date',
      'sailthru.date',
      'parsely-pub-date',
      'cXenseParse:recs:publishtime',
    ),
  );
  if (fromMeta) return fromMeta;
  const time = (root ?? doc).querySelector('time[datetime]') ?? doc.querySelector('time[datetime]');
  return toDay(time?.getAttribute('datetime'));
}

export function detectArticle(doc: Document, url = ''): Article {
  const signals: string[] = [];
  const linked = readLinkedData(doc);
  const site = meta(doc, 'og:site_name') ?? (url ? safeHost(url) : '');
  const lang = (doc.documentElement?.getAttribute('lang') ?? '').toLowerCase();

  const typed = linked.some((d) => d.types.some((t) => ARTICLE_TYPES.has(t)));
  if (typed) signals.push('json-ld');
  const ogArticle = (meta(doc, 'og:type') ?? '').toLowerCase() === 'article';
  if (ogArticle) signals.push('og:type');
  const root = findArticleRoot(doc);
  const prose = root ? paragraphText(root) : 0;
  const paragraphs = root
    ? [...root.querySelectorAll('p')].filter((p) => (p.textContent ?? '').trim().length >= 40).length
    : 0;
  const published = publishedOf(doc, linked, root);
  if (published) signals.push('published');

  // Listing pages carry many teaser cards, each an <article>; a story has one body of prose.
  const teaserCount = doc.querySelectorAll('article').length;
  const listing = teaserCount >= 6 && prose < 2000;
  if (listing) signals.push('listing');

  let isArticle = false;
  if (root && paragraphs >= 3 && prose >= 500 && !listing) {
    if (typed || ogArticle) isArticle = true;
    else if (published && isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 })) {
      signals.push('readerable');
      isArticle = true;
    }
  }
  if (!isArticle) signals.push(root ? `prose:${prose}` : 'no-root');
  return {
    isArticle,
    signals,
    root: isArticle ? root : null,
    headline: headlineOf(doc, linked),
    published,
    site,
    lang,
  };
}

function safeHost(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return '';
  }
}
