import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { JSDOM } from 'jsdom';
import { prepareDocument } from '../src/core/annotate';
import { matchOfficials } from '../src/core/officials/match';
import { buildNameIndex } from '../src/core/officials/name-index';
import { parseDataset, parsePhrases } from '../src/data/load';

/**
 * `npm run bench`: the compiled dataset's size, the worker's cold start (parse + build the match
 * index), and matching speed on the development pages against a naive RegExp peer that knows the
 * same full names. Medians over repeated runs in one process.
 */

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const json = readFileSync(path.join(root, 'dist/dataset.json'), 'utf8');
const phrasesJson = readFileSync(path.join(root, 'dist/name-phrases.json'), 'utf8');

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

const raw = Buffer.byteLength(json) + Buffer.byteLength(phrasesJson);
const gzip = gzipSync(json, { level: 9 }).length + gzipSync(phrasesJson, { level: 9 }).length;
const parseMs = time(15, () => parseDataset(json));
const coldMs = time(15, () => {
  const d = parseDataset(json);
  buildNameIndex(d, parsePhrases(phrasesJson, d));
});
const dataset = parseDataset(json);
const names = buildNameIndex(dataset, parsePhrases(phrasesJson, dataset));

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
  ['persons', String(dataset.persons.length)],
  ['dataset.json + name-phrases.json raw', `${(raw / 1e6).toFixed(2)} MB`],
  ['same, gzip', `${(gzip / 1e6).toFixed(2)} MB (goal ≤ 3 MB)`],
  ['worker cold start: JSON.parse', `${parseMs.toFixed(1)} ms`],
  ['worker cold start: parse both + fill phrase tables', `${coldMs.toFixed(1)} ms (goal ≤ 50 ms)`],
  [
    `match ${texts.length} corpus articles (${(chars / 1000).toFixed(0)}k chars): Gloss`,
    `${glossMs.toFixed(1)} ms`,
  ],
  ['same, naive RegExp of full names (peer)', `${peerMs.toFixed(1)} ms (build ${peerBuildMs.toFixed(1)} ms)`],
  ['Gloss / peer time ratio', `${(glossMs / peerMs).toFixed(2)}×`],
];
console.log(`| measure | result |\n| --- | --- |\n${rows.map(([a, b]) => `| ${a} | ${b} |`).join('\n')}`);
