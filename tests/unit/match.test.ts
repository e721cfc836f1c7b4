import { describe, expect, it } from 'vitest';
import { matchOfficials } from '../../src/core/officials/match';
import { buildNameIndex } from '../../src/core/officials/name-index';
import type { Dataset, Person } from '../../src/data/types';

function person(
  id: string,
  name: string,
  country: string,
  positions: Person['positions'],
  aliases: Person['aliases'] = [],
  surname?: string,
): Person {
  return {
    id,
    name,
    surname: surname ?? (name.split(' ').pop() as string),
    aliases,
    country,
    ids: {},
    positions,
  };
}

const position = (
  title: string,
  kind: Person['positions'][0]['kind'],
  country: string,
  start: string,
  end?: string,
) => ({
  title,
  kind,
  country,
  start,
  ...(end ? { end } : {}),
  source: 'test',
});

const dataset: Dataset = {
  version: 1,
  asOf: '2026-01-01',
  sources: { test: { title: 'test', licence: 'CC0', asOf: '2026-01-01' } },
  countries: [
    { code: 'US', name: 'United States', aliases: ['U.S.'], demonyms: ['American'], kind: 'country' },
    { code: 'RU', name: 'Russia', aliases: [], demonyms: ['Russian'], capital: 'Moscow', kind: 'country' },
    { code: 'LA', name: 'Louisiana', aliases: [], demonyms: [], kind: 'territory' },
    { code: 'US-TX', name: 'Texas', aliases: [], demonyms: ['Texan'], kind: 'region' },
  ],
  persons: [
    person('trump', 'Donald Trump', 'US', [
      position('President of the United States', 'head_of_state', 'US', '2025-01-20'),
    ]),
    person(
      'putin',
      'Vladimir Putin',
      'RU',
      [position('President of Russia', 'head_of_state', 'RU', '2012-05-07')],
      [{ form: 'Putin', alone: true }],
    ),
    person(
      'vance',
      'JD Vance',
      'US',
      [position('Vice President of the United States', 'deputy_head_of_government', 'US', '2025-01-20')],
      [{ form: 'J.D. Vance', alone: true }],
    ),
    person('mj-speaker', 'Mike Johnson', 'US', [
      position('Speaker of the United States House of Representatives', 'legislator', 'US', '2023-10-25'),
    ]),
    person('mj-other', 'Mike Johnson', 'US', [
      position(
        'Member of the U.S. House of Representatives from Ohio',
        'legislator',
        'US',
        '1990-01-03',
        '1995-01-03',
      ),
    ]),
    person('tx-rep', 'Ann Johnson', 'US', [
      { ...position('Texas State Representative', 'legislator', 'US', '2021-01-12'), region: 'US-TX' },
    ]),
    person('tx-mj', 'Mike Johnson', 'US', [
      { ...position('Texas State Senator', 'legislator', 'US', '2023-01-10'), region: 'US-TX' },
    ]),
    person('jk-senator', 'John Kennedy', 'US', [
      position('United States Senator from Louisiana', 'legislator', 'US', '2017-01-03'),
    ]),
    person('jk-president', 'John Kennedy', 'US', [
      position('President of the United States', 'head_of_state', 'US', '1961-01-20', '1963-11-22'),
    ]),
  ],
};

const names = buildNameIndex(dataset);
const ids = (text: string, date = '2025-07-03') =>
  matchOfficials(text, names, { date }).map((m) => `${m.personId}:${m.text}`);

