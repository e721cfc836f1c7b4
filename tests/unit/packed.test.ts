import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../src/core/officials/name-index';
import { parseDataset, parseDatasetView, parsePhrases } from '../../src/data/load';
import { packDataset } from '../../src/data/packed';
import { builtDataset, ROOT } from '../helpers';

describe('the shipped dataset format', () => {
  it('unpacks to exactly what was packed', () => {
    const { dataset } = builtDataset();
    expect(parseDataset(JSON.stringify(packDataset(dataset)))).toEqual(dataset);
  });

  it('gives the worker the same people, unpacked one at a time on first use', () => {
    const json = readFileSync(path.join(ROOT, 'dist', 'dataset.json'), 'utf8');
    const eager = parseDataset(json);
    const view = parseDatasetView(json);
    expect(view.persons.length).toBe(eager.persons.length);
    for (const i of [0, 1, 1000, eager.persons.length - 1])
      expect(view.persons.at(i)).toEqual(eager.persons[i]);
    // Unpacked once: the second read returns the same object.
    expect(view.persons.at(1000)).toBe(view.persons.at(1000));
    expect(view.persons.at(eager.persons.length)).toBeUndefined();
    expect(view.persons.at(-1)).toBeUndefined();
  });

  it('rejects files of another shape with a clear error', () => {
    expect(() => parseDataset('{"version":1,"persons":[]}')).toThrow(/unknown shape/);
    expect(() => parseDataset('not json')).toThrow(/not valid JSON/);
  });

  it('ignores prebuilt phrases that do not fit the dataset', () => {
    const { dataset } = builtDataset();
    expect(parsePhrases('[]', dataset)).toBeUndefined();
    expect(parsePhrases('{"forms":[],"prefixes":[]}', dataset)).toBeUndefined();
    expect(parsePhrases('{broken', dataset)).toBeUndefined();
  });

  it('builds the same match tables from the prebuilt phrases as from the people themselves', () => {
    const read = (file: string) => readFileSync(path.join(ROOT, 'dist', file), 'utf8');
    const main = parseDataset(read('dataset.json'));
    const prebuilt = buildNameIndex(main, parsePhrases(read('name-phrases.json'), main));
    const derived = buildNameIndex(main);
    expect(prebuilt.names.prefixes).toEqual(derived.names.prefixes);
    expect(prebuilt.names.values).toEqual(derived.names.values);
    expect(prebuilt.surnameCounts).toEqual(derived.surnameCounts);
  });
});
