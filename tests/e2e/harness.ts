import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type BrowserContext, chromium, type Page, type Worker } from 'playwright-core';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SHARED = path.resolve(ROOT, '../shared');
export const CHROME_EXT = path.join(ROOT, 'dist/chrome');
export const FIREFOX_EXT = path.join(ROOT, 'dist/firefox');

/** Serves files from fixed paths on 127.0.0.1 only; counts every request it receives. */
export async function serve(
  files: Record<string, string>,
): Promise<{ url: (p: string) => string; close: () => Promise<void>; hits: string[] }> {
  const hits: string[] = [];
  const server = http.createServer((req, res) => {
    hits.push(req.url ?? '');
    const file = files[req.url ?? ''];
    if (!file) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  return {
    url: (p) => `http://127.0.0.1:${port}${p}`,
    hits,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

export interface ChromiumSession {
  context: BrowserContext;
  worker: Worker;
  extensionId: string;
  /** Every request any page or the worker made. */
  requests: string[];
  close: () => Promise<void>;
}

export async function launchChromium(): Promise<ChromiumSession> {
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'gloss-e2e-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    ignoreDefaultArgs: ['--disable-extensions'],
    args: [
      `--disable-extensions-except=${CHROME_EXT}`,
      `--load-extension=${CHROME_EXT}`,
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const requests: string[] = [];
  context.on('request', (request) => requests.push(request.url()));
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    worker,
    extensionId: new URL(worker.url()).host,
    requests,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/** The texts Gloss highlighted, read from the page's CSS highlight registry. */
export function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const registry = (CSS as unknown as { highlights?: Map<string, Set<Range>> }).highlights;
    const highlight = registry?.get(n);
    return highlight ? [...highlight].map((r) => r.toString()) : [];
  }, name);
}

/** Text of the accessibility tree, which includes Gloss's closed shadow root as a reader hears it. */
export async function accessibleText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as {
    nodes: Array<{ name?: { value?: string }; role?: { value?: string } }>;
  };
  await cdp.detach();
  return nodes
    .map((n) => n.name?.value ?? '')
    .filter(Boolean)
    .join('\n');
}