describe('matchOfficials', () => {
  it('links full names, and a surname that refers back to one', () => {
    expect(ids('President Donald Trump spoke. Later Trump’s aides left.')).toEqual([
      'trump:Donald Trump',
      'trump:Trump',
    ]);
  });

  it('leaves a bare English-word surname alone when nothing names the person', () => {
    expect(ids('He played his trump card. Trump Tower is tall.')).toEqual([]);
  });

  it('does not take a relative for the official', () => {
    expect(ids('Donald Trump arrived. Eric Trump and Trump Tower followed.')).toEqual(['trump:Donald Trump']);
  });

  it('links a title before a surname to someone who held that title', () => {
    expect(ids('President Putin met aides.')).toEqual(['putin:Putin']);
    expect(ids('Secretary Putin met aides.')).toEqual(['putin:Putin']); // safe alone, title or not
  });

  it('never matches inside other words', () => {
    expect(ids('The advanced vanced Vancer plan.')).toEqual([]);
  });

  it('matches initials and possessives', () => {
    expect(ids('J.D. Vance’s speech.')).toEqual(['vance:J.D. Vance']);
  });

  it('prefers the namesake in office on the article date', () => {
    expect(ids('Mike Johnson said the House would vote.')).toEqual(['mj-speaker:Mike Johnson']);
  });

  it('leaves a name unmarked when the evidence cannot tell namesakes apart', () => {
    // Both John Kennedys are former officials on this date and both are American.
    expect(ids('John Kennedy spoke.', '2016-01-01')).toEqual([]);
  });

  it('does not run a name across a paragraph break', () => {
    expect(ids('Donald\nTrump')).toEqual([]);
  });
});

describe('sentence boundaries', () => {
  it('reads a dot after a word as the end of a sentence, not an abbreviation', () => {
    expect(ids('Donald Trump met Vladimir Putin. Trump said more.')).toEqual([
      'trump:Donald Trump',
      'putin:Vladimir Putin',
      'trump:Trump',
    ]);
  });
});

describe('names inside other names', () => {
  it('reads past a middle initial the dataset does not hold', () => {
    expect(ids('President Vladimir V. Putin spoke.')).toEqual(['putin:Vladimir V. Putin']);
  });

  it('reads past a middle initial the dataset holds only in someone else’s longer name', () => {
    const roosevelts = buildNameIndex({
      ...dataset,
      persons: [
        person('fdr', 'Franklin Roosevelt', 'US', [
          position('President of the United States', 'head_of_state', 'US', '1933-03-04', '1945-04-12'),
        ]),
        person('fdr-jr', 'Franklin D. Roosevelt Jr.', 'US', [
          position(
            'Member of the U.S. House of Representatives',
            'legislator',
            'US',
            '1949-01-03',
            '1955-01-03',
          ),
        ]),
      ],
    });
    const found = matchOfficials(
      'President Franklin D. Roosevelt signed it; Franklin D. Roosevelt Jr. did not.',
      roosevelts,
      {
        date: '1950-06-01',
      },
    ).map((m) => `${m.personId}:${m.text}`);
    expect(found).toEqual(['fdr:Franklin D. Roosevelt', 'fdr-jr:Franklin D. Roosevelt Jr']);
  });

  it('does not take a university or a law for the person', () => {
    expect(ids('She taught at Donald Trump University.')).toEqual([]);
  });
});

describe('state officials', () => {
  it('marks a state legislator only in an article that names the state', () => {
    expect(ids('Ann Johnson filed a bill.')).toEqual([]);
    expect(ids('In Austin, Texas, Ann Johnson filed a bill.')).toEqual(['tx-rep:Ann Johnson']);
    expect(ids('The Texan lawmaker Ann Johnson filed a bill.')).toEqual(['tx-rep:Ann Johnson']);
  });

  it('gives a name shared with a national figure to the national figure', () => {
    expect(ids('In Texas, Mike Johnson said the House would vote.')).toEqual(['mj-speaker:Mike Johnson']);
  });
});

