import type { Dataset, DatasetView, NameForm, Person, PersonList, Position, PositionKind } from './types';

/**
 * The dataset as shipped: offices and source keys are stored once and referred to by number, so the
 * file stays a fraction of its in-memory size (and under the 5 MB that store linters parse).
 * `unpackDataset` restores the plain `Dataset` the engine works with.
 */

type PackedPosition = [
  office: number,
  start: string,
  end: string,
  source: number,
  acting: number,
  lastSeen: string,
];

/** Empty and derivable fields are left out: parsing the file is most of the worker's cold start. */
interface PackedPerson {
  id: string;
  n: string;
  /** Absent when the surname is the name's last word. */
  s?: string;
  a?: Array<[string, number]>;
  c: string;
  /** Index into `parties`. */
  pa?: number;
  ids?: Record<string, string>;
  p: PackedPosition[];
}

const lastWord = (name: string) => name.slice(name.lastIndexOf(' ') + 1);

export interface PackedDataset {
  version: 4;
  asOf: string;
  sources: Dataset['sources'];
  countries: Dataset['countries'];
  offices: Array<[title: string, kind: PositionKind, country: string, organization: string, region?: string]>;
  sourceKeys: string[];
  parties: string[];
  /**
   * Each person's `PackedPerson` as a JSON string. Parsing a list of strings is three times faster
   * than parsing the objects, and the worker parses a person only when a page names them.
   */
  persons: string[];
}

export function packDataset(dataset: Dataset): PackedDataset {
  const offices: PackedDataset['offices'] = [];
  const officeIndex = new Map<string, number>();
  const sourceKeys: string[] = [];
  const sourceIndex = new Map<string, number>();
  const parties: string[] = [];
  const partyIndex = new Map<string, number>();
  const indexOf = <K>(map: Map<K, number>, key: K, add: () => void): number => {
    let i = map.get(key);
    if (i === undefined) {
      i = map.size;
      map.set(key, i);
      add();
    }
    return i;
  };
  const persons = dataset.persons.map((person): string => {
    const p = person.positions.map((pos): PackedPosition => {
      const officeKey = `${pos.title}\u0000${pos.kind}\u0000${pos.country}\u0000${pos.organization ?? ''}\u0000${pos.region ?? ''}`;
      const office = indexOf(officeIndex, officeKey, () =>
        offices.push(
          pos.region
            ? [pos.title, pos.kind, pos.country, pos.organization ?? '', pos.region]
            : [pos.title, pos.kind, pos.country, pos.organization ?? ''],
        ),
      );
      const source = indexOf(sourceIndex, pos.source, () => sourceKeys.push(pos.source));
      return [office, pos.start ?? '', pos.end ?? '', source, pos.acting ? 1 : 0, pos.lastSeen ?? ''];
    });
    const packed: PackedPerson = { id: person.id, n: person.name, c: person.country, p };
    if (person.surname !== lastWord(person.name)) packed.s = person.surname;
    if (person.aliases.length > 0) packed.a = person.aliases.map((a) => [a.form, a.alone ? 1 : 0]);
    if (Object.keys(person.ids).length > 0) packed.ids = person.ids;
    const party = person.party;
    if (party) packed.pa = indexOf(partyIndex, party, () => parties.push(party));
    return JSON.stringify(packed);
  });
  return {
    version: 4,
    asOf: dataset.asOf,
    sources: dataset.sources,
    countries: dataset.countries,
    offices,
    sourceKeys,
    parties,
    persons,
  };
}

function unpackPerson(packed: PackedDataset, json: string): Person {
  const p = JSON.parse(json) as PackedPerson;
  const positions = p.p.map(([office, start, end, source, acting, lastSeen]): Position => {
    const [title, kind, country, organization, region] = packed.offices[office] ?? ['', 'minister', '', ''];
    const position: Position = { title, kind, country, source: packed.sourceKeys[source] ?? '' };
    if (organization) position.organization = organization;
    if (region) position.region = region;
    if (start) position.start = start;
    if (end) position.end = end;
    if (acting) position.acting = true;
    if (lastSeen) position.lastSeen = lastSeen;
    return position;
  });
  const aliases = (p.a ?? []).map(([form, alone]): NameForm => ({ form, alone: alone === 1 }));
  const person: Person = {
    id: p.id,
    name: p.n,
    surname: p.s ?? lastWord(p.n),
    aliases,
    country: p.c,
    ids: p.ids ?? {},
    positions,
  };
  const party = p.pa === undefined ? undefined : packed.parties[p.pa];
  if (party) person.party = party;
  return person;
}

export function unpackDataset(packed: PackedDataset): Dataset {
  const persons = packed.persons.map((p) => unpackPerson(packed, p));
  return { version: 1, asOf: packed.asOf, sources: packed.sources, countries: packed.countries, persons };
}

/**
 * The same dataset with each person unpacked on first use. A page names a handful of the tens of
 * thousands of people, so the worker's cold start skips building objects it would never read.
 */
export function viewDataset(packed: PackedDataset): DatasetView {
  const unpacked: Array<Person | undefined> = [];
  const persons: PersonList = {
    length: packed.persons.length,
    at(index) {
      const raw = index >= 0 ? packed.persons[index] : undefined;
      if (!raw) return undefined;
      unpacked[index] ??= unpackPerson(packed, raw);
      return unpacked[index];
    },
  };
  return { version: 1, asOf: packed.asOf, sources: packed.sources, countries: packed.countries, persons };
}
