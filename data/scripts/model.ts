import { parse } from 'csv-parse/sync';
import type { PartialDate, PositionKind, SourceInfo } from '../../src/data/types';

/** What every importer returns: people as one source knows them, before merging. */
export interface RawPosition {
  title: string;
  kind: PositionKind;
  country: string;
  organization?: string;
  region?: string;
  start?: PartialDate;
  end?: PartialDate;
  acting?: boolean;
  lastSeen?: PartialDate;
  source: string;
}

export interface RawPerson {
  name: string;
  country: string;
  aliases: string[];
  /** Aliases the source itself says are unsafe alone. */
  contextAliases?: string[];
  surname?: string;
  party?: string;
  ids: Record<string, string>;
  /** The name is an encyclopaedia article title: the form news uses, preferred when sources differ. */
  nameFromArticle?: boolean;
  /** Curated disambiguation key for namesakes in one country. */
  key?: string;
  positions: RawPosition[];
  /** `file:line` of the row, for error messages and merge reports. */
  origin: string;
}

export interface ImportResult {
  persons: RawPerson[];
  sources: Record<string, SourceInfo>;
}

/** A bad input row: the build collects them all and fails with `file:line: reason`. */
export class DataError extends Error {
  constructor(
    readonly origin: string,
    readonly reason: string,
  ) {
    super(`${origin}: ${reason}`);
  }
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Accepts YYYY, YYYY-MM or YYYY-MM-DD naming a real calendar day; returns null otherwise. */
export function checkDate(value: unknown): PartialDate | null {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'number' && Number.isInteger(value)) value = String(value);
  if (typeof value !== 'string') return null;
  const m = PARTIAL_DATE.exec(value.trim());
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 1700 || year > 2100) return null;
  if (m[2]) {
    const month = Number(m[2]);
    if (month < 1 || month > 12) return null;
    if (m[3]) {
      const day = Number(m[3]);
      const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
      if (day < 1 || day > last) return null;
    }
  }
  return value.trim();
}

/** Compares partial dates by their earliest day. */
export function dateKey(value: PartialDate | undefined): string {
  if (!value) return '';
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

/**
 * A CSV file's rows keyed by its header. `relaxColumnCount` is for the upstream tables whose rows
 * carry fewer cells than the header; elsewhere a short row is an error.
 */
export function csvRows(
  text: string,
  options: { relaxColumnCount?: boolean } = {},
): Array<Record<string, string>> {
  return parse(text, {
    columns: true,
    bom: true,
    skip_empty_lines: true,
    relax_column_count: options.relaxColumnCount ?? false,
  }) as Array<Record<string, string>>;
}
