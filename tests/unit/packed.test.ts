import { describe, expect, it } from 'vitest';
import { parseDataset, parsePhrases } from '../../src/data/load';
import { packDataset } from '../../src/data/packed';
import { builtDataset } from '../helpers';

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
    expect(parsePhrases('{broken', dataset)).toBeUndefined();
  });
});
