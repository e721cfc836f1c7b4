import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildNameIndex } from '../../src/core/officials/name-index';
import { parseDataset, parsePhrases } from '../../src/data/load';
import { packDataset } from '../../src/data/packed';
import { builtDataset, ROOT } from '../helpers';

describe('the shipped dataset format', () => {
  it('unpacks to exactly what was packed', () => {
    const { dataset } = builtDataset();
    expect(parseDataset(JSON.stringify(packDataset(dataset)))).toEqual(dataset);
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
