import { describe, expect, it } from 'vitest';
import { importCurated } from '../../data/scripts/curated';
import { importLegislators } from '../../data/scripts/import-congress';
import { importCabinet } from '../../data/scripts/import-fivethirtyeight';
import { buildPerson, mergePersons } from '../../data/scripts/merge';
import { checkDate } from '../../data/scripts/model';

const countries = new Set(['US', 'UA']);

describe('curated lists', () => {
  it('reads a valid list into dated, sourced positions', () => {
    const yaml = `source: Ministry list\nasOf: 2026-11-01\noffices:\n  - title: Minister of Foreign Affairs of Ukraine\n    kind: foreign_minister\n    country: UA\n    holders:\n      - name: Andrii Sybiha\n        aliases: [Andriy Sybiha]\n        start: 2024-09-05\n`;
    const { persons, errors, sources } = importCurated(yaml, 'data/curated/x.yaml', countries);
    expect(errors).toEqual([]);
    expect(persons[0]).toMatchObject({ name: 'Andrii Sybiha', country: 'UA', aliases: ['Andriy Sybiha'] });
    expect(persons[0]?.positions[0]).toMatchObject({ start: '2024-09-05', source: 'curated/x' });
    expect(sources['curated/x']).toMatchObject({ title: 'Ministry list', asOf: '2026-11-01' });
  });

  it('reports every bad row as file:line: reason', () => {
    const yaml = [
      'source: S',
      'asOf: 2026-11-01',
      'offices:',
      '  - title: T',
      '    kind: head_of_state',
      '    country: US',
      '    holders:',
      '      - start: 2020-01-01',
      '      - name: B',
      '        start: 2020-02-30',
      '      - name: C',
      '        start: 2021-01-01',
      '        end: 2020-01-01',
      '  - title: U',
      '    kind: king',
      '    country: ZZ',
      '    holders: []',
    ].join('\n');
    const { errors } = importCurated(yaml, 'f.yaml', countries);
    expect(errors.map((e) => e.message)).toEqual([
      'f.yaml:8: missing name',
      'f.yaml:9: bad start date "2020-02-30"',
      'f.yaml:9: missing start date',
      'f.yaml:11: ends (2020-01-01) before it starts (2021-01-01)',
      'f.yaml:14: unknown kind "king"',
      'f.yaml:14: unknown country "ZZ"',
    ]);
  });

  it('rejects broken YAML with its line', () => {
    const { errors } = importCurated('source: S\noffices: [\n', 'g.yaml', countries);
    expect(errors[0]?.message).toMatch(/^g\.yaml:\d+: invalid YAML/);
  });
});

describe('curated offices below the national level', () => {
  const office = (region: string) =>
    `source: S\nasOf: 2026-11-01\noffices:\n  - title: Attorney General of Texas\n    kind: state_official\n    country: US\n    region: ${region}\n    holders:\n      - name: Ken Paxton\n        start: 2015-01-05\n`;
  const codes = new Set(['US', 'US-TX', 'CA']);

  it('carries the region onto each position', () => {
    const { persons, errors } = importCurated(office('US-TX'), 'f.yaml', codes);
    expect(errors).toEqual([]);
    expect(persons[0]?.positions[0]).toMatchObject({ region: 'US-TX', country: 'US' });
  });

  it('refuses a region that is unknown or belongs to another country', () => {
    for (const region of ['US-ZZ', 'CA'])
      expect(importCurated(office(region), 'f.yaml', codes).errors.map((e) => e.message)).toEqual([
        `f.yaml:4: unknown region "${region}" for country "US"`,
      ]);
  });
});

