/// <reference types="chrome" />
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedExpected } from '../seed-expectations';
import {
  accessibleText,
  type ChromiumSession,
  highlighted,
  launchChromium,
  ROOT,
  SHARED,
  serve,
} from './harness';

/**
 * The built extension (dist/chrome) in Debian's headless Chromium, on the seed article served from
 * 127.0.0.1: marks, cards, toggling from the popup, and a page that is not an article.
 */

const NOT_ARTICLE = `${SHARED}/corpus/detection/abcnews-other-001.html`;

let session: ChromiumSession;
let server: Awaited<ReturnType<typeof serve>>;
let popup: Page;

async function rangeCenter(page: Page, text: string): Promise<{ x: number; y: number }> {
  const point = await page.evaluate((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const range of registry.get('gloss-official') ?? []) {
      if (range.toString() === wanted) {
        const rect = range.getClientRects()[0] as DOMRect;
        return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
      }
    }
    return null;
  }, text);
  if (!point) throw new Error(`no mark for ${text}`);
  return point;
}

async function hoverCard(page: Page, text: string): Promise<string> {
  const element = await page.evaluateHandle((wanted) => {
    const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
    for (const range of registry.get('gloss-official') ?? [])
      if (range.toString() === wanted) return range.startContainer.parentElement;
    return null;
  }, text);
  await (element.asElement() as NonNullable<ReturnType<typeof element.asElement>>).scrollIntoViewIfNeeded();
  const { x, y } = await rangeCenter(page, text);
  await page.mouse.move(x, y);
  await page.waitForFunction(
    () => document.querySelector('gloss-host')?.matches(':popover-open') === true,
    undefined,
    { timeout: 5000 },
  );
  await page.waitForTimeout(100);
  return accessibleText(page);
}

beforeAll(async () => {
  server = await serve({
    '/seed.html': `${SHARED}/seed/trump-putin-call.html`,
    '/section.html': NOT_ARTICLE,
    '/state.html': `${ROOT}/tests/fixtures/state-senate-article.html`,
  });
  session = await launchChromium();
  // Pages Gloss is tested on may reference other hosts; nothing may leave this machine.
  await session.context.route(/^https?:\/\/(?!127\.0\.0\.1)/, (route) => route.abort());
  popup = await session.context.newPage();
  await popup.goto(`chrome-extension://${session.extensionId}/popup.html`);
});

afterAll(async () => {
  await session?.close();
  await server?.close();
});

