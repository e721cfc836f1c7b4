import type { OfficialMention } from '../officials/match';
import { attribute } from './attribution';
import { findFigures } from './figures';
import { type Span, splitSentences } from './sentences';

/**
 * Sentences a fact-checker would pick, with their kind, the figures they rest on and who said them.
 * The score is an additive, explainable weighing of features; sentences below the threshold are not
 * returned as claims.
 */

export type ClaimKind = 'statistic' | 'quote' | 'attributed' | 'prediction' | 'event';

export interface Claim {
  text: string;
  start: number;
  end: number;
  kind: ClaimKind;
  score: number;
  speakerId: string | null;
  source: string | null;
  figures: string[];
}

/** Where check-worthy begins: tuned so the seed's vague or rhetorical sentences stay unmarked. */
export const DEFAULT_CLAIM_THRESHOLD = 0.55;

export interface ClaimOptions {
  /** Minimum check-worthiness (0–1) for a sentence to count as a claim. */
  threshold: number;
}

const OPEN_QUOTE = /^["“‘']/;
const QUOTED = /["“]([^"”]{12,})["”]/;
const PREDICTION =
  /\b(will|would|is expected to|are expected to|forecasts?|projected|predicts?|is set to|are set to|plans to)\b/i;
const MODAL_OPINION =
  /\b(must|should|ought|hope|hopes|believe|believes|think|thinks|feel|feels|want|wants|wish|need to|let's|let us)\b/i;
const FIRST_PERSON = /\b(I|we|our|us|my|me)\b/;
const FACTUAL_VERB =
  /\b(launched|killed|increased|decreased|rose|fell|grew|dropped|doubled|tripled|spent|cut|raised|passed|voted|signed|approved|rejected|ordered|announced|suspended|halted|paused|imposed|deployed|sent|requested|asked|attacked|struck|invaded|won|lost|never|always|has been|have been|was|were|had)\b/i;
const QUESTION = /\?["”’]?$/;

export function findClaims(
  text: string,
  mentions: OfficialMention[],
  countryWords: (sentence: string) => number,
  options: ClaimOptions,
): Claim[] {
  const claims: Claim[] = [];
  for (const span of splitSentences(text)) {
    const claim = weigh(text, span, mentions, countryWords);
    if (claim && claim.score >= options.threshold) claims.push(claim);
  }
  return claims;
}

function weigh(
  text: string,
  span: Span,
  mentions: OfficialMention[],
  countryWords: (sentence: string) => number,
): Claim | null {
  const sentence = text.slice(span.start, span.end);
  const words = sentence.split(/\s+/).length;
  if (words < 6 || QUESTION.test(sentence)) return null;

  const figures = findFigures(sentence).map((f) => f.text);
  const who = attribute(text, span, mentions);
  const quoted = QUOTED.exec(sentence);
  const quoteText = quoted?.[1] ?? '';
  const named = mentions.some((m) => m.start >= span.start && m.end <= span.end);
  // What is asserted: the quotation when the sentence is one, else the whole sentence.
  const claimBody = OPEN_QUOTE.test(sentence) && quoteText ? quoteText : sentence;

  let score = 0.2;
  if (figures.length > 0) score += 0.35 + Math.min(figures.length - 1, 2) * 0.05;
  if (who.speakerId) score += 0.2;
  else if (who.source) score += 0.15;
  if (named) score += 0.05;
  const places = countryWords(sentence);
  if (places > 0) score += 0.1;
  if (FACTUAL_VERB.test(claimBody)) score += 0.15;
  if (MODAL_OPINION.test(claimBody)) score -= 0.25;
  if (FIRST_PERSON.test(claimBody) && figures.length === 0) score -= 0.15;
  if (words < 10) score -= 0.1;
  score = Math.max(0, Math.min(1, Math.round(score * 100) / 100));

  let kind: ClaimKind;
  if (figures.length > 0) kind = 'statistic';
  else if (OPEN_QUOTE.test(sentence) && quoteText) kind = 'quote';
  else if (who.speakerId || who.source) kind = 'attributed';
  else if (PREDICTION.test(sentence)) kind = 'prediction';
  else if (places > 0 || named) kind = 'event';
  else return null;

  return {
    text: sentence,
    start: span.start,
    end: span.end,
    kind,
    score,
    speakerId: who.speakerId,
    source: who.speakerId ? null : who.source,
    figures,
  };
}