describe('curated terms known only up to a day', () => {
  const office = (holder: string) =>
    `source: S\nasOf: 2026-11-01\noffices:\n  - title: Premier of Ontario\n    kind: governor\n    country: CA\n    holders:\n${holder}`;

  it('carries lastSeen on an open term, and refuses it on a closed one', () => {
    const open = importCurated(
      office('      - name: Doug Ford\n        start: 2018-06-29\n        lastSeen: 2026-06-30\n'),
      'f.yaml',
      new Set(['CA']),
    );
    expect(open.errors).toEqual([]);
    expect(open.persons[0]?.positions[0]).toMatchObject({ start: '2018-06-29', lastSeen: '2026-06-30' });
    const closed = importCurated(
      office(
        '      - name: Doug Ford\n        start: 2018-06-29\n        end: 2026-01-01\n        lastSeen: 2026-06-30\n',
      ),
      'f.yaml',
      new Set(['CA']),
    );
    expect(closed.errors.map((e) => e.message)).toEqual(['f.yaml:8: lastSeen is for a term without an end']);
  });
});

describe('importers', () => {
  it('congress-legislators: joins consecutive terms and keeps sitting members open', () => {
    const yaml = `- id: {bioguide: X000001, wikidata: Q1}\n  name: {first: Jane, last: Roe, nickname: Janie}\n  terms:\n  - {type: rep, start: '2015-01-03', end: '2017-01-03', state: OH, district: 1, party: Democrat}\n  - {type: rep, start: '2017-01-03', end: '2019-01-03', state: OH, district: 1, party: Democrat}\n  - {type: sen, start: '2025-01-03', end: '2031-01-03', state: OH, party: Democrat}\n`;
    const [jane] = importLegislators(yaml, 'l.yaml', '2026-06-15');
    expect(jane?.name).toBe('Janie Roe');
    expect(jane?.aliases).toContain('Jane Roe');
    expect(jane?.positions).toEqual([
      {
        title: 'Member of the U.S. House of Representatives from Ohio',
        kind: 'legislator',
        country: 'US',
        start: '2015-01-03',
        end: '2019-01-03',
        source: 'congress-legislators',
      },
      {
        title: 'United States Senator from Ohio',
        kind: 'legislator',
        country: 'US',
        start: '2025-01-03',
        source: 'congress-legislators',
      },
    ]);
  });

  it('FiveThirtyEight cabinet: reads m/d/yy and joins terms carried across administrations', () => {
    const csv =
      'president,position,appointee,start_date,end_date\nReagan,Secretary of the Treasury,Nicholas Brady,9/16/88,Bush admin\nBush 41,Secretary of the Treasury,Nicholas Brady,Reagan admin,1/17/93\nTrump,Secretary of State,Mike Pompeo,4/26/18,1/20/21\n';
    const persons = importCabinet(csv, 'c.csv');
    expect(persons.map((p) => [p.name, p.positions[0]?.start, p.positions[0]?.end])).toEqual([
      ['Nicholas Brady', '1988-09-16', '1993-01-17'],
      ['Mike Pompeo', '2018-04-26', '2021-01-20'],
    ]);
  });

  it('merges one person known to two sources, and keeps namesakes with different ids apart', () => {
    const base = { country: 'US', aliases: [], positions: [], origin: 'o' };
    const { groups } = mergePersons([
      { ...base, name: 'Mike Pompeo', ids: {} },
      { ...base, name: 'Mike Pompeo', ids: { bioguide: 'P000602' } },
      { ...base, name: 'John Smith', ids: { bioguide: 'S1' } },
      { ...base, name: 'John Smith', ids: { bioguide: 'S2' } },
    ]);
    expect(groups.map((g) => g.length).sort()).toEqual([1, 1, 2]);
  });

  it('accepts only real calendar dates', () => {
    expect(checkDate('2024-02-29')).toBe('2024-02-29');
    expect(checkDate('2023-02-29')).toBeNull();
    expect(checkDate('2023-13')).toBeNull();
    expect(checkDate('1999')).toBe('1999');
  });
});

