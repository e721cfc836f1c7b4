import { monthNumber } from '../../src/core/text/calendar';
import type { PositionKind } from '../../src/data/types';
import { csvRows, DataError, type ImportResult, type RawPerson } from './model';

/**
 * FiveThirtyEight's cabinet turnover table (CC BY 4.0): US cabinet members from Carter to Biden with
 * start and end dates written m/d/yy.
 */

export const CABINET_SOURCE = 'fivethirtyeight-cabinet';

const TITLES: Record<string, { title: string; kind: PositionKind }> = {
  'Secretary of State': { title: 'United States Secretary of State', kind: 'foreign_minister' },
  'Secretary of Defense': { title: 'United States Secretary of Defense', kind: 'defence_minister' },
  'Secretary of the Treasury': { title: 'United States Secretary of the Treasury', kind: 'finance_minister' },
  'Secretary of Homeland Security': {
    title: 'United States Secretary of Homeland Security',
    kind: 'interior_minister',
  },
  'Attorney General': { title: 'United States Attorney General', kind: 'minister' },
  'Chief of Staff': { title: 'White House Chief of Staff', kind: 'chief_of_staff' },
  'UN Ambassador': { title: 'United States Ambassador to the United Nations', kind: 'ambassador' },
  'OMB Director': { title: 'Director of the Office of Management and Budget', kind: 'agency_head' },
  'CEA Chair': { title: 'Chair of the Council of Economic Advisers', kind: 'adviser' },
  'SBA Administrator': { title: 'Administrator of the Small Business Administration', kind: 'agency_head' },
  'EPA Administrator': { title: 'Administrator of the Environmental Protection Agency', kind: 'agency_head' },
  'U.S. Trade Representative': { title: 'United States Trade Representative', kind: 'minister' },
  'OSTP Director': { title: 'Director of the Office of Science and Technology Policy', kind: 'adviser' },
  'Director of Central Intelligence': { title: 'Director of Central Intelligence', kind: 'agency_head' },
  'Director of Central Intelligence/CIA Director': {
    title: 'Director of Central Intelligence',
    kind: 'agency_head',
  },
  'CIA Director': { title: 'Director of the Central Intelligence Agency', kind: 'agency_head' },
  'Director of National Intelligence': { title: 'Director of National Intelligence', kind: 'agency_head' },
  'Vice President': { title: 'Vice President of the United States', kind: 'deputy_head_of_government' },
};

/** The administration that ended each term marked "Still in office" when the table was made. */
const ADMINISTRATION_END: Record<string, string> = { Biden: '2025-01-20' };

function usDate(value: string, origin: string): string {
  const monthOnly = /^([A-Za-z]{3})[a-z]*\.? (\d{4})$/.exec(value.trim());
  if (monthOnly) {
    const month = monthNumber(monthOnly[1] as string) - 1;
    if (month >= 0) return `${monthOnly[2]}-${String(month + 1).padStart(2, '0')}`;
  }
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{2})$/.exec(value.trim());
  if (!m) throw new DataError(origin, `bad date "${value}"`);
  const yy = Number(m[3]);
  // The table spans 1977–2023: two-digit years from 77 on are 19xx.
  const year = yy >= 77 ? 1900 + yy : 2000 + yy;
  return `${year}-${(m[1] as string).padStart(2, '0')}-${(m[2] as string).padStart(2, '0')}`;
}

export function importCabinet(text: string, file: string): RawPerson[] {
  const rows = csvRows(text, { relaxColumnCount: true });
  const persons: RawPerson[] = [];
  // A term that spans two administrations is listed twice, each row with "<other> admin" for the
  // date it does not know: the two rows are joined into one term.
  const carried = new Map<string, RawPerson>();
  rows.forEach((row, i) => {
    const origin = `${file}:${i + 2}`;
    const name = row.appointee?.trim();
    const listed = row.position?.trim() ?? '';
    // A post renamed during a term is listed "Old title/New title": the newer title is the one in use.
    const office = TITLES[listed] ? listed : (listed.split('/').pop() ?? '').trim();
    if (!name) throw new DataError(origin, 'missing name');
    const mapped =
      TITLES[office] ??
      (office.startsWith('Secretary of')
        ? { title: `United States ${office.replace('&', 'and')}`, kind: 'minister' as const }
        : null);
    if (!mapped) throw new DataError(origin, `unknown office "${office}"`);
    const startRaw = (row.start_date ?? '').trim();
    const endRaw = (row.end_date ?? '').trim();
    const carryKey = `${name}|${office}`;
    if (/ admin$/.test(startRaw)) {
      const earlier = carried.get(carryKey)?.positions[0];
      if (!earlier) throw new DataError(origin, `no earlier row for a term carried from "${startRaw}"`);
      earlier.end = usDate(endRaw, origin);
      carried.delete(carryKey);
      return;
    }
    const start = usDate(startRaw, origin);
    const carriesOn = / admin$/.test(endRaw);
    const end = carriesOn
      ? undefined
      : endRaw === 'Still in office'
        ? ADMINISTRATION_END[row.president ?? '']
        : usDate(endRaw, origin);
    if (end && end < start) throw new DataError(origin, `ends (${end}) before it starts (${start})`);
    const person: RawPerson = {
      name,
      country: 'US',
      aliases: [],
      ids: {},
      positions: [{ ...mapped, country: 'US', start, ...(end ? { end } : {}), source: CABINET_SOURCE }],
      origin,
    };
    if (carriesOn) carried.set(carryKey, person);
    persons.push(person);
  });
  const open = [...carried.values()][0];
  if (open) throw new DataError(open.origin, 'term carried into the next administration has no closing row');
  return persons;
}

export function cabinetSources(): ImportResult['sources'] {
  return {
    [CABINET_SOURCE]: {
      title: 'FiveThirtyEight: cabinet turnover, Carter to Biden',
      licence: 'CC BY 4.0',
      asOf: '2023-03',
      url: 'https://github.com/fivethirtyeight/data/tree/master/cabinet-turnover',
    },
  };
}
