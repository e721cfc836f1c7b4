import { readJson, SHARED } from './helpers';

/** What a reader expects found in the seed article (../shared/seed/trump-putin-call.expected.json). */
export interface SeedExpected {
  article: { is_article: boolean; published: string; headline: string };
  officials: Array<{
    name: string;
    country: string;
    mentions: string[];
    role_words: string[];
    former_on_date: boolean;
    aka?: string[];
  }>;
  not_officials: string[];
  claims: Array<{
    kind: string;
    must: boolean;
    contains: string;
    speaker?: string;
    source?: string;
    figures?: string[];
  }>;
  low_checkworthiness: string[];
}

export const seedExpected = () => readJson<SeedExpected>(`${SHARED}/seed/trump-putin-call.expected.json`);

/** How often a word stands alone in a text: every such occurrence of a linked person's surname must be marked. */
export function wordCount(text: string, word: string): number {
  return [...text.matchAll(new RegExp(`(?<![\\p{L}])${word}(?![\\p{L}])`, 'gu'))].length;
}