describe('former members of Congress', () => {
  it('dates service from the per-Congress table and joins consecutive Congresses', async () => {
    const { importHistorical, readService } = await import('../../data/scripts/import-congress-historical');
    const service = readService(
      'congress,start_date,chamber,state_abbrev,bioguide_id\n112,2011-01-03,House,KS,P000602\n113,2013-01-03,House,KS,P000602\n114,2015-01-03,House,KS,P000602\n',
      'a.csv',
    );
    const csv =
      'last_name,first_name,middle_name,nickname,full_name,bioguide_id,party,wikipedia_id\nPompeo,Mike,,,Mike Pompeo,P000602,Republican,\nBassett,Richard,,,,B000226,,Richard Bassett (Delaware politician)\n';
    const persons = importHistorical(csv, 'h.csv', service);
    expect(persons).toHaveLength(1); // no dated service before 1919: left out
    expect(persons[0]?.positions).toEqual([
      {
        title: 'Member of the U.S. House of Representatives from Kansas',
        kind: 'legislator',
        country: 'US',
        start: '2011',
        end: '2017-01-03',
        source: 'fivethirtyeight-congress',
      },
    ]);
  });
});

describe('CIA Factbook', () => {
  it('reads "Title Given SURNAME (since …)" into normal case, and skips what it cannot parse', async () => {
    const { parseHolder } = await import('../../data/scripts/import-factbook');
    expect(parseHolder('President Volodymyr ZELENSKYY (since 20 May 2019)')).toEqual({
      title: 'President',
      name: 'Volodymyr Zelenskyy',
      since: '2019-05-20',
    });
    expect(parseHolder('Premier LI Qiang (since 11 March 2023)')?.name).toBe('Li Qiang');
    expect(parseHolder('President Abdel Fattah el-SISI (since 8 June 2014)')?.name).toBe(
      'Abdel Fattah el-Sisi',
    );
    expect(
      parseHolder(
        'King CHARLES III (since 8 September 2022); represented by Governor General X Y (since 1 July 2024)',
      )?.name,
    ).toBe('Charles III');
    expect(parseHolder('Transitional Military Council led by someone')).toBeNull();
  });

  it('merges a Factbook holder into the curated record of the same office holder', () => {
    const curated = {
      name: 'Benjamin Netanyahu',
      country: 'IL',
      aliases: [],
      ids: {},
      origin: 'data/curated/x.yaml:3',
      positions: [
        {
          title: 'Prime Minister of Israel',
          kind: 'head_of_government' as const,
          country: 'IL',
          start: '2022-12-29',
          source: 'c',
        },
      ],
    };
    const factbook = {
      name: 'Benyamin Netanyahu',
      country: 'IL',
      aliases: [],
      ids: {},
      origin: 'factbook:is',
      positions: [
        {
          title: 'Prime Minister of Israel',
          kind: 'head_of_government' as const,
          country: 'IL',
          start: '2022-12-29',
          source: 'f',
        },
      ],
    };
    const other = {
      ...factbook,
      name: 'Benny Gantz',
      positions: [{ ...factbook.positions[0], start: '2020-05-17' }],
    } as typeof factbook;
    expect(
      mergePersons([curated, factbook, other])
        .groups.map((g) => g.length)
        .sort(),
    ).toEqual([1, 2]);
  });
});

describe('Institute for Government UK ministers', () => {
  it('reads people, posts and dated appointments, naming the great offices as readers know them', async () => {
    const { importIfg } = await import('../../data/scripts/import-ifg');
    const persons = importIfg(
      {
        person:
          'id,name,display_name,start_date,end_date\np1,Boris Johnson,Boris Johnson,,\np2,Peter Mandelson,Peter Mandelson,,2008-10-03\np2,Lord Mandelson,Lord Mandelson,2008-10-03,\n',
        post: 'id,organisation_id,name\nq1,o1,Prime Minister\nq2,o2,Secretary of State for Business\nq3,o1,Minister of State\n',
        organisation: 'id,name\no1,Cabinet Office\no2,Department for Business\n',
        appointment:
          'id,person_id,post_id,start_date,end_date\na1,p1,q1,2019-07-24,2022-09-06\na2,p2,q2,2008-10-03,2010-05-11\na3,p1,q3,2020-01-01,2019-01-01\n',
        characteristics: 'id,appointment_id,is_acting\n',
      },
      'ifg',
      new Set(['a3']),
    );
    expect(
      persons.map((p) => [p.name, p.aliases, p.positions.map((x) => `${x.title} ${x.start}–${x.end}`)]),
    ).toEqual([
      ['Boris Johnson', [], ['Prime Minister of the United Kingdom 2019-07-24–2022-09-06']],
      [
        'Lord Mandelson',
        ['Peter Mandelson'],
        ['Secretary of State for Business (United Kingdom) 2008-10-03–2010-05-11'],
      ],
    ]);
  });
});

