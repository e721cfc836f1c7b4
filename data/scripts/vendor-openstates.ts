import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/**
 * Refreshes data/openstates/people.csv from a checkout of github.com/openstates/people (CC0):
 *
 *   npx tsx data/scripts/vendor-openstates.ts PATH/TO/people/data data/openstates/people.csv
 *
 * Only the facts the dataset uses are kept, one row per role in a state legislature or a state
 * executive office, so the project carries a 1 MB table instead of 8,000 YAML files.
 */

export const OPENSTATES_COLUMNS = [
  'id',
  'name',
  'given_name',
  'family_name',
  'other_names',
  'party',
  'state',
  'role',
  'district',
  'start',
  'end',
  'wikidata',
  'bioguide',
] as const;

interface OpenStatesPerson {
  id?: string;
  name?: string;
  given_name?: string;
  family_name?: string;
  other_names?: Array<{ name?: string }>;
  party?: Array<{ name?: string; end_date?: string }>;
  roles?: Array<{
    type?: string;
    jurisdiction?: string;
    district?: string;
    start_date?: string;
    end_date?: string;
  }>;
  other_identifiers?: Array<{ scheme?: string; identifier?: string }>;
}

const FOLDERS = ['legislature', 'executive'];
const STATE_JURISDICTION = /^ocd-jurisdiction\/country:us\/(?:state|district):([a-z]{2})\/government$/;

function cell(value: string): string {
  return /[",\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

export function vendorRows(person: OpenStatesPerson): string[][] {
  const current = person.party?.find((p) => !p.end_date)?.name ?? '';
  const identifier = (scheme: string) =>
    person.other_identifiers?.find((i) => i.scheme === scheme)?.identifier ?? '';
  // Other names repeat the name as "Surname, Given" and with initials ("A. Story"): prose uses neither.
  const others = [
    ...new Set(
      (person.other_names ?? [])
        .map((o) => o.name?.trim() ?? '')
        .filter((n) => n && n !== person.name && !n.includes(',') && !/^(?:[A-Z]\.)+(?:\s|$)/.test(n)),
    ),
  ];
  const rows: string[][] = [];
  for (const role of person.roles ?? []) {
    const state = STATE_JURISDICTION.exec(role.jurisdiction ?? '')?.[1];
    if (!state || !role.type) continue;
    rows.push([
      (person.id ?? '').replace('ocd-person/', ''),
      person.name ?? '',
      person.given_name ?? '',
      person.family_name ?? '',
      others.join('|'),
      current,
      state.toUpperCase(),
      role.type,
      role.district ?? '',
      String(role.start_date ?? ''),
      String(role.end_date ?? ''),
      identifier('wikidata'),
      identifier('bioguide'),
    ]);
  }
  return rows;
}

function main(dataDir: string, out: string): void {
  const lines = [OPENSTATES_COLUMNS.join(',')];
  for (const state of readdirSync(dataDir).sort()) {
    if (state === 'us') continue; // Congress: imported from congress-legislators.
    for (const folder of FOLDERS) {
      const dir = path.join(dataDir, state, folder);
      let files: string[];
      try {
        files = readdirSync(dir).filter((f) => f.endsWith('.yml'));
      } catch {
        continue;
      }
      for (const file of files.sort()) {
        const person = parse(readFileSync(path.join(dir, file), 'utf8')) as OpenStatesPerson;
        for (const row of vendorRows(person)) lines.push(row.map(cell).join(','));
      }
    }
  }
  writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`${out}: ${lines.length - 1} roles`);
}

if (process.argv[1]?.endsWith('vendor-openstates.ts')) {
  const [dataDir, out] = process.argv.slice(2);
  if (!dataDir || !out) {
    console.error('usage: vendor-openstates.ts OPENSTATES_DATA_DIR OUT.csv');
    process.exit(2);
  }
  main(dataDir, out);
}
