import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { JSDOM, VirtualConsole } from 'jsdom';
import { type AnnotateResult, annotate, DEFAULT_CLAIM_THRESHOLD } from '../core/annotate';
import { addPersons, buildNameIndex, type NameIndex } from '../core/officials/name-index';
import { nameKeys } from '../core/text/normalize';
import { joinDatasets, parseDataset, parsePhrases } from '../data/load';
import { REGIONAL_FILES } from '../data/regional';
import { heldOn, roleOnDate, yearSpan } from '../data/role-on-date';
import type { Dataset } from '../data/types';

const USAGE = `Usage:
  gloss annotate PAGE.html [--url URL] [--json] [--threshold N]
  gloss annotate --text FILE.txt [--date YYYY-MM-DD] [--json] [--threshold N]
  gloss stats [--json]
  gloss who NAME [--date YYYY-MM-DD] [--json]

Environment: GLOSS_DATASET=path/to/dataset.json (default: the dataset next to this program)`;

class UsageError extends Error {}

interface Args {
  positional: string[];
  flags: Map<string, string | true>;
}

function parseArgs(argv: string[]): Args {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const next = argv[i + 1];
      if (['json', 'help'].includes(name) || next === undefined || next.startsWith('--'))
        flags.set(name, true);
      else {
        flags.set(name, next);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, flags };
}

function flag(args: Args, name: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new UsageError(`--${name} needs a value`);
  return value;
}

function loadDataset(): { dataset: Dataset; names: () => NameIndex } {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [
    process.env.GLOSS_DATASET,
    path.join(here, '../dataset.json'),
    path.join(here, 'dataset.json'),
  ].filter((p): p is string => Boolean(p));
  const file = candidates.find((p) => existsSync(p));
  if (!file) throw new Error('no dataset found: run `npm run build` first, or set GLOSS_DATASET');
  const dir = path.dirname(file);
  const readIfThere = (name: string) =>
    existsSync(path.join(dir, name)) ? readFileSync(path.join(dir, name), 'utf8') : null;
  const main = parseDataset(readFileSync(file, 'utf8'));
  const regionalJson = readIfThere(REGIONAL_FILES.dataset);
  // Batch work reads the regional officials at once: no page waits here for a lazy load.
  const regional = regionalJson ? parseDataset(regionalJson) : null;
  const dataset = regional ? joinDatasets(main, regional) : main;
  return {
    dataset,
    names: () => {
      const names = buildNameIndex(main, parsePhrases(readIfThere('name-phrases.json'), main));
      if (regional) addPersons(names, regional, parsePhrases(readIfThere(REGIONAL_FILES.phrases), regional));
      return names;
    },
  };
}

function readInput(file: string): string {
  if (!existsSync(file)) throw new UsageError(`no such file: ${file}`);
  return readFileSync(file, 'utf8');
}

function annotateCommand(args: Args, names: NameIndex): AnnotateResult {
  const thresholdFlag = flag(args, 'threshold');
  const claimThreshold = thresholdFlag === undefined ? DEFAULT_CLAIM_THRESHOLD : Number(thresholdFlag);
  if (Number.isNaN(claimThreshold)) throw new UsageError('--threshold must be a number');
  const textFile = flag(args, 'text');
  if (textFile) {
    const date = flag(args, 'date');
    if (date && !/^\d{4}-\d{2}-\d{2}$/.test(date)) throw new UsageError('--date must be YYYY-MM-DD');
    const text = readInput(textFile).replace(/\r\n?/g, '\n');
    return annotate(
      {
        article: { isArticle: true, headline: '', published: date ?? null, site: '', signals: ['text'] },
        text,
      },
      names,
      { claimThreshold },
    );
  }
  const page = args.positional[1];
  if (!page) throw new UsageError('annotate needs a PAGE.html or --text FILE');
  const url = flag(args, 'url') ?? '';
  // Page scripts never run and page stylesheets are never parsed: only the document's structure matters.
  const virtualConsole = new VirtualConsole();
  const dom = new JSDOM(readInput(page).replace(/<style[\s\S]*?<\/style>/gi, ''), {
    url: url || undefined,
    virtualConsole,
  });
  return annotate(dom.window.document, names, { url, claimThreshold });
}

function contract(result: AnnotateResult) {
  return {
    article: {
      isArticle: result.article.isArticle,
      headline: result.article.headline,
      published: result.article.published,
      site: result.article.site,
    },
    date: result.date,
    datasetAsOf: result.datasetAsOf,
    officials: result.officials.map((o) => ({
      id: o.id,
      name: o.name,
      country: o.country,
      roleOnDate: o.roleOnDate,
      formerOnDate: o.formerOnDate,
      mentions: o.mentions.map(({ text, start, end }) => ({ text, start, end })),
    })),
    claims: result.claims.map((c) => ({
      text: c.text,
      start: c.start,
      end: c.end,
      kind: c.kind,
      score: c.score,
      speaker: c.speaker,
      ...(c.source ? { source: c.source } : {}),
      figures: c.figures,
    })),
  };
}