describe('Wikidata positions held (SPARQL JSON)', () => {
  it('reads terms with their date precision and keeps one person per Wikidata id', async () => {
    const { importWikidata, loadOfficeConfig } = await import('../../data/scripts/import-wikidata');
    const { readFileSync } = await import('node:fs');
    const offices = loadOfficeConfig(readFileSync('data/wikidata/positions.yaml', 'utf8'), 'positions.yaml');
    const persons = importWikidata(
      readFileSync('tests/fixtures/wikidata-positions.json', 'utf8'),
      'positions.json',
      offices,
    );
    expect(
      persons.map((p) => [
        p.name,
        p.ids.wikidata,
        p.positions.map((x) => `${x.title} ${x.start}–${x.end ?? ''}`),
      ]),
    ).toEqual([
      ['Dmytro Kuleba', 'Q3806152', ['Minister of Foreign Affairs of Ukraine 2020-03-04–2024-09-05']],
      ['Vladimir Putin', 'Q7747', ['President of Russia 2000-05-07–2008-05-07', 'President of Russia 2012–']],
    ]);
  });

  it('stops on an office the configuration does not name', async () => {
    const { importWikidata } = await import('../../data/scripts/import-wikidata');
    const json = JSON.stringify({
      results: {
        bindings: [
          {
            person: { value: 'http://www.wikidata.org/entity/Q5' },
            personLabel: { value: 'X' },
            position: { value: 'http://www.wikidata.org/entity/Q999' },
          },
        ],
      },
    });
    expect(() => importWikidata(json, 'p.json', new Map())).toThrow(
      'p.json:row 1: office Q999 is not listed in positions.yaml',
    );
  });
});

describe('international posts', () => {
  it('joins a holder listed under an organisation to the one national record of that name', () => {
    const row = (name: string, country: string) => ({
      name,
      country,
      aliases: [],
      ids: {},
      origin: 'data/curated/x.yaml:1',
      positions: [],
    });
    const { groups } = mergePersons(
      [
        row('Mark Rutte', 'NL'),
        row('Mark Rutte', 'NATO'),
        row('John Smith', 'GB'),
        row('John Smith', 'US'),
        row('John Smith', 'UN'),
      ],
      new Set(['NATO', 'UN']),
    );
    expect(groups.map((g) => g.map((r) => r.country).join('+')).sort()).toEqual([
      'GB',
      'NL+NATO',
      'UN',
      'US',
    ]);
  });

  it('keeps the national country and id when the name comes from an organisation list', () => {
    const position = (title: string, country: string, start: string) => ({
      title,
      kind: 'minister' as const,
      country,
      start,
      source: 's',
    });
    const national = {
      name: 'Ann Veneman',
      country: 'US',
      aliases: [],
      ids: {},
      origin: 'fivethirtyeight:1',
      positions: [position('United States Secretary of Agriculture', 'US', '2001-01-20')],
    };
    const unicef = {
      ...national,
      country: 'UN',
      origin: 'data/curated/x.yaml:1',
      positions: [position('Executive Director of UNICEF', 'UN', '2005-05-01')],
    };
    const organisations = new Set(['UN']);
    const [group] = mergePersons([unicef, national], organisations).groups;
    const none = new Set<string>();
    const context = { englishWords: none, sharedWords: none, givenNames: none, placeWords: none };
    const person = buildPerson(group ?? [], { disagreements: [] }, context, new Set(), organisations);
    expect(person).toMatchObject({ id: 'us-ann-veneman', country: 'US' });
    expect(person.positions).toHaveLength(2);
  });
});

