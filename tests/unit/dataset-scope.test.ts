import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset } from '../../src/data/load';
import { isLocal, REGIONAL_FILES } from '../../src/data/regional';
import { heldOn, roleOnDate } from '../../src/data/role-on-date';
import { builtDataset, ROOT } from '../helpers';

/** The compiled dataset's reach, as the dataset issue measures it. */
describe('the compiled dataset', () => {
  const { dataset } = builtDataset();

  it('holds at least 15,000 people', () => {
    expect(dataset.persons.length).toBeGreaterThanOrEqual(15_000);
  });

  it('has a dated head of state or government since 2000 for at least 190 countries', () => {
    const headsOn = (day: string) =>
      new Set(
        dataset.persons.flatMap((p) =>
          p.positions
            .filter((x) => (x.kind === 'head_of_state' || x.kind === 'head_of_government') && heldOn(x, day))
            .map((x) => x.country),
        ),
      );
    const days = ['2000-06-01', '2008-06-01', '2016-06-01', '2025-01-01'].map(headsOn);
    const covered = dataset.countries.filter(
      (c) => c.kind !== 'organization' && c.kind !== 'region' && days.every((held) => held.has(c.code)),
    );
    expect(covered.length).toBeGreaterThanOrEqual(190);
  });

  it('dates the service of every member of Congress since 1919', () => {
    const members = dataset.persons.filter((p) =>
      p.positions.some(
        (x) => x.country === 'US' && x.kind === 'legislator' && !x.region && (x.start ?? '') >= '1919',
      ),
    );
    expect(members.length).toBeGreaterThan(5_000);
    const oneill = dataset.persons.find((p) => p.name === "Tip O'Neill");
    expect(oneill && roleOnDate(oneill, '1980-06-01').role).toBe(
      'Speaker of the United States House of Representatives',
    );
  });

  // One holder from each of several whole office lists: agency heads, the Justice Department, envoys,
  // the European Commission, UN agencies and ambassadors, foreign ministers beyond the G20, and heads
  // of government before 2000.
  it.each([
    ['Anthony Fauci', '2020-04-01', 'Director of the National Institute of Allergy and Infectious Diseases'],
    ['Lina Khan', '2023-01-01', 'Chair of the Federal Trade Commission'],
    ['Jack Smith', '2023-08-01', 'Special Counsel (United States Department of Justice)'],
    ['Steve Witkoff', '2025-06-01', 'United States Special Envoy to the Middle East'],
    ['Vasily Nebenzya', '2023-01-01', 'Permanent Representative of Russia to the United Nations'],
    ['Rafael Grossi', '2023-01-01', 'Director General of the International Atomic Energy Agency'],
    ['Badr Abdelatty', '2025-01-01', 'Minister of Foreign Affairs of Egypt'],
    ['Helmut Kohl', '2010-01-01', 'former Chancellor of Germany (1982–1998)'],
  ])('knows %s on %s: %s', (name, day, role) => {
    const person = dataset.persons.find((p) => p.name === name);
    expect(person && roleOnDate(person, day).role).toBe(role);
  });

  it('keeps state officials in the regional file and only there', () => {
    const read = (file: string) => parseDataset(readFileSync(path.join(ROOT, 'dist', file), 'utf8'));
    const main = read('dataset.json');
    const regional = read(REGIONAL_FILES.dataset);
    expect(main.persons.some(isLocal)).toBe(false);
    expect(regional.persons.length).toBeGreaterThan(5_000);
    expect(regional.persons.every(isLocal)).toBe(true);
  });
});
