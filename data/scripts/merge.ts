import { CALENDAR_WORDS } from '../../src/core/text/calendar';
import { foldWord, nameKeys } from '../../src/core/text/normalize';
import { leader } from '../../src/data/role-on-date';
import { deriveSurname } from '../../src/data/surname';
import type { Country, NameForm, Person, Position, PositionKind } from '../../src/data/types';
import { DataError, dateKey, type RawPerson, type RawPosition } from './model';

/**
 * Joins what several sources say about one person into one record: by shared ids first, then by the
 * same name in the same country. Positions the sources share are kept once, and where they disagree
 * on dates the report says so.
 */

export interface MergeReport {
  /** Same office, two sources, start dates more than a month apart. */
  disagreements: string[];
}

function fold(name: string): string {
  return (
    foldWord(name)
      .replace(/[.,]/g, ' ')
      .replace(/-/g, ' ')
      .replace(/\s+/g, ' ')
      .trim()
      // Initials written apart or together are one form: "George H. W. Bush" = "George H.W. Bush".
      .replace(/\b([a-z]) (?=[a-z]\b)/g, '$1')
  );
}

function nameKey(raw: RawPerson): string {
  return `${raw.country}|${fold(raw.name)}|${raw.key ?? ''}`;
}

function slug(text: string): string {
  return fold(text)
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

export function mergePersons(
  raws: RawPerson[],
  organisations: ReadonlySet<string> = new Set(),
  regionNames: ReadonlyMap<string, string> = new Map(),
): { groups: RawPerson[][]; report: MergeReport } {
  const parent = raws.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i] as number] as number;
      i = parent[i] as number;
    }
    return i;
  };
  const idsOf = new Map<number, Record<string, string>>();
  raws.forEach((raw, i) => {
    idsOf.set(i, { ...raw.ids });
  });
  const union = (a: number, b: number): void => {
    const ra = find(a);
    const rb = find(b);
    if (ra === rb) return;
    const ia = idsOf.get(ra) ?? {};
    const ib = idsOf.get(rb) ?? {};
    // Two different external ids mean two people, whatever their names.
    for (const key of Object.keys(ia)) if (ib[key] && ib[key] !== ia[key]) return;
    parent[rb] = ra;
    idsOf.set(ra, { ...ib, ...ia });
  };

  const byId = new Map<string, number>();
  const byName = new Map<string, number>();
  raws.forEach((raw, i) => {
    for (const [scheme, value] of Object.entries(raw.ids)) {
      if (scheme !== 'bioguide' && scheme !== 'wikidata') continue;
      const key = `${scheme}:${value}`;
      const seen = byId.get(key);
      if (seen === undefined) byId.set(key, i);
      else union(seen, i);
    }
  });
  raws.forEach((raw, i) => {
    const key = nameKey(raw);
    const seen = byName.get(key);
    if (seen === undefined) byName.set(key, i);
    else union(seen, i);
  });
  // A source that knows the person by a longer form ("Michael R. Pompeo") joins through its aliases.
  raws.forEach((raw, i) => {
    for (const alias of raw.aliases) {
      // Only a fuller form ("Michael R. Pompeo") is specific enough to join on; a two-word alias such
      // as "George Bush" names several people.
      if (fold(alias).split(' ').length < 3) continue;
      const seen = byName.get(`${raw.country}|${fold(alias)}|${raw.key ?? ''}`);
      if (seen !== undefined && fold(raws[seen]?.name ?? '') === fold(alias)) union(seen, i);
    }
  });

  // Sources spell one holder differently ("Benyamin"/"Benjamin Netanyahu"). An imported row joins a
  // curated holder of the same surname, country and kind of office when its start date falls inside
  // that holder's term. Curated rows never join each other this way: their names are canonical.
  const curatedSeats = new Map<string, number[]>();
  raws.forEach((raw, i) => {
    if (!fromCurated(raw.origin) || raw.key) return;
    const surname = fold(raw.surname ?? deriveSurname(raw.name, raw.country));
    for (const p of raw.positions) {
      const key = `${raw.country}|${surname}|${p.kind}`;
      curatedSeats.set(key, [...(curatedSeats.get(key) ?? []), i]);
    }
  });
  raws.forEach((raw, i) => {
    // Rows with their own id (Open States) are never joined by name.
    if (fromCurated(raw.origin) || raw.key) return;
    const surname = fold(raw.surname ?? deriveSurname(raw.name, raw.country));
    for (const p of raw.positions) {
      if (p.kind === 'legislator' || p.kind === 'minister' || !p.start) continue;
      const start = dateKey(p.start);
      // The same seat: the same title, or the one office of its kind a country has at a time (two
      // secretaries of state named Hobbs, of Arizona and of Washington, are two people).
      const sameSeat = (q: RawPosition) => q.kind === p.kind && sameOffice(q, p);
      const holders = (curatedSeats.get(`${raw.country}|${surname}|${p.kind}`) ?? []).filter((j) =>
        (raws[j] as RawPerson).positions.some(
          (q) => sameSeat(q) && dateKey(q.start) <= start && start < dateKey(q.end ?? '9999'),
        ),
      );
      if (holders.length === 1) union(holders[0] as number, i);
    }
  });

  // An international post (NATO, EU, IMF…) is held by someone from a country: a holder listed under the
  // organisation joins the one national record of the same name, and the person keeps that country.
  const national = new Map<string, number[]>();
  raws.forEach((raw, i) => {
    if (organisations.has(raw.country) || raw.key) return;
    const key = fold(raw.name);
    const roots = national.get(key) ?? [];
    if (!roots.some((j) => find(j) === find(i))) roots.push(i);
    national.set(key, roots);
  });
  raws.forEach((raw, i) => {
    if (!organisations.has(raw.country) || raw.key) return;
    const candidates = new Set((national.get(fold(raw.name)) ?? []).map((j) => find(j)));
    if (candidates.size === 1) {
      const [j] = candidates;
      union(j as number, i);
    }
  });

  // A state official kept apart by their own id (Open States) joins the one national record of the same
  // name that held office for the same state, at other times: Keith Ellison, Representative from
  // Minnesota, then its Attorney General. A namesake elsewhere in the country, or one serving in the
  // state house while the national figure sits in Congress (Mike Johnson), stays a different person, and
  // so does one who appears decades later (Bill Schuette's son in the Michigan House).
  const year = (date: string | undefined) => Number((date ?? '9999').slice(0, 4));
  const withinYears = (a: RawPerson['positions'][number], b: RawPerson['positions'][number], years: number) =>
    Math.max(year(a.start) - year(b.end), year(b.start) - year(a.end)) <= years;
  // A curated list and Open States holding one term of one office (Ken Paxton, Attorney General of
  // Texas since 2015) describe one person.
  const byTitleAndName = new Map<string, number[]>();
  raws.forEach((raw, i) => {
    if (raw.key || !fromCurated(raw.origin)) return;
    for (const p of raw.positions) {
      const key = `${raw.country}|${fold(raw.name)}|${p.title}`;
      byTitleAndName.set(key, [...(byTitleAndName.get(key) ?? []), i]);
    }
  });
  raws.forEach((raw, i) => {
    if (!raw.key) return;
    const roots = new Set<number>();
    for (const p of raw.positions)
      for (const j of byTitleAndName.get(`${raw.country}|${fold(raw.name)}|${p.title}`) ?? [])
        if ((raws[j] as RawPerson).positions.some((q) => q.title === p.title && overlapping(p, q)))
          roots.add(find(j));
    if (roots.size === 1) {
      const [j] = roots;
      union(j as number, i);
    }
  });
  raws.forEach((raw, i) => {
    if (!raw.key || raw.country !== 'US' || !raw.positions.every((p) => p.region)) return;
    const states = [...new Set(raw.positions.map((p) => regionNames.get(p.region as string)))].filter(
      (name): name is string => Boolean(name),
    );
    const candidates = new Set(
      (national.get(fold(raw.name)) ?? [])
        .filter((j) => (raws[j] as RawPerson).country === 'US')
        .map((j) => find(j))
        .filter((root) =>
          raws.some(
            (other, k) =>
              find(k) === root &&
              !other.key &&
              // The same office from two sources is one term, not two people at once.
              !other.positions.some((p) =>
                raw.positions.some((q) => p.title !== q.title && overlapping(p, q)),
              ) &&
              // The tie is a national office for that state: a state office alone proves nothing
              // (Bill Schuette, Attorney General of Michigan, and his son in its House).
              other.positions.some(
                (p) =>
                  !p.region &&
                  states.some((state) => namesState(p.title, state)) &&
                  raw.positions.some((q) => withinYears(p, q, 20)),
              ),
          ),
        ),
    );
    if (candidates.size === 1) {
      const [j] = candidates;
      union(j as number, i);
    }
  });

  const groups = new Map<number, RawPerson[]>();
  raws.forEach((raw, i) => {
    const root = find(i);
    const list = groups.get(root) ?? [];
    list.push(raw);
    groups.set(root, list);
  });
  return { groups: [...groups.values()], report: { disagreements: [] } };
}

