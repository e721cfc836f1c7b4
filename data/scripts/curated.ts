import type { Node, YAMLMap } from 'yaml';
import type { PositionKind } from '../../src/data/types';
import { checkDate, DataError, dateKey, type ImportResult, type RawPerson } from './model';
import { isMap, isSeq, parseYamlWithLines } from './yaml-lines';

/**
 * Curated office lists (data/curated/*.yaml, format in data/curated/README.md). Every row is
 * validated; all problems are collected so one build run shows every bad row.
 */

export const KINDS: ReadonlySet<PositionKind> = new Set<PositionKind>([
  'head_of_state',
  'head_of_government',
  'deputy_head_of_government',
  'foreign_minister',
  'defence_minister',
  'finance_minister',
  'interior_minister',
  'minister',
  'spokesperson',
  'chief_of_staff',
  'national_security_adviser',
  'adviser',
  'legislator',
  'party_leader',
  'opposition_leader',
  'judge',
  'central_banker',
  'agency_head',
  'military_chief',
  'ambassador',
  'governor',
  'state_official',
  'mayor',
  'international_official',
]);

const HOLDER_KEYS = new Set([
  'name',
  'aliases',
  'contextAliases',
  'surname',
  'start',
  'end',
  'lastSeen',
  'party',
  'id',
  'acting',
  'title',
  'source',
  'note',
  'wikidata',
]);

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

export interface CuratedResult extends ImportResult {
  errors: DataError[];
}

export function importCurated(source: string, file: string, countries: ReadonlySet<string>): CuratedResult {
  const errors: DataError[] = [];
  const persons: RawPerson[] = [];
  const sources: ImportResult['sources'] = {};
  let parsed: ReturnType<typeof parseYamlWithLines>;
  try {
    parsed = parseYamlWithLines(source, file);
  } catch (error) {
    return { persons, sources, errors: [error as DataError] };
  }
  const { doc, lineOf } = parsed;
  const at = (node: unknown) => `${file}:${lineOf(node as Node)}`;
  const root = doc.contents;
  if (!isMap(root))
    return {
      persons,
      sources,
      errors: [new DataError(`${file}:1`, 'expected a mapping with source, asOf and offices')],
    };
  const top = root.toJSON() as Record<string, unknown>;
  const fileSource = text(top.source);
  const asOf = checkDate(top.asOf);
  if (!fileSource) errors.push(new DataError(`${file}:1`, 'missing source'));
  if (!asOf) errors.push(new DataError(`${file}:1`, 'missing or bad asOf date'));
  const base = file.replace(/^.*\//, '').replace(/\.ya?ml$/, '');
  const sourceKey = (title: string): string => {
    const existing = Object.entries(sources).find(([, info]) => info.title === title);
    if (existing) return existing[0];
    const key =
      Object.keys(sources).length === 0
        ? `curated/${base}`
        : `curated/${base}#${Object.keys(sources).length + 1}`;
    sources[key] = {
      title,
      licence: 'CC0 1.0 (facts from the public record, curated for Gloss)',
      asOf: asOf ?? '',
    };
    return key;
  };

  const offices = root.get('offices', true);
  if (!isSeq(offices)) {
    errors.push(new DataError(`${file}:1`, 'missing offices list'));
    return { persons, sources, errors };
  }
  for (const officeNode of offices.items) {
    const office = (officeNode as YAMLMap).toJSON?.() as Record<string, unknown> | undefined;
    const where = at(officeNode);
    if (!office || typeof office !== 'object') {
      errors.push(new DataError(where, 'office must be a mapping'));
      continue;
    }
    const title = text(office.title);
    const kind = office.kind as PositionKind;
    const country = text(office.country);
    if (!title) errors.push(new DataError(where, 'office without title'));
    if (!KINDS.has(kind)) errors.push(new DataError(where, `unknown kind "${String(office.kind)}"`));
    if (!country || !countries.has(country))
      errors.push(new DataError(where, `unknown country "${String(office.country)}"`));
    // An office below the national level names its region (a US state: `US-TX`), so the matcher marks
    // its holders only in articles that name the region, and they ship in the regional file.
    const region = text(office.region);
    if (
      office.region !== undefined &&
      (!region || !countries.has(region) || !region.startsWith(`${country}-`))
    )
      errors.push(new DataError(where, `unknown region "${String(office.region)}" for country "${country}"`));
    const officeSource = text(office.source) ?? fileSource;
    const holders = (officeNode as YAMLMap).get('holders', true);
    if (!isSeq(holders)) {
      errors.push(new DataError(where, 'office without holders list'));
      continue;
    }
    for (const holderNode of holders.items) {
      const row = at(holderNode);
      const holder = (holderNode as YAMLMap).toJSON?.() as Record<string, unknown> | undefined;
      if (!holder || typeof holder !== 'object') {
        errors.push(new DataError(row, 'holder must be a mapping'));
        continue;
      }
      const unknownKey = Object.keys(holder).find((k) => !HOLDER_KEYS.has(k));
      if (unknownKey) errors.push(new DataError(row, `unknown field "${unknownKey}"`));
      const name = text(holder.name);
      if (!name) {
        errors.push(new DataError(row, 'missing name'));
        continue;
      }
      const start = holder.start === undefined ? undefined : checkDate(holder.start);
      const end = holder.end === undefined ? undefined : checkDate(holder.end);
      if (start === null) errors.push(new DataError(row, `bad start date "${String(holder.start)}"`));
      if (end === null) errors.push(new DataError(row, `bad end date "${String(holder.end)}"`));
      if (start && end && dateKey(end) < dateKey(start))
        errors.push(new DataError(row, `ends (${end}) before it starts (${start})`));
      if (!start) errors.push(new DataError(row, 'missing start date'));
      // The last day the list could confirm an open term: after it, a card says "later unknown".
      const lastSeen = holder.lastSeen === undefined ? undefined : checkDate(holder.lastSeen);
      if (lastSeen === null)
        errors.push(new DataError(row, `bad lastSeen date "${String(holder.lastSeen)}"`));
      if (lastSeen && end) errors.push(new DataError(row, 'lastSeen is for a term without an end'));
      const list = (value: unknown, field: string): string[] => {
        if (value === undefined) return [];
        if (!Array.isArray(value) || value.some((v) => typeof v !== 'string' || !v.trim())) {
          errors.push(new DataError(row, `${field} must be a list of names`));
          return [];
        }
        return value.map((v: string) => v.trim());
      };
      const rowSource = text(holder.source) ?? officeSource;
      if (!title || !country || !KINDS.has(kind) || !start || !rowSource || start === null || end === null)
        continue;
      persons.push({
        name,
        country,
        aliases: list(holder.aliases, 'aliases'),
        contextAliases: list(holder.contextAliases, 'contextAliases'),
        ...(text(holder.surname) ? { surname: text(holder.surname) as string } : {}),
        ...(text(holder.party) ? { party: text(holder.party) as string } : {}),
        ...(text(holder.id) ? { key: text(holder.id) as string } : {}),
        ids: text(holder.wikidata) ? { wikidata: text(holder.wikidata) as string } : {},
        positions: [
          {
            title: text(holder.title) ?? title,
            kind,
            country,
            ...(text(office.organization) ? { organization: text(office.organization) as string } : {}),
            ...(region ? { region } : {}),
            start,
            ...(end ? { end } : {}),
            ...(lastSeen && !end ? { lastSeen } : {}),
            ...(holder.acting === true ? { acting: true } : {}),
            source: sourceKey(rowSource),
          },
        ],
        origin: row,
      });
    }
  }
  return { persons, sources, errors };
}
