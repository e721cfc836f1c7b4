import type { Country } from '../../src/data/types';
import { DataError } from './model';
import { sequenceItems } from './yaml-lines';

const KINDS = new Set(['country', 'territory', 'organization', 'region']);

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((v): v is string => typeof v === 'string' && v.trim() !== '')
    : [];
}

/** data/countries.yaml: the codes every position must use, and the forms prose names them by. */
export function loadCountries(text: string, file: string): Country[] {
  const seen = new Set<string>();
  return sequenceItems(text, file).map(({ value, line }) => {
    const origin = `${file}:${line}`;
    const row = value as Record<string, unknown>;
    const code = typeof row.code === 'string' ? row.code : '';
    const name = typeof row.name === 'string' ? row.name : '';
    if (!/^(?:[A-Z]{2,5}|[A-Z]{2}-[A-Z]{2})$/.test(code))
      throw new DataError(origin, `bad country code "${String(row.code)}"`);
    if (!name) throw new DataError(origin, 'missing name');
    if (seen.has(code)) throw new DataError(origin, `duplicate country code "${code}"`);
    if (!KINDS.has(String(row.kind))) throw new DataError(origin, `unknown kind "${String(row.kind)}"`);
    seen.add(code);
    const country: Country = {
      code,
      name,
      aliases: strings(row.aliases),
      demonyms: strings(row.demonyms),
      kind: row.kind as Country['kind'],
    };
    if (typeof row.capital === 'string') country.capital = row.capital;
    const capitalAliases = strings(row.capitalAliases);
    if (capitalAliases.length > 0) country.capitalAliases = capitalAliases;
    return country;
  });
}