/** "United States Senator from Virginia" names Virginia; "… from West Virginia" does not. */
function namesState(title: string, state: string): boolean {
  const bare = state.replace(/ State$/, '');
  return new RegExp(`(?<!West )\\b${bare}\\b`).test(title);
}

function precision(date: string | undefined): number {
  return date ? date.length : 0;
}

/**
 * Offices a country has exactly one of at a time: two sources' titles for them ("Foreign Secretary",
 * "Secretary of State for Foreign Affairs") name the same post. Agencies, courts, central banks and
 * commands have many heads, so for them only the same title is the same office.
 */
const ONE_PER_COUNTRY = new Set<PositionKind>([
  'head_of_state',
  'head_of_government',
  'foreign_minister',
  'defence_minister',
  'finance_minister',
  'interior_minister',
]);

/** Two rows describe one term: the same office (by title, or a one-per-country kind) at overlapping times. */
function sameOffice(a: RawPosition, b: RawPosition): boolean {
  return a.title === b.title || (a.kind === b.kind && a.country === b.country && ONE_PER_COUNTRY.has(a.kind));
}

function overlapping(a: RawPosition, b: RawPosition): boolean {
  return dateKey(a.start) < dateKey(b.end ?? '9999') && dateKey(b.start) < dateKey(a.end ?? '9999');
}