describe('Gloss in Chromium', () => {
  let page: Page;
  let pristine = '';

  it('changes nothing while switched off', async () => {
    await popup.locator('#toggle-global').uncheck();
    page = await session.context.newPage();
    await page.goto(server.url('/seed.html'));
    await page.waitForTimeout(800);
    expect(await highlighted(page, 'gloss-official')).toEqual([]);
    pristine = await page.evaluate(() => document.documentElement.outerHTML);
  });

  it('marks every official mention and the must-find claims once switched on, at once in the open tab', async () => {
    await popup.locator('#toggle-global').check();
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-official')?.size ??
          0) > 0,
    );
    const marked = await highlighted(page, 'gloss-official');
    const expected = seedExpected();
    for (const official of expected.officials) {
      for (const mention of official.mentions) {
        expect(
          marked.some((m) => m === mention || mention.endsWith(` ${m}`)),
          mention,
        ).toBe(true);
      }
    }
    const claims = await highlighted(page, 'gloss-claim');
    for (const claim of expected.claims.filter((c) => c.must))
      expect(
        claims.some((c) => c.includes(claim.contains)),
        claim.contains,
      ).toBe(true);
    for (const name of expected.not_officials) expect(marked).not.toContain(name);
  });

  it('opens a card with the office held on the article date', async () => {
    const sybiha = await hoverCard(page, 'Andrii Sybiha');
    expect(sybiha).toContain('Minister of Foreign Affairs of Ukraine');
    expect(sybiha).toMatch(/Source: \s*Ministry of Foreign Affairs of Ukraine/);
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('gloss-host')?.matches(':popover-open') !== true);
    const pompeo = await hoverCard(page, 'Mike Pompeo');
    expect(pompeo).toContain('former United States Secretary of State (2018–2021)');
    await page.screenshot({ path: 'test-results/chromium-card.png' });
  });

  it('opens a claim card with its kind, speaker and figures', async () => {
    await page.mouse.move(5, 5);
    await page.waitForFunction(() => document.querySelector('gloss-host')?.matches(':popover-open') !== true);
    const point = await page.evaluate(() => {
      const registry = (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights;
      for (const range of registry.get('gloss-claim') ?? []) {
        if (range.toString().includes('over 5,000 combat drones')) {
          range.startContainer.parentElement?.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + 4, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(() => document.querySelector('gloss-host')?.matches(':popover-open') === true);
    await page.waitForTimeout(100);
    const card = await accessibleText(page);
    expect(card).toContain('Statistic');
    expect(card).toContain('Said by Andrii Sybiha');
    expect(card).toContain('over 5,000 combat drones');
  });

  it('closes the card when the pointer leaves', async () => {
    await page.mouse.move(5, 5);
    await page.waitForFunction(
      () => document.querySelector('gloss-host')?.matches(':popover-open') !== true,
      undefined,
      { timeout: 3000 },
    );
  });

  it('reports its counts to the popup and the badge', async () => {
    await page.bringToFront();
    const status = await session.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      const badge = await chrome.action.getBadgeText({ tabId: tab?.id as number });
      return { badge, ...(await chrome.tabs.sendMessage(tab?.id as number, { type: 'gloss:status' })) };
    });
    expect(status).toMatchObject({ state: 'done', site: '127.0.0.1', date: '2025-07-03' });
    expect(status.officials).toHaveLength(seedExpected().officials.length);
    expect(Number(status.badge)).toBe(status.officials.length + status.claims);
  });

  it('removes every mark and leaves the DOM exactly as it was when switched off for the site', async () => {
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), disabledSites: ['127.0.0.1'] } });
    });
    await page.waitForFunction(
      () => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-official'),
    );
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    await session.worker.evaluate(async () => {
      const { settings } = await chrome.storage.sync.get('settings');
      await chrome.storage.sync.set({ settings: { ...(settings as object), disabledSites: [] } });
    });
    await page.waitForFunction(() =>
      (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-official'),
    );
    await popup.locator('#toggle-global').uncheck();
    await page.waitForFunction(
      () => !(CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-official'),
    );
    expect(await page.evaluate(() => document.documentElement.outerHTML)).toBe(pristine);
    await popup.locator('#toggle-global').check();
  });

  it('made no network request beyond this machine and its own package', () => {
    // Everything so far ran on the seed page, which references no other host: any outside request was Gloss's.
    const outside = session.requests.filter(
      (url) => !url.startsWith('http://127.0.0.1') && !url.startsWith('chrome-extension://'),
    );
    expect(outside).toEqual([]);
  });

  it('leaves a page that is not an article untouched', async () => {
    const reference = await session.context.newPage();
    await popup.locator('#toggle-global').uncheck();
    await reference.goto(server.url('/section.html'));
    await reference.waitForTimeout(800);
    const untouched = await reference.evaluate(() => document.documentElement.outerHTML);
    await popup.locator('#toggle-global').check();
    const section = await session.context.newPage();
    await section.goto(server.url('/section.html'));
    await section.waitForTimeout(1500);
    expect(await highlighted(section, 'gloss-official')).toEqual([]);
    expect(await section.evaluate(() => document.querySelector('gloss-host, gloss-mark'))).toBeNull();
    expect(await section.evaluate(() => document.documentElement.outerHTML)).toBe(untouched);
  });

  it('reads the state officials in when an article names their state', async () => {
    const state = await session.context.newPage();
    await state.goto(server.url('/state.html'));
    await state.waitForFunction(
      () => (CSS as unknown as { highlights: Map<string, unknown> }).highlights.has('gloss-official'),
      undefined,
      { timeout: 10_000 },
    );
    expect(await highlighted(state, 'gloss-official')).toEqual(['Joan Huffman', 'Huffman']);
    expect(await hoverCard(state, 'Joan Huffman')).toContain('Texas State Senator');
  });
});
