import type { PositionKind } from '../../src/data/types';
import { checkDate, csvRows, DataError, type RawPerson } from './model';

/**
 * The Institute for Government's UK ministers database (CC BY 4.0): every minister since 1979 with
 * dated appointments. People who changed name (peerages, marriage) keep every name as an alias.
 */

export const IFG_SOURCE = 'ifg-uk-ministers';

type Row = Record<string, string>;
const rows = (text: string): Row[] => csvRows(text);

/** The great offices are named as readers know them; every other post with its department. */
function office(post: string, department: string): { title: string; kind: PositionKind } {
  if (post === 'Prime Minister')
    return { title: 'Prime Minister of the United Kingdom', kind: 'head_of_government' };
  if (post === 'Deputy Prime Minister')
    return { title: 'Deputy Prime Minister of the United Kingdom', kind: 'deputy_head_of_government' };
  if (post === 'Chancellor of the Exchequer')
    return { title: 'Chancellor of the Exchequer', kind: 'finance_minister' };
  if (
    /^Secretary of State for (Foreign|Foreign and Commonwealth|Foreign, Commonwealth and Development) Affairs$/.test(
      post,
    ) ||
    post === 'Foreign Secretary'
  ) {
    return { title: 'Foreign Secretary of the United Kingdom', kind: 'foreign_minister' };
  }
  if (post === 'Secretary of State for the Home Department' || post === 'Home Secretary')
    return { title: 'Home Secretary of the United Kingdom', kind: 'interior_minister' };
  if (post === 'Secretary of State for Defence' || post === 'Defence Secretary')
    return { title: 'Secretary of State for Defence (United Kingdom)', kind: 'defence_minister' };
  if (post.startsWith('Secretary of State')) return { title: `${post} (United Kingdom)`, kind: 'minister' };
  return { title: `${post}, ${department} (United Kingdom)`, kind: 'minister' };
}

export interface IfgFiles {
  person: string;
  post: string;
  organisation: string;
  appointment: string;
  characteristics: string;
}

export function importIfg(
  files: IfgFiles,
  dir: string,
  excluded: ReadonlySet<string> = new Set(),
): RawPerson[] {
  const departments = new Map(rows(files.organisation).map((o) => [o.id as string, o.name as string]));
  const posts = new Map(rows(files.post).map((p) => [p.id as string, p]));
  const acting = new Set(
    rows(files.characteristics)
      .filter((c) => c.is_acting === 'True')
      .map((c) => c.appointment_id as string),
  );

  const people = new Map<string, { names: Array<{ name: string; end: string }>; origin: string }>();
  rows(files.person).forEach((p, i) => {
    const origin = `${dir}/person.csv:${i + 2}`;
    const name = p.display_name?.trim() || p.name?.trim();
    if (!p.id || !name) throw new DataError(origin, 'missing id or name');
    const entry = people.get(p.id) ?? { names: [], origin };
    entry.names.push({ name, end: p.end_date ?? '' });
    people.set(p.id, entry);
  });

  const byPerson = new Map<string, RawPerson>();
  rows(files.appointment).forEach((a, i) => {
    const origin = `${dir}/appointment.csv:${i + 2}`;
    if (excluded.has(a.id ?? '')) return;
    const person = people.get(a.person_id ?? '');
    const post = posts.get(a.post_id ?? '');
    if (!person || !post) throw new DataError(origin, 'appointment names an unknown person or post');
    const start = checkDate(a.start_date);
    const end = a.end_date ? checkDate(a.end_date) : undefined;
    if (!start || end === null) throw new DataError(origin, `bad dates ${a.start_date} – ${a.end_date}`);
    if (end && end < start) throw new DataError(origin, `ends (${end}) before it starts (${start})`);
    let raw = byPerson.get(a.person_id as string);
    if (!raw) {
      // The current name is the one without an end date; earlier names ("Boris Johnson" before a title) are aliases.
      const current =
        person.names.find((n) => !n.end) ?? (person.names[person.names.length - 1] as { name: string });
      raw = {
        name: current.name,
        country: 'GB',
        aliases: person.names.map((n) => n.name).filter((n) => n !== current.name),
        ids: { ifg: a.person_id as string },
        positions: [],
        origin: person.origin,
      };
      byPerson.set(a.person_id as string, raw);
    }
    const { title, kind } = office(
      post.name ?? '',
      departments.get(post.organisation_id ?? '') ?? 'HM Government',
    );
    raw.positions.push({
      title,
      kind,
      country: 'GB',
      start,
      ...(end ? { end } : {}),
      ...(acting.has(a.id ?? '') ? { acting: true } : {}),
      source: IFG_SOURCE,
    });
  });
  return [...byPerson.values()];
}

export const ifgSources = () => ({
  [IFG_SOURCE]: {
    title: 'Institute for Government: Ministers Database (UK ministers since 1979)',
    licence: 'CC BY 4.0 (Institute for Government)',
    asOf: '2026-06',
    url: 'https://www.instituteforgovernment.org.uk/ministers-database',
  },
});