function sameTerm(a: RawPosition, b: RawPosition): boolean {
  return sameOffice(a, b) && a.acting === b.acting && overlapping(a, b);
}

const fromCurated = (origin: string) => origin.startsWith('data/curated');

/**
 * One position per office and term: two sources' rows for the same term become one. The curated
 * title wins (it is written as readers know the office); a known end date is never dropped, since
 * an open end only means a source did not know of one.
 */
export function mergePositions(
  rows: Array<{ position: RawPosition; origin: string }>,
  report: MergeReport,
  name: string,
): Position[] {
  const kept: Array<{ position: RawPosition; origin: string }> = [];
  for (const row of rows) {
    const same = kept.find((k) => sameTerm(k.position, row.position));
    if (!same) {
      kept.push(row);
      continue;
    }
    const a = Date.parse(dateKey(same.position.start));
    const b = Date.parse(dateKey(row.position.start));
    // "1997" and "1997-10-25" agree: compare at the coarser precision before measuring the gap.
    const shared = Math.min(precision(same.position.start), precision(row.position.start));
    const compatible = same.position.start?.slice(0, shared) === row.position.start?.slice(0, shared);
    // Two rows of one source are two terms it lists, not a disagreement between sources.
    if (!compatible && Math.abs(a - b) > 31 * 86_400_000 && row.position.source !== same.position.source) {
      report.disagreements.push(
        `${name} — ${row.position.title}: start ${same.position.start} (${same.origin}) vs ${row.position.start} (${row.origin})`,
      );
    }
    const rowCurated = fromCurated(row.origin);
    const sameCurated = fromCurated(same.origin);
    // A curated start wins; otherwise the earliest (an imported "since" may be the latest re-election).
    if (
      (rowCurated && !sameCurated) ||
      (rowCurated === sameCurated && dateKey(row.position.start) < dateKey(same.position.start))
    ) {
      same.position.start = row.position.start;
    }
    if (rowCurated && !sameCurated) {
      same.position.title = row.position.title;
      same.position.source = row.position.source;
      same.origin = row.origin;
    }
    // A source that knows the term beyond one day's snapshot lifts the snapshot's limit.
    if (!row.position.lastSeen) delete same.position.lastSeen;
    // A curated end wins over an imported one (the list was checked against the office's record);
    // otherwise the more precise end is kept.
    if (
      row.position.end &&
      (!same.position.end ||
        (rowCurated && !sameCurated) ||
        (rowCurated === sameCurated && precision(row.position.end) > precision(same.position.end)))
    ) {
      same.position.end = row.position.end;
    }
  }
  return kept
    .map(({ position }) => position)
    .sort((x, y) => dateKey(x.start).localeCompare(dateKey(y.start)));
}

export interface AliasContext {
  englishWords: ReadonlySet<string>;
  /** Single words that name more than one person, or a person and a place. */
  sharedWords: ReadonlySet<string>;
  givenNames: ReadonlySet<string>;
  placeWords: ReadonlySet<string>;
}

