import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { addPersons, buildNameIndex, type NameIndex } from '../src/core/officials/name-index';
import { joinDatasets, parseDataset, parsePhrases } from '../src/data/load';
import { REGIONAL_FILES } from '../src/data/regional';
import type { Dataset } from '../src/data/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '../shared');

let cached: { dataset: Dataset; names: NameIndex } | null = null;

/** The dataset `npm run build` compiled: the main file and the regional one, indexed together. */
export function builtDataset(): { dataset: Dataset; names: NameIndex } {
  if (!cached) {
    const read = (file: string) => readFileSync(path.join(ROOT, 'dist', file), 'utf8');
    const main = parseDataset(read('dataset.json'));
    const regional = parseDataset(read(REGIONAL_FILES.dataset));
    const names = buildNameIndex(main, parsePhrases(read('name-phrases.json'), main));
    addPersons(names, regional, parsePhrases(read(REGIONAL_FILES.phrases), regional));
    cached = { dataset: joinDatasets(main, regional), names };
  }
  return cached;
}

/** A real DOM for a saved page; styles are dropped as the CLI drops them. */
export function pageDocument(file: string, url = 'https://example.org/story'): Document {
  const html = readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/gi, '');
  return new JSDOM(html, { url }).window.document;
}

export function readJson<T>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T;
}