describe('state officials with their own ids', () => {
  const seat = (
    title: string,
    start: string,
    end?: string,
    region?: string,
    kind: 'legislator' | 'state_official' = 'legislator',
  ) => ({
    title,
    kind,
    country: 'US',
    start,
    ...(end ? { end } : {}),
    ...(region ? { region } : {}),
    source: 's',
  });
  const congress = (name: string, state: string, start: string, end?: string) => ({
    name,
    country: 'US',
    aliases: [],
    ids: {},
    origin: 'congress:1',
    positions: [seat(`Member of the U.S. House of Representatives from ${state}`, start, end)],
  });
  const openStates = (name: string, key: string, title: string, region: string, start: string) => ({
    name,
    key,
    country: 'US',
    aliases: [],
    ids: {},
    origin: 'openstates:1',
    positions: [seat(title, start, undefined, region)],
  });
  const regions = new Map([
    ['US-MN', 'Minnesota'],
    ['US-LA', 'Louisiana'],
    ['US-MI', 'Michigan'],
    ['US-VA', 'Virginia'],
  ]);
  const sizes = (raws: Parameters<typeof mergePersons>[0]) =>
    mergePersons(raws, new Set(), regions)
      .groups.map((g) => g.length)
      .sort();

  it('joins the national record of the same name that served the same state at other times', () => {
    expect(
      sizes([
        congress('Keith Ellison', 'Minnesota', '2007-01-03', '2019-01-03'),
        openStates('Keith Ellison', 'k1', 'Attorney General of Minnesota', 'US-MN', '2019-01-07'),
      ]),
    ).toEqual([2]);
  });

  it('joins the curated holder of the same office and term, and no one else of that surname', () => {
    const curated = (name: string, title: string, region: string, start: string, end?: string) => ({
      name,
      country: 'US',
      aliases: [],
      ids: {},
      origin: 'data/curated/x.yaml:1',
      positions: [seat(title, start, end, region, 'state_official')],
    });
    const stateOfficial = (name: string, key: string, title: string, region: string, start: string) => ({
      ...openStates(name, key, title, region, start),
      positions: [seat(title, start, undefined, region, 'state_official')],
    });
    expect(
      sizes([
        curated('Ken Paxton', 'Attorney General of Texas', 'US-TX', '2015-01-05'),
        stateOfficial('Ken Paxton', 'k5', 'Attorney General of Texas', 'US-TX', '2015-01-05'),
        curated('Katie Hobbs', 'Secretary of State of Arizona', 'US-AZ', '2019-01-07', '2023-01-02'),
        stateOfficial('Steve Hobbs', 'k6', 'Secretary of State of Washington', 'US-WA', '2021-11-22'),
      ]),
    ).toEqual([1, 1, 2]);
  });

  it('keeps apart a namesake serving at the same time, decades later, or in another state', () => {
    expect(
      sizes([
        congress('Mike Johnson', 'Louisiana', '2017-01-03'),
        openStates('Mike Johnson', 'k2', 'Louisiana State Representative', 'US-LA', '2019-01-13'),
        congress('Bill Schuette', 'Michigan', '1985-01-03', '1991-01-03'),
        {
          ...congress('Bill Schuette', 'Michigan', '2011-01-01', '2019-01-01'),
          origin: 'data/curated/x.yaml:1',
          positions: [seat('Attorney General of Michigan', '2011-01-01', '2019-01-01', 'US-MI')],
        },
        openStates('Bill Schuette', 'k3', 'Michigan State Representative', 'US-MI', '2023-01-01'),
        congress('Tom Garrett', 'West Virginia', '2017-01-03', '2019-01-03'),
        openStates('Tom Garrett', 'k4', 'Member of the Virginia House of Delegates', 'US-VA', '2024-01-10'),
      ]),
    ).toEqual([1, 1, 1, 1, 1, 2]);
  });
});