/** May a single word stand alone as a name? Only when nothing else reads the same. */
export function singleWordSafe(word: string, context: AliasContext): boolean {
  const key = foldWord(word);
  return (
    word.length >= 4 &&
    !CALENDAR_WORDS.has(key) &&
    !context.englishWords.has(key) &&
    !context.sharedWords.has(key) &&
    !context.givenNames.has(key) &&
    !context.placeWords.has(key)
  );
}

export function buildPerson(
  group: RawPerson[],
  report: MergeReport,
  context: AliasContext,
  ids: Set<string>,
  organisations: ReadonlySet<string> = new Set(),
): Person {
  // A national record names the person's country; curated rows name people as news does.
  const ordered = [
    ...group.filter((r) => !organisations.has(r.country)),
    ...group.filter((r) => organisations.has(r.country)),
  ];
  const primary =
    ordered.find((r) => r.origin.includes('curated')) ??
    ordered.find((r) => r.nameFromArticle) ??
    (ordered[0] as RawPerson);
  const name = primary.name;
  // The country is a national record's even when the name comes from a curated organisation list
  // (Ann Veneman: UNICEF, but a US Secretary of Agriculture), so the id stays what it was.
  const country = (ordered[0] as RawPerson).country;
  const allIds: Record<string, string> = {};
  for (const raw of group) Object.assign(allIds, raw.ids, allIds);
  const positions = mergePositions(
    group.flatMap((raw) =>
      raw.positions.map((position) => ({ position: { ...position }, origin: raw.origin })),
    ),
    report,
    name,
  );
  const surname = group.find((r) => r.surname)?.surname ?? deriveSurname(name, country);

  const forms = new Map<string, NameForm>();
  const addForm = (form: string, contextOnly: boolean) => {
    // Forms are kept apart as the matcher reads them: "Kim Jong Un" and "Kim Jong-un" are different token runs.
    const key = nameKeys(form).join(' ');
    if (!key || key === nameKeys(name).join(' ') || forms.has(key)) return;
    const single = !key.includes(' ');
    forms.set(key, { form, alone: !contextOnly && (!single || singleWordSafe(form, context)) });
  };
  for (const raw of group) {
    if (fold(raw.name) !== fold(name)) addForm(raw.name, false);
    for (const alias of raw.aliases) addForm(alias, false);
    for (const alias of raw.contextAliases ?? []) addForm(alias, true);
  }
  if (!surname.includes(' ') && leader(positions) && singleWordSafe(surname, context))
    addForm(surname, false);

  const base = allIds.bioguide
    ? `bioguide-${allIds.bioguide}`
    : allIds.wikidata
      ? `wd-${allIds.wikidata}`
      : `${country.toLowerCase()}-${slug(name)}${primary.key ? `-${slug(primary.key)}` : ''}`;
  if (ids.has(base)) throw new DataError(primary.origin, `duplicate person id "${base}"`);
  ids.add(base);
  const person: Person = {
    id: base,
    name,
    surname,
    aliases: [...forms.values()],
    country,
    ids: allIds,
    positions,
  };
  const party = group.find((r) => r.party)?.party;
  if (party) person.party = party;
  return person;
}

/** Words that several people (or places) share; they never stand alone as a name. */
export function sharedSingleWords(
  groups: RawPerson[][],
  countries: Country[],
): { shared: Set<string>; given: Set<string>; places: Set<string> } {
  const owners = new Map<string, number>();
  const given = new Set<string>();
  groups.forEach((group, i) => {
    const words = new Set<string>();
    for (const raw of group) {
      const surname = raw.surname ?? deriveSurname(raw.name, raw.country);
      for (const form of [surname, ...raw.aliases.filter((a) => !a.includes(' '))]) words.add(foldWord(form));
      const first = raw.name.split(/\s+/)[0];
      if (first && raw.name.includes(' ') && !['CN', 'TW', 'HK', 'KR', 'KP', 'MO'].includes(raw.country))
        given.add(foldWord(first));
    }
    for (const word of words)
      owners.set(word, owners.get(word) === undefined || owners.get(word) === i ? i : -1);
  });
  const shared = new Set([...owners].filter(([, owner]) => owner === -1).map(([word]) => word));
  const places = new Set<string>();
  for (const country of countries) {
    for (const form of [
      country.name,
      ...country.aliases,
      ...country.demonyms,
      country.capital ?? '',
      ...(country.capitalAliases ?? []),
    ]) {
      if (form) places.add(foldWord(form));
    }
  }
  return { shared, given, places };
}
