import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { prepareDocument } from '../src/core/annotate';
import { matchOfficials } from '../src/core/officials/match';
import { addPersons, buildNameIndex } from '../src/core/officials/name-index';
import { joinDatasets, parseDataset, parseDatasetView, parsePhrases } from '../src/data/load';
import { REGIONAL_FILES } from '../src/data/regional';

/**
 * `npm run bench`: the compiled dataset's size, the worker's cold start (parse + build the match
 * index), and matching speed on the development pages against a naive RegExp peer that knows the
 * same full names. Medians over repeated runs in one process.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const read = (file: string) => readFileSync(path.join(root, 'dist', file), 'utf8');
const json = read('dataset.json');
const phrasesJson = read('name-phrases.json');
const regionalJson = read(REGIONAL_FILES.dataset);
const regionalPhrasesJson = read(REGIONAL_FILES.phrases);

function median(samples: number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
}

function time(runs: number, fn: () => void): number {
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    samples.push(performance.now() - t);
  }
  return median(samples);
}

const files = [json, phrasesJson, regionalJson, regionalPhrasesJson];
const raw = files.reduce((n, f) => n + Buffer.byteLength(f), 0);
const gzip = files.reduce((n, f) => n + gzipSync(f, { level: 9 }).length, 0);
// The worker's path: people are unpacked when a page first names them (parseDatasetView).
const parseMs = time(15, () => parseDatasetView(json));
const coldMs = time(15, () => {
  const d = parseDatasetView(json);
  buildNameIndex(d, parsePhrases(phrasesJson, d));
});
const mainIndex = () => {
  const d = parseDatasetView(json);
  return buildNameIndex(d, parsePhrases(phrasesJson, d));
};
const regionalSamples: number[] = [];
for (let i = 0; i < 15; i++) {
  const index = mainIndex();
  const t = performance.now();
  const pack = parseDatasetView(regionalJson);
  addPersons(index, pack, parsePhrases(regionalPhrasesJson, pack));
  regionalSamples.push(performance.now() - t);
}
const regionalMs = median(regionalSamples);
const names = mainIndex();
const regionalView = parseDatasetView(regionalJson);
addPersons(names, regionalView, parsePhrases(regionalPhrasesJson, regionalView));
// Everyone unpacked, for the peer's list of names.
const dataset = joinDatasets(parseDataset(json), parseDataset(regionalJson));
const mainPersons = dataset.persons.length - regionalView.persons.length;

const pagesDir = path.resolve(root, '../shared/corpus/pages');
const texts = readdirSync(pagesDir)
  .filter((f) => f.endsWith('.html'))
  .map((f) => {
    const html = readFileSync(path.join(pagesDir, f), 'utf8').replace(/<style[\s\S]*?<\/style>/gi, '');
    return prepareDocument(new JSDOM(html).window.document).prepared.text;
  })
  .filter((t) => t.length > 0);
const chars = texts.reduce((n, t) => n + t.length, 0);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const peerBuildMs = time(
  3,
  () => new RegExp(`\\b(?:${dataset.persons.map((p) => escapeRegExp(p.name)).join('|')})\\b`, 'g'),
);
const peer = new RegExp(`\\b(?:${dataset.persons.map((p) => escapeRegExp(p.name)).join('|')})\\b`, 'g');
const glossMs = time(9, () => {
  for (const text of texts) matchOfficials(text, names, { date: '2017-01-01' });
});
const peerMs = time(9, () => {
  for (const text of texts) [...text.matchAll(peer)];
});

const rows = [
  [
    'persons (main file + regional file)',
    `${dataset.persons.length} (${mainPersons} + ${regionalView.persons.length})`,
  ],
  ['all four data files, raw', `${(raw / 1e6).toFixed(2)} MB`],
  ['same, gzip', `${(gzip / 1e6).toFixed(2)} MB (goal ≤ 3 MB)`],
  ['worker cold start: parse dataset.json', `${parseMs.toFixed(1)} ms`],
  ['worker cold start: parse main file + phrases, fill tables', `${coldMs.toFixed(1)} ms (goal ≤ 50 ms)`],
  ['first article naming a US state: parse + add regional file', `${regionalMs.toFixed(1)} ms`],
  [
    `match ${texts.length} corpus articles (${(chars / 1000).toFixed(0)}k chars): Gloss`,
    `${glossMs.toFixed(1)} ms`,
  ],
  ['same, naive RegExp of full names (peer)', `${peerMs.toFixed(1)} ms (build ${peerBuildMs.toFixed(1)} ms)`],
  ['Gloss / peer time ratio', `${(glossMs / peerMs).toFixed(2)}×`],
];
console.log(`| measure | result |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`);