describe('Wikidata foreign ministers, January 2023', () => {
  it('imports ministers of countries in the table with the snapshot as last-seen day, and counts the rest', async () => {
    const { importForeignMinisters } = await import('../../data/scripts/import-wikidata-foreign-ministers');
    const csv =
      'person,name,country,countryLabel,position,positionLabel,start,psid\nQ1,Tete António,Q916,Angola,Q2,Minister of External Relations,2020-10-01,x\nQ3,Angus Robertson,Q22,Scotland,Q4,Cabinet Secretary,2021-05-20,y\n,,Q754,Trinidad and Tobago,Q5,Minister of Foreign Affairs,,\n';
    const skipped: string[] = [];
    const persons = importForeignMinisters(
      csv,
      'f.csv',
      [{ code: 'AO', name: 'Angola', aliases: [], demonyms: [], kind: 'country' }],
      skipped,
    );
    expect(persons.map((p) => [p.name, p.ids.wikidata, p.positions[0]])).toEqual([
      [
        'Tete António',
        'Q1',
        {
          title: 'Minister of External Relations of Angola',
          kind: 'foreign_minister',
          country: 'AO',
          start: '2020-10-01',
          lastSeen: '2023-01-10',
          source: 'wikidata-foreign-ministers-2023',
        },
      ],
    ]);
    expect(skipped).toEqual(['f.csv:3: Scotland']);
  });
});

