import type { AnnotateResult, PreparedArticle } from '../core/annotate';

/** Messages between the content script, the worker and the popup. */
export type Request =
  | {
      type: 'gloss:annotate';
      prepared: PreparedArticle;
      officials: boolean;
      claims: boolean;
      claimThreshold: number;
    }
  | { type: 'gloss:badge'; count: number }
  | { type: 'gloss:dataset-info' };

export type SourceLabels = Record<string, { title: string; licence: string }>;

/** `sources` labels the dataset sources the result's officials rest on, for their cards. */
export type AnnotateReply =
  | { ok: true; result: Omit<AnnotateResult, 'text'>; sources: SourceLabels }
  | { ok: false; error: string };

export interface DatasetInfo {
  asOf: string;
  persons: number;
  sources: Array<{ key: string; title: string; licence: string; asOf: string; url?: string }>;
}

/** Sent to a tab's content script. */
export type TabRequest = { type: 'gloss:status' } | { type: 'gloss:next-mark' };

export interface PageStatus {
  site: string;
  state: 'off' | 'site-off' | 'not-article' | 'working' | 'done' | 'error';
  headline: string;
  date: string | null;
  officials: Array<{ name: string; role: string; mentions: number }>;
  claims: number;
}
