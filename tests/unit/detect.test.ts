import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectArticle, toDay } from '../../src/core/detect/article';
import { pageDocument, readJson, SHARED } from '../helpers';

describe('detectArticle', () => {
  it('takes the seed page as an article published on 2025-07-03', () => {
    const article = detectArticle(pageDocument(`${SHARED}/seed/trump-putin-call.html`));
    expect(article.isArticle).toBe(true);
    expect(article.published).toBe('2025-07-03');
    expect(article.headline).toMatch(/^Trump and Putin speak/);
    expect(article.root?.tagName).toBe('ARTICLE');
  });

  it('reads dates as the page states them', () => {
    expect(toDay('2025-07-03T23:40:00-05:00')).toBe('2025-07-03');
    expect(toDay('July 3, 2025')).toBe('2025-07-03');
    expect(toDay('20160412')).toBe('2016-04-12');
    expect(toDay('soon')).toBeNull();
  });

  it('agrees with the labels on the development corpus for most pages, and calls no home page an article', () => {
    const dir = `${SHARED}/corpus/detection`;
    const names = readdirSync(dir).filter((f) => f.endsWith('.html'));
    let agree = 0;
    const wrongHomes: string[] = [];
    for (const name of names) {
      const expected = readJson<{ article: { is_article: boolean } }>(
        `${dir}/${name.replace(/\.html$/, '.expected.json')}`,
      );
      const found = detectArticle(pageDocument(`${dir}/${name}`)).isArticle;
      if (found === expected.article.is_article) agree++;
      else if (name.startsWith('home-') && found) wrongHomes.push(name);
    }
    // Precision first: a page wrongly taken for an article gets marks it should not have.
    expect(wrongHomes).toEqual([]);
    expect(agree / names.length).toBeGreaterThan(0.8);
  }, 120_000);
});
