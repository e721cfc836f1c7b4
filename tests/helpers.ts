import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { buildNameIndex, type NameIndex } from '../src/core/officials/name-index';
import { parseDataset, parsePhrases } from '../src/data/load';
import type { Dataset } from '../src/data/types';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const SHARED = path.resolve(ROOT, '../shared');

let cached: { dataset: Dataset; names: NameIndex } | null = null;

/** The dataset `npm run build` compiled (dist/dataset.json). */
export function builtDataset(): { dataset: Dataset; names: NameIndex } {
  if (!cached) {
    const dataset = parseDataset(readFileSync(path.join(ROOT, 'dist/dataset.json'), 'utf8'));
    const phrases = parsePhrases(readFileSync(path.join(ROOT, 'dist/name-phrases.json'), 'utf8'), dataset);
    cached = { dataset, names: buildNameIndex(dataset, phrases) };
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