describe('common surnames', () => {
  const evans = (i: number) =>
    person(`evans-${i}`, `Person${i} Evans`, 'US', [
      position('Member of the U.S. House of Representatives', 'legislator', 'US', '1950-01-03', '1960-01-03'),
    ]);
  const withEvans: Dataset = {
    ...dataset,
    countries: [
      ...dataset.countries,
      { code: 'AU', name: 'Australia', aliases: [], demonyms: ['Australian'], kind: 'country' },
    ],
    persons: [
      ...Array.from({ length: 8 }, (_, i) => evans(i)),
      person('chris-evans', 'Chris Evans', 'AU', [
        position('Minister for Immigration and Citizenship', 'minister', 'AU', '2007-12-03', '2010-09-14'),
      ]),
    ],
  };
  const index = buildNameIndex(withEvans);
  const found = (text: string, date: string) =>
    matchOfficials(text, index, { date }).map((m) => `${m.personId}:${m.text}`);

  it('needs the country named for a former minister whose surname many share', () => {
    expect(found('Chris Evans starred in the film.', '2019-05-01')).toEqual([]);
    expect(found('The Australian senator Chris Evans said so.', '2019-05-01')).toEqual([
      'chris-evans:Chris Evans',
    ]);
  });

  it('needs nothing more while they hold the office', () => {
    expect(found('Chris Evans announced the visa rules.', '2009-05-01')).toEqual(['chris-evans:Chris Evans']);
  });

  it('needs the country named for a serving minor office holder whose surname many share', () => {
    const withChief = buildNameIndex({
      ...withEvans,
      persons: [
        ...withEvans.persons,
        person('nick-evans', 'Nick Evans', 'AU', [
          position(
            'Chief of the Defence Force (Australia)',
            'military_chief',
            'AU',
            '2018-07-01',
            '2024-07-01',
          ),
        ]),
      ],
    });
    const chief = (text: string) =>
      matchOfficials(text, withChief, { date: '2019-06-01' }).map((m) => m.personId);
    expect(chief('Nick Evans and the band played Las Vegas on Friday.')).toEqual([]);
    expect(chief('The Australian defence chief Nick Evans spoke.')).toEqual(['nick-evans']);
  });

  it('does not take an organization’s seat for the organization', () => {
    const withUn = buildNameIndex({
      ...withEvans,
      countries: [
        ...withEvans.countries,
        {
          code: 'UN',
          name: 'United Nations',
          aliases: ['U.N.'],
          demonyms: [],
          capital: 'New York',
          kind: 'organization',
        },
      ],
      persons: [
        ...Array.from({ length: 8 }, (_, i) => evans(i)),
        person('un-evans', 'Michael Evans', 'UN', [
          position('UN Special Coordinator', 'international_official', 'UN', '2007-01-01', '2007-12-31'),
        ]),
      ],
    });
    const un = (text: string) => matchOfficials(text, withUn, { date: '2025-05-10' }).map((m) => m.personId);
    expect(un('NEW YORK — Michael Evans sells programmes outside the stadium.')).toEqual([]);
    expect(un('The former U.N. envoy Michael Evans spoke.')).toEqual(['un-evans']);
  });
});

describe('a lone word as a name', () => {
  const withLiverpool: Dataset = {
    ...dataset,
    countries: [
      ...dataset.countries,
      { code: 'DM', name: 'Dominica', aliases: [], demonyms: [], kind: 'country' },
    ],
    persons: [
      person(
        'liverpool',
        'Nicholas Liverpool',
        'DM',
        [position('President of Dominica', 'head_of_state', 'DM', '2003-10-02', '2012-09-17')],
        [{ form: 'Liverpool', alone: true }],
      ),
    ],
  };
  const index = buildNameIndex(withLiverpool);
  const found = (text: string, date: string) =>
    matchOfficials(text, index, { date }).map((m) => `${m.personId}:${m.text}`);

  it('is a place or a namesake once the person has left office, unless the article is about their country', () => {
    expect(found('Liverpool won the match at Anfield.', '2019-05-01')).toEqual([]);
    expect(found('In Dominica, Liverpool was remembered.', '2019-05-01')).toEqual(['liverpool:Liverpool']);
  });

  it('is the person while they hold office', () => {
    expect(found('Liverpool opened the session.', '2008-05-01')).toEqual(['liverpool:Liverpool']);
  });
});