function printAnnotation(result: AnnotateResult): string {
  const lines: string[] = [];
  const a = result.article;
  if (!a.isArticle) return `Not an article (${a.signals.join(', ')}): nothing to annotate.`;
  lines.push(
    `${a.headline || '(no headline)'}${a.site ? ` — ${a.site}` : ''}`,
    `Roles as of ${result.date}${a.published ? '' : ' (no date on the page)'}`,
    '',
  );
  lines.push(result.officials.length ? `Officials (${result.officials.length}):` : 'No officials found.');
  for (const o of result.officials) lines.push(`  ${o.name} — ${o.roleOnDate} [${o.mentions.length}×]`);
  lines.push(
    '',
    result.claims.length ? `Claims (${result.claims.length}):` : 'No check-worthy claims found.',
  );
  for (const c of result.claims) {
    const who = c.speaker ?? c.source;
    lines.push(
      `  [${c.kind} ${c.score.toFixed(2)}] ${c.text}${who ? `\n      — ${who}` : ''}${c.figures.length ? `\n      figures: ${c.figures.join('; ')}` : ''}`,
    );
  }
  return lines.join('\n');
}

function statsCommand(dataset: Dataset) {
  const perSource: Record<string, number> = {};
  let positions = 0;
  let newest = '';
  for (const person of dataset.persons) {
    const seen = new Set<string>();
    for (const position of person.positions) {
      positions += 1;
      seen.add(position.source);
      if (position.start && position.start > newest) newest = position.start;
    }
    for (const source of seen) perSource[source] = (perSource[source] ?? 0) + 1;
  }
  const byName = new Map<string, number>();
  for (const person of dataset.persons) {
    const key = nameKeys(person.name).join(' ');
    byName.set(key, (byName.get(key) ?? 0) + 1);
  }
  return {
    persons: dataset.persons.length,
    positions,
    countries: new Set(dataset.persons.flatMap((p) => p.positions.map((pos) => pos.country))).size,
    asOf: dataset.asOf,
    newestPositionStart: newest,
    personsPerSource: perSource,
    ambiguousNames: [...byName.values()].filter((n) => n > 1).length,
    sources: dataset.sources,
  };
}

function whoCommand(args: Args, dataset: Dataset) {
  const query = args.positional.slice(1).join(' ');
  if (!query) throw new UsageError('who needs a NAME');
  const date = flag(args, 'date') ?? new Date().toISOString().slice(0, 10);
  const wanted = nameKeys(query).join(' ');
  const countries = new Map(dataset.countries.map((c) => [c.code, c.name]));
  return dataset.persons
    .filter((p) =>
      [p.name, ...p.aliases.map((a) => a.form)].some((form) => nameKeys(form).join(' ') === wanted),
    )
    .map((p) => ({
      id: p.id,
      name: p.name,
      country: countries.get(p.country) ?? p.country,
      date,
      roleOnDate: roleOnDate(p, date).role,
      positions: p.positions.map((pos) => ({
        title: pos.title,
        start: pos.start ?? null,
        end: pos.end ?? null,
        heldOnDate: heldOn(pos, date),
        span: yearSpan(pos),
        source: dataset.sources[pos.source]?.title ?? pos.source,
      })),
    }));
}

export function main(argv: string[]): number {
  const args = parseArgs(argv);
  const command = args.positional[0];
  const json = args.flags.has('json');
  try {
    if (!command || args.flags.has('help')) {
      console.log(USAGE);
      return command ? 0 : 2;
    }
    const { dataset, names } = loadDataset();
    if (command === 'annotate') {
      const result = annotateCommand(args, names());
      console.log(json ? JSON.stringify(contract(result), null, 2) : printAnnotation(result));
    } else if (command === 'stats') {
      const stats = statsCommand(dataset);
      console.log(
        json
          ? JSON.stringify(stats, null, 2)
          : `${stats.persons} persons, ${stats.positions} positions, ${stats.countries} countries; as of ${stats.asOf}`,
      );
    } else if (command === 'who') {
      const found = whoCommand(args, dataset);
      if (json) console.log(JSON.stringify(found, null, 2));
      else if (found.length === 0) console.log('No one by that name in the dataset.');
      else
        for (const p of found) {
          console.log(`${p.name} (${p.country}) on ${p.date}: ${p.roleOnDate}`);
          for (const pos of p.positions)
            console.log(`  ${pos.heldOnDate ? '•' : ' '} ${pos.title} (${pos.span})`);
        }
    } else throw new UsageError(`unknown command "${command}"`);
    return 0;
  } catch (error) {
    if (error instanceof UsageError) {
      console.error(`gloss: ${error.message}\n\n${USAGE}`);
      return 2;
    }
    console.error(`gloss: ${(error as Error).message}`);
    return 1;
  }
}
