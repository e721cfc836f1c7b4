// `npm start`: builds Gloss and opens Chromium with it on the bundled sample article.
// With no display (a server, CI), it runs headless, hovers a marked name and writes a screenshot.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
execFileSync(process.execPath, [path.join(root, 'build.mjs'), '--no-zip'], { stdio: 'inherit' });

const extension = path.join(root, 'dist/chrome');
const sample = readFileSync(path.join(root, 'assets/sample/article.html'));
const server = http.createServer((_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(sample));
await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${server.address().port}/`;
const headless = !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const profile = mkdtempSync(path.join(os.tmpdir(), 'gloss-start-'));

const context = await chromium.launchPersistentContext(profile, {
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  headless,
  viewport: headless ? { width: 1200, height: 900 } : null,
  ignoreDefaultArgs: ['--disable-extensions'],
  args: [`--disable-extensions-except=${extension}`, `--load-extension=${extension}`, '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update'],
});
const cleanup = async () => {
  await context.close().catch(() => undefined);
  server.close();
  rmSync(profile, { recursive: true, force: true });
};

try {
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  console.log(`Gloss is running on the sample article: ${url}`);
  if (!headless) {
    console.log('Hover a highlighted name to read its card. Close the browser to stop.');
    await new Promise((resolve) => context.on('close', resolve));
  } else {
    await page.waitForFunction(() => (CSS.highlights?.get('gloss-official')?.size ?? 0) > 0, undefined, { timeout: 15_000 });
    const point = await page.evaluate(() => {
      for (const range of CSS.highlights.get('gloss-official')) {
        if (range.toString() === 'Mike Pompeo') {
          range.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const rect = range.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      return null;
    });
    if (point) {
      await page.mouse.move(point.x, point.y);
      await page.waitForTimeout(700);
    }
    const shot = path.join(root, 'gloss-sample.png');
    await page.screenshot({ path: shot });
    console.log(`No display found: ran headless and saved a screenshot to ${path.relative(process.cwd(), shot) || shot}`);
  }
} finally {
  await cleanup();
}
