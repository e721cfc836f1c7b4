import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { nameKeys } from '../../src/core/text/normalize';
import { joinDatasets, parseDataset } from '../../src/data/load';
import { REGIONAL_FILES } from '../../src/data/regional';
import { roleOnDate } from '../../src/data/role-on-date';
import type { Person } from '../../src/data/types';

/**
 * `npm run data:coverage [DIR…]`: for every official labelled in the given pages (default: the
 * development corpus and the seed), does the dataset know the person, and the office held on the
 * article's date? Lists every miss, so the gaps show which lists to curate next.
 */

interface Labelled {
  article: { published: string };
  officials: Array<{
    name: string;
    aka?: string[];
    role_on_date: string;
    role_words: string[];
    former_on_date?: boolean;
  }>;
}

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '../..');
const dirs =
  process.argv.slice(2).length > 0
    ? process.argv.slice(2)
    : [path.resolve(root, '../shared/corpus/pages'), path.resolve(root, '../shared/seed')];
const read = (file: string) => parseDataset(readFileSync(path.join(root, 'dist', file), 'utf8'));
const dataset = joinDatasets(read('dataset.json'), read(REGIONAL_FILES.dataset));

const byForm = new Map<string, Person[]>();
for (const person of dataset.persons) {
  for (const form of [person.name, ...person.aliases.map((a) => a.form)]) {
    const key = nameKeys(form).join(' ');
    byForm.set(key, [...(byForm.get(key) ?? []), person]);
  }
}

let total = 0;
let known = 0;
let rightOffice = 0;
const misses: string[] = [];
for (const dir of dirs) {
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.expected.json'))) {
    const labels = JSON.parse(readFileSync(path.join(dir, file), 'utf8')) as Labelled;
    for (const official of labels.officials ?? []) {
      total++;
      const candidates = [official.name, ...(official.aka ?? [])].flatMap(
        (n) => byForm.get(nameKeys(n).join(' ')) ?? [],
      );
      const unique = [...new Set(candidates)];
      if (unique.length === 0) {
        misses.push(`${file}: ${official.name} — not in the dataset (expected: ${official.role_on_date})`);
        continue;
      }
      known++;
      const roles = unique.map((p) => roleOnDate(p, labels.article.published));
      const fits = roles.some(
        (r) =>
          official.role_words.every((w) => r.role.toLowerCase().includes(w.toLowerCase())) &&
          (official.former_on_date === undefined || r.former === official.former_on_date),
      );
      if (fits) rightOffice++;
      else
        misses.push(
          `${file}: ${official.name} — has "${roles.map((r) => r.role).join(' | ')}", expected "${official.role_on_date}"`,
        );
    }
  }
}

const pct = (n: number) => `${((100 * n) / Math.max(total, 1)).toFixed(1)}%`;
console.log(misses.join('\n'));
console.log(
  `\n${total} labelled officials: ${known} known (${pct(known)}), ${rightOffice} with the right office on the article date (${pct(rightOffice)})`,
);
