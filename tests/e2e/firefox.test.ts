import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import puppeteer, { type Browser } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIREFOX_EXT, SHARED, serve } from './harness';

/**
 * Smoke test of dist/firefox in Debian's Firefox ESR, installed as a temporary add-on over WebDriver
 * BiDi (Playwright cannot drive stock Firefox): the seed's officials are marked and a card opens.
 */

let browser: Browser;
let server: Awaited<ReturnType<typeof serve>>;
let profile: string;

beforeAll(async () => {
  server = await serve({ '/seed.html': `${SHARED}/seed/trump-putin-call.html` });
  profile = mkdtempSync(path.join(os.tmpdir(), 'gloss-ff-'));
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
    headless: true,
    userDataDir: profile,
    extraPrefsFirefox: { 'network.proxy.type': 0 },
  });
  await browser.installExtension(FIREFOX_EXT);
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(profile, { recursive: true, force: true });
});

describe('Gloss in Firefox ESR', () => {
  it('marks the seed officials and opens a card on hover', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/seed.html'));
    await page.waitForFunction(
      () =>
        ((CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights?.get('gloss-official')
          ?.size ?? 0) > 0,
      { timeout: 20_000 },
    );
    const marked = await page.evaluate(() =>
      [
        ...((CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get('gloss-official') ??
          []),
      ].map((r) => r.toString()),
    );
    expect(marked).toContain('Andrii Sybiha');
    expect(marked).toContain('Mike Pompeo');
    const point = await page.evaluate(() => {
      for (const range of (CSS as unknown as { highlights: Map<string, Set<Range>> }).highlights.get(
        'gloss-official',
      ) ?? []) {
        if (range.toString() === 'Donald Trump') {
          const rect = range.getClientRects()[0] as DOMRect;
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    expect(point).not.toBeNull();
    await page.mouse.move(point?.x ?? 0, point?.y ?? 0);
    await page.waitForFunction(
      () => document.querySelector('gloss-host')?.matches(':popover-open') === true,
      { timeout: 5000 },
    );
  });
});
