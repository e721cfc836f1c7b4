import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { prepareDocument } from '../../src/core/annotate';
import { pageDocument, ROOT, SHARED } from '../helpers';
import { seedExpected, wordCount } from '../seed-expectations';

const CLI = path.join(ROOT, 'dist/cli/gloss.js');

function gloss(...args: string[]) {
  const run = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

interface CliResult {
  article: { isArticle: boolean; published: string; headline: string };
  officials: Array<{
    name: string;
    country: string;
    roleOnDate: string;
    formerOnDate: boolean;
    mentions: Array<{ text: string; start: number; end: number }>;
  }>;
  claims: Array<{
    text: string;
    start: number;
    end: number;
    kind: string;
    speaker: string | null;
    source?: string;
    figures: string[];
  }>;
}

describe('gloss annotate on the seed article', () => {
  const expected = seedExpected();
  const page = path.join(SHARED, 'seed/trump-putin-call.html');
  const run = gloss('annotate', page, '--json');
  const result = JSON.parse(run.out) as CliResult;
  // Offsets index the extracted article text: rebuild it with the engine's own extraction.
  const articleText = prepareDocument(pageDocument(page)).prepared.text;

  it('exits cleanly and reads the article', () => {
    expect(run.code).toBe(0);
    expect(result.article).toMatchObject({
      isArticle: true,
      published: expected.article.published,
      headline: expected.article.headline,
    });
  });

  for (const official of expected.officials) {
    it(`finds ${official.name} with the office held on the article date, at every mention`, () => {
      const found = result.officials.find((o) => o.name === official.name || official.aka?.includes(o.name));
      expect(found, `${official.name} not found`).toBeDefined();
      if (!found) return;
      expect(found.country).toBe(official.country);
      for (const word of official.role_words) expect(found.roleOnDate.toLowerCase()).toContain(word);
      expect(found.formerOnDate).toBe(official.former_on_date);
      for (const mention of new Set(official.mentions)) {
        expect(
          found.mentions.some((m) => m.text === mention || mention.endsWith(` ${m.text}`)),
          mention,
        ).toBe(true);
      }
      const surname = official.name.split(' ').pop() as string;
      expect(found.mentions).toHaveLength(wordCount(articleText, surname));
      for (const m of found.mentions) expect(articleText.slice(m.start, m.end)).toBe(m.text);
    });
  }

  it('links nothing that is not an official', () => {
    const texts = result.officials.flatMap((o) => o.mentions.map((m) => m.text));
    for (const name of expected.not_officials) expect(texts).not.toContain(name);
    expect(result.officials).toHaveLength(expected.officials.length);
  });

  for (const claim of expected.claims.filter((c) => c.must)) {
    it(`finds the ${claim.kind} claim "${claim.contains.slice(0, 40)}…"`, () => {
      const found = result.claims.find((c) => c.text.includes(claim.contains));
      expect(found).toBeDefined();
      expect(found?.kind).toBe(claim.kind);
      if (claim.speaker) expect(found?.speaker).toBe(claim.speaker);
      if (claim.source) expect(found?.source).toBe(claim.source);
      for (const figure of claim.figures ?? []) expect(found?.figures).toContain(figure);
    });
  }

  it('does not rank low check-worthiness sentences as claims', () => {
    for (const sentence of expected.low_checkworthiness)
      expect(result.claims.some((c) => c.text.includes(sentence))).toBe(false);
  });

  it('prints the same article text offsets for --text input', () => {
    const text = gloss(
      'annotate',
      '--text',
      path.join(SHARED, 'seed/trump-putin-call.txt'),
      '--date',
      '2025-07-03',
      '--json',
    );
    expect(text.code).toBe(0);
    const fromText = JSON.parse(text.out) as CliResult;
    expect(fromText.officials.map((o) => o.name).sort()).toEqual(result.officials.map((o) => o.name).sort());
  });

  it('reports usage errors with exit code 2', () => {
    expect(gloss('annotate').code).toBe(2);
    expect(gloss('annotate', '--text', 'x.txt', '--date', 'July').code).toBe(2);
  });
});

describe('gloss stats and who', () => {
  it('counts the dataset', () => {
    const stats = JSON.parse(gloss('stats', '--json').out);
    expect(stats.persons).toBeGreaterThan(1000);
    expect(stats.asOf).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(Object.keys(stats.sources).length).toBeGreaterThan(2);
  });

  it('tells the office held on a date', () => {
    const [pompeo] = JSON.parse(gloss('who', 'Mike Pompeo', '--date', '2019-01-01', '--json').out);
    expect(pompeo.roleOnDate).toBe('United States Secretary of State');
  });
});