describe('Open States state officials', () => {
  const header =
    'id,name,given_name,family_name,other_names,party,state,role,district,start,end,wikidata,bioguide';
  const csv = [
    header,
    // A sitting member whose term is scheduled to end after the table's date, after an earlier term.
    'aaaaaaaa-0000-4000-8000-000000000001,Ann Johnson,Ann,Johnson,Ann J. Johnson|Johnson,Democratic,TX,lower,134,2021-01-12,2027-01-12,,',
    'aaaaaaaa-0000-4000-8000-000000000001,Ann Johnson,Ann,Johnson,,Democratic,TX,lower,134,2013-01-08,2015-01-13,,',
    'bbbbbbbb-0000-4000-8000-000000000002,Ken Paxton,Ken,Paxton,,Republican,TX,attorney general,,2015-01-05,,,',
    // Undated, and reversed upstream: left out and counted.
    'cccccccc-0000-4000-8000-000000000003,No Start,No,Start,,,NY,upper,1,,,,',
    'dddddddd-0000-4000-8000-000000000004,Re Versed,Re,Versed,,,AR,upper,2,2023-01-09,2019-01-13,,',
    // A governor joins the curated governors by name; their other offices come along.
    'eeeeeeee-0000-4000-8000-000000000005,Kathy Hochul,Kathy,Hochul,,Democratic,NY,lt_governor,,2015-01-01,2021-08-24,,',
    'eeeeeeee-0000-4000-8000-000000000005,Kathy Hochul,Kathy,Hochul,,Democratic,NY,governor,,2021-08-24,,,',
  ].join('\n');

  it('reads dated terms with their state as region, keeps namesakes apart and counts what it skips', async () => {
    const { importOpenStates } = await import('../../data/scripts/import-openstates');
    const skipped = { undated: 0, reversed: [] as string[] };
    const persons = importOpenStates(csv, 'people.csv', skipped);
    expect(skipped).toEqual({ undated: 1, reversed: ['people.csv:6'] });
    expect(persons.map((p) => p.name)).toEqual(['Ann Johnson', 'Ken Paxton', 'Kathy Hochul']);
    const [ann, paxton, hochul] = persons;
    expect(ann).toMatchObject({ key: 'aaaaaaaa', aliases: ['Ann J. Johnson'], surname: 'Johnson' });
    expect(ann?.positions).toEqual([
      {
        title: 'Texas State Representative',
        kind: 'legislator',
        country: 'US',
        region: 'US-TX',
        start: '2021-01-12',
        lastSeen: '2026-08-05',
        source: 'openstates',
      },
      expect.objectContaining({ start: '2013-01-08', end: '2015-01-13' }),
    ]);
    expect(paxton?.positions[0]).toMatchObject({
      title: 'Attorney General of Texas',
      kind: 'state_official',
    });
    expect(hochul?.key).toBeUndefined();
    expect(hochul?.positions.map((p) => p.title)).toEqual(['Lieutenant Governor of New York']);
  });

  it('stops on a row it cannot read', async () => {
    const { importOpenStates } = await import('../../data/scripts/import-openstates');
    const bad = `${header}\nnot-an-id,X Y,X,Y,,,TX,lower,1,2020-01-01,,,`;
    expect(() => importOpenStates(bad, 'people.csv', { undated: 0, reversed: [] })).toThrow(
      'people.csv:2: bad Open States id "not-an-id"',
    );
    const state = `${header}\naaaaaaaa-0000-4000-8000-000000000001,X Y,X,Y,,,ZZ,lower,1,2020-01-01,,,`;
    expect(() => importOpenStates(state, 'people.csv', { undated: 0, reversed: [] })).toThrow(
      'unknown state "ZZ"',
    );
  });

  it('keeps only full names of state offices when vendoring the upstream YAML', async () => {
    const { vendorRows } = await import('../../data/scripts/vendor-openstates');
    const rows = vendorRows({
      id: 'ocd-person/aaaaaaaa-0000-4000-8000-000000000001',
      name: 'Ann Johnson',
      other_names: [{ name: 'Johnson, A.' }, { name: 'A. Johnson' }, { name: 'Ann J. Johnson' }],
      party: [{ name: 'Republican', end_date: '2010-01-01' }, { name: 'Democratic' }],
      roles: [
        {
          type: 'lower',
          jurisdiction: 'ocd-jurisdiction/country:us/state:tx/government',
          start_date: '2021-01-12',
        },
        { type: 'council', jurisdiction: 'ocd-jurisdiction/country:us/state:tx/place:austin/government' },
      ],
    });
    expect(rows).toEqual([
      [
        'aaaaaaaa-0000-4000-8000-000000000001',
        'Ann Johnson',
        '',
        '',
        'Ann J. Johnson',
        'Democratic',
        'TX',
        'lower',
        '',
        '2021-01-12',
        '',
        '',
        '',
      ],
    ]);
  });
});

describe('merging two sources on one term', () => {
  it('takes the curated end over an imported one, and keeps an end only one source knows', async () => {
    const { mergePositions } = await import('../../data/scripts/merge');
    const term = {
      title: 'Chair of the Council of Economic Advisers',
      kind: 'adviser' as const,
      country: 'US',
    };
    const report = { disagreements: [] };
    const merged = mergePositions(
      [
        { position: { ...term, start: '2021-03-02', end: '2025-01-20', source: 'fte' }, origin: 'fte.csv:9' },
        {
          position: { ...term, start: '2021-03-02', end: '2023-03-31', source: 'c' },
          origin: 'data/curated/a.yaml:4',
        },
      ],
      report,
      'Cecilia Rouse',
    );
    expect(merged).toEqual([{ ...term, start: '2021-03-02', end: '2023-03-31', source: 'c' }]);
    const open = mergePositions(
      [
        { position: { ...term, start: '2021-03-02', source: 'c' }, origin: 'data/curated/a.yaml:4' },
        { position: { ...term, start: '2021-03-02', end: '2023-03-31', source: 'fte' }, origin: 'fte.csv:9' },
      ],
      report,
      'Cecilia Rouse',
    );
    expect(open[0]?.end).toBe('2023-03-31');
  });
});
