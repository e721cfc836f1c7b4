// Builds Gloss: compiles the officials dataset, bundles every entry point with esbuild, and writes
// dist/chrome and dist/firefox (each loadable unpacked) plus a zip of each, and the CLI in dist/cli.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { zipSync } from 'fflate';

const root = path.dirname(fileURLToPath(import.meta.url));
const dist = path.join(root, 'dist');
const shared = process.env.GLOSS_SHARED_DATA ?? path.resolve(root, '../shared/data');
const only = process.argv.includes('--no-zip') ? { zip: false } : { zip: true };

const common = {
  bundle: true,
  target: ['chrome120', 'firefox128'],
  legalComments: 'none',
  logLevel: 'warning',
  loader: { '.css': 'text' },
  jsx: 'automatic',
  jsxImportSource: 'preact',
};

async function compileData() {
  const script = path.join(root, '.cache/build-dataset.mjs');
  await esbuild.build({
    ...common,
    entryPoints: [path.join(root, 'data/scripts/build-dataset.ts')],
    outfile: script,
    platform: 'node',
    format: 'esm',
    packages: 'external',
  });
  try {
    execFileSync(process.execPath, [script, root, shared, path.join(dist, 'dataset.json')], {
      stdio: 'inherit',
    });
  } catch {
    process.exit(1);
  }
}

async function bundle(outdir) {
  await esbuild.build({
    ...common,
    entryPoints: {
      content: 'src/content/index.ts',
      background: 'src/background/index.ts',
      popup: 'src/popup/popup.tsx',
      options: 'src/options/options.tsx',
    },
    outdir,
    format: 'iife',
    minify: true,
  });
}

function manifestFor(browser) {
  const manifest = JSON.parse(readFileSync(path.join(root, 'manifest.json'), 'utf8'));
  manifest.version = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version;
  if (browser === 'chrome') {
    delete manifest.browser_specific_settings;
  } else {
    // Firefox runs MV3 background scripts as an event page, not a service worker.
    manifest.background = { scripts: ['background.js'] };
  }
  return manifest;
}

function zipDir(dir, out) {
  const files = {};
  const walk = (sub) => {
    for (const entry of readdirSyncSorted(path.join(dir, sub))) {
      const rel = sub ? `${sub}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(rel);
      else files[rel] = readFileSync(path.join(dir, rel));
    }
  };
  walk('');
  writeFileSync(out, zipSync(files, { level: 9, mtime: new Date('2025-01-01T00:00:00Z') }));
}

import { readdirSync } from 'node:fs';

function readdirSyncSorted(dir) {
  return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
}

rmSync(dist, { recursive: true, force: true });
mkdirSync(dist, { recursive: true });
await compileData();
const staging = path.join(root, '.cache/ext');
rmSync(staging, { recursive: true, force: true });
await bundle(staging);
for (const browser of ['chrome', 'firefox']) {
  const out = path.join(dist, browser);
  mkdirSync(out, { recursive: true });
  cpSync(staging, out, { recursive: true });
  for (const file of [
    'popup/popup.html',
    'popup/popup.css',
    'options/options.html',
    'options/options.css',
    'content/content.css',
  ]) {
    cpSync(path.join(root, 'src', file), path.join(out, path.basename(file)));
  }
  cpSync(path.join(root, 'assets/icons'), path.join(out, 'icons'), { recursive: true });
  for (const file of [
    'dataset.json',
    'name-phrases.json',
    'dataset-regional.json',
    'name-phrases-regional.json',
  ]) {
    cpSync(path.join(dist, file), path.join(out, file));
  }
  writeFileSync(path.join(out, 'manifest.json'), `${JSON.stringify(manifestFor(browser), null, 2)}\n`);
  if (only.zip) zipDir(out, path.join(dist, `gloss-${browser}.zip`));
}
await esbuild.build({
  ...common,
  entryPoints: [path.join(root, 'src/cli/bin.ts')],
  outfile: path.join(dist, 'cli/gloss.js'),
  platform: 'node',
  format: 'esm',
  packages: 'external',
  banner: { js: '#!/usr/bin/env node' },
});
console.log('built dist/chrome, dist/firefox, dist/cli/gloss.js');
