import { describe, expect, it } from 'vitest';
import { heldOn, roleOnDate } from '../../src/data/role-on-date';
import type { Person } from '../../src/data/types';
import { builtDataset } from '../helpers';

function find(name: string): Person {
  const person = builtDataset().dataset.persons.find((p) => p.name === name);
  if (!person) throw new Error(`${name} is not in the dataset`);
  return person;
}

describe('roleOnDate on the compiled dataset', () => {
  it.each([
    ['Mike Pompeo', '2019-01-01', 'United States Secretary of State', false],
    ['Mike Pompeo', '2025-07-03', 'former United States Secretary of State (2018–2021)', true],
    ['Donald Trump', '2025-07-03', 'President of the United States', false],
    ['Donald Trump', '2022-06-01', 'former President of the United States (2017–2021)', true],
    ['Pete Hegseth', '2025-07-03', 'United States Secretary of Defense', false],
    ['Andrii Sybiha', '2025-07-03', 'Minister of Foreign Affairs of Ukraine', false],
    ['Dmytro Kuleba', '2025-07-03', 'former Minister of Foreign Affairs of Ukraine (2020–2024)', true],
    ['Dmitry Medvedev', '2019-11-19', 'Prime Minister of Russia', false],
    ['Dmitry Medvedev', '2010-01-01', 'President of Russia', false],
    ['Boris Johnson', '2017-01-01', 'Foreign Secretary of the United Kingdom', false],
    ['Mark Rutte', '2025-01-01', 'Secretary General of NATO', false],
    // Of equally ranked offices left behind, the one held longest, not the short coda after it.
    ['Donald Kohn', '2011-01-01', 'former Vice Chair of the Federal Reserve (2006–2010)', true],
    ['Joan Huffman', '2025-03-10', 'Texas State Senator', false],
    ['Keir Starmer', '2022-01-01', 'Leader of the Opposition (United Kingdom)', false],
    [
      "Tip O'Neill",
      '2000-01-01',
      'former Speaker of the United States House of Representatives (1977–1987)',
      true,
    ],
    ['Phạm Minh Chính', '2026-11-24', 'Prime Minister of Vietnam (left office in 2026)', false],
  ])('%s on %s → %s', (name, date, role, former) => {
    const result = roleOnDate(find(name), date);
    expect(result.role).toBe(role);
    expect(result.former).toBe(former);
  });

  it('hands an office over on the day the successor starts', () => {
    const kuleba = find('Dmytro Kuleba').positions.find((p) =>
      p.title.startsWith('Minister of Foreign Affairs'),
    );
    expect(kuleba && heldOn(kuleba, '2024-09-04')).toBe(true);
    expect(kuleba && heldOn(kuleba, '2024-09-05')).toBe(false);
  });

  it('says what came later for someone not yet in office', () => {
    const result = roleOnDate(find('Pete Hegseth'), '2020-01-01');
    expect(result.role).toBe('later United States Secretary of Defense (since 2025)');
  });

  it('reads partial dates generously within their period', () => {
    const person: Person = {
      id: 'x',
      name: 'X Y',
      surname: 'Y',
      aliases: [],
      country: 'US',
      ids: {},
      positions: [
        { title: 'Envoy', kind: 'ambassador', country: 'US', start: '2018', end: '2020-06', source: 's' },
      ],
    };
    expect(roleOnDate(person, '2018-01-01').role).toBe('Envoy');
    expect(roleOnDate(person, '2020-05-31').role).toBe('Envoy');
    // Inside the month the term ended in, the card cannot say more than that.
    expect(roleOnDate(person, '2020-06-30').role).toBe('Envoy (left office in June 2020)');
    expect(roleOnDate(person, '2020-07-01').role).toBe('former Envoy (2018–2020)');
  });
});

describe('name forms in the compiled dataset', () => {
  const forms = (name: string) => Object.fromEntries(find(name).aliases.map((a) => [a.form, a.alone]));

  it('lets a unique, non-word surname of a head of state stand alone, but not an everyday word', () => {
    expect(forms('Vladimir Putin').Putin).toBe(true);
    expect(forms('Donald Trump').Trump).toBeUndefined();
  });

  it('keeps transliterations of the seed officials', () => {
    expect(Object.keys(forms('Volodymyr Zelenskyy'))).toEqual(
      expect.arrayContaining(['Volodymyr Zelensky', 'Volodymyr Zelenskiy']),
    );
    expect(Object.keys(forms('Andrii Sybiha'))).toEqual(
      expect.arrayContaining(['Andriy Sybiha', 'Andrii Sybiga']),
    );
  });
});

describe('terms known only from a one-day snapshot', () => {
  const person: Person = {
    id: 'y',
    name: 'A B',
    surname: 'B',
    aliases: [],
    country: 'AO',
    ids: {},
    positions: [
      {
        title: 'Minister of External Relations of Angola',
        kind: 'foreign_minister',
        country: 'AO',
        start: '2020-10-01',
        lastSeen: '2023-01-10',
        source: 's',
      },
    ],
  };

  it('counts the office as held up to the snapshot and says nothing firmer after it', () => {
    expect(roleOnDate(person, '2022-06-01').role).toBe('Minister of External Relations of Angola');
    expect(roleOnDate(person, '2025-06-01')).toMatchObject({
      role: 'Minister of External Relations of Angola (as of 2023-01-10; later unknown)',
      former: false,
    });
  });
});
