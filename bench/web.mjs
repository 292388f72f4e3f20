// The offline page's speed against the native CLI, on the same files.
//
//   node bench/web.mjs [--runs N] [FOLDER]        (default: fixtures)
//
// Needs build/jxlint, build-web/jxlint.html (scripts/web), Debian's Chromium
// and playwright-core (tests/browser/run.sh installs it under tests/browser). Prints:
//   - the page's open time (load event, engine ready), best of 3 loads;
//   - the whole folder as one drop (the page's #folder picker), the first run
//     (cold: the engine's code not yet optimised by V8) and the best of the
//     others (warm), against `jxlint -j 1 --format html FOLDER` (best of N):
//     the page builds the JSON, CSV and HTML reports of every file;
//   - per fixture folder, the page's time in the engine for its files (the
//     worker's clock around each call, best warm run) against the CLI's: the
//     CLI over ten copies of the folder's files (symbolic links), minus its
//     start-up (the same CLI on an empty file), divided by ten; and the
//     slowest files in the page against the CLI on each alone.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createRequire } from 'node:module';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { lintedFiles } from '../tests/browser/inputs.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'tests/browser/package.json'));
let chromium;
try {
  ({ chromium } = require('playwright-core'));
} catch {
  console.error('bench/web.mjs: playwright-core is missing: run tests/browser/run.sh once (or npm ci in tests/browser)');
  process.exit(1);
}

const args = process.argv.slice(2);
let runs = 3;
if (args[0] === '--runs') {
  runs = Math.max(2, Number(args[1]));
  args.splice(0, 2);
}
const folder = resolve(args[0] ?? join(root, 'fixtures'));
const jxlint = join(root, 'build/jxlint');
const pageFile = join(root, 'build-web/jxlint.html');

function cliMs(argv, cwd = root) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(jxlint, argv, { cwd, stdio: ['ignore', 'ignore', 'ignore'] });
  if (r.error || ![0, 1, 2].includes(r.status)) throw new Error(`jxlint ${argv.join(' ')}: ${r.error ?? r.status}`);
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
const best = (n, fn) => Math.min(...Array.from({ length: n }, fn));
const fmt = (ms) => (ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : `${ms.toFixed(1)} ms`);

const ctx = await chromium.launchPersistentContext('', {
  executablePath: '/usr/bin/chromium',
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update'],
});
const page = await ctx.newPage();

// ---- opening ----
const opens = [];
for (let i = 0; i < 3; i++) {
  await page.goto(pathToFileURL(pageFile).href, { waitUntil: 'load' });
  await page.waitForFunction(() => document.body.dataset.state === 'ready', null, { timeout: 60_000 });
  opens.push(await page.evaluate(() => ({
    load: performance.getEntriesByType('navigation')[0].loadEventEnd,
    ready: performance.now(),
  })));
}
console.log(`page open (best of 3): load event ${fmt(Math.min(...opens.map((o) => o.load)))}, ` +
  `engine ready ${fmt(Math.min(...opens.map((o) => o.ready)))} ` +
  `(first: ${fmt(opens[0].load)}, ${fmt(opens[0].ready)})`);

// ---- the folder as one drop, several times ----
const pageRuns = [];
for (let i = 0; i < runs; i++) {
  await page.evaluate(() => { document.body.dataset.state = 'bench'; });
  const t0 = Date.now();
  await page.setInputFiles('#folder', folder);
  await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state), null,
    { timeout: 1_800_000, polling: 100 });
  const wall = Date.now() - t0;
  pageRuns.push({ wall, ...(await page.evaluate(() => window.jxlintLastRun)) });
}
await ctx.close();

const files = lintedFiles(folder);
const top = dirname(folder);
const native = best(runs, () => cliMs(['-j', '1', '--format', 'html', '--no-config', relative(top, folder)], top));
const [cold, ...warmRuns] = pageRuns;
const warm = warmRuns.reduce((a, b) => (a.lintMs < b.lintMs ? a : b));
console.log(`${relative(root, folder) || '.'}: ${files.length} files as one drop`);
console.log(`  CLI -j 1 --format html      ${fmt(native).padStart(10)}`);
console.log(`  page, first run (cold)      ${fmt(cold.lintMs).padStart(10)} in the engine, ${fmt(cold.wall)} pick to report on screen   ` +
  `ratio ${(cold.lintMs / native).toFixed(2)}x (wall ${(cold.wall / native).toFixed(2)}x)`);
console.log(`  page, best of ${runs - 1} (warm)      ${fmt(warm.lintMs).padStart(10)} in the engine, ${fmt(warm.wall)} pick to report on screen   ` +
  `ratio ${(warm.lintMs / native).toFixed(2)}x (wall ${(warm.wall / native).toFixed(2)}x)`);

// ---- per folder, and the slowest files ----
const pageMs = new Map();
for (const r of warmRuns) {
  for (const f of r.files) pageMs.set(f.path, Math.min(pageMs.get(f.path) ?? Infinity, f.ms));
}
const startup = best(10, () => cliMs(['-j', '1', '--format', 'html', '--no-config', 'fixtures/unreadable/empty.docx']));
const COPIES = 10;
const scratch = mkdtempSync(join(tmpdir(), 'jxlint-bench-web-'));
const groups = new Map();
for (const f of files) {
  const key = relative(top, f);
  const g = groups.get(dirname(key)) ?? { files: [], page: 0 };
  g.files.push(f);
  g.page += pageMs.get(key) ?? NaN;
  groups.set(dirname(key), g);
}
console.log(`per folder: the page's engine time (best warm run) vs the CLI's (${COPIES} copies, start-up ${fmt(startup)} subtracted, ÷ ${COPIES})`);
console.log(`  ${'folder'.padEnd(44)} ${'files'.padStart(5)} ${'page'.padStart(10)} ${'CLI'.padStart(10)} ${'ratio'.padStart(7)}`);
let totalPage = 0;
let totalNative = 0;
for (const [name, g] of [...groups.entries()].sort()) {
  const dir = join(scratch, name.replace(/\//g, '_'));
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < COPIES; i++) {
    for (const f of g.files) symlinkSync(f, join(dir, `${i}-${basename(f)}`));
  }
  const native = Math.max(0.01,
    (best(runs, () => cliMs(['-j', '1', '--format', 'html', '--no-config', dir])) - startup) / COPIES);
  totalPage += g.page;
  totalNative += native;
  console.log(`  ${name.padEnd(44)} ${String(g.files.length).padStart(5)} ${fmt(g.page).padStart(10)} ${fmt(native).padStart(10)} ${(g.page / native).toFixed(2).padStart(6)}x`);
}
rmSync(scratch, { recursive: true, force: true });
console.log(`  ${'all'.padEnd(44)} ${String(files.length).padStart(5)} ${fmt(totalPage).padStart(10)} ${fmt(totalNative).padStart(10)} ${(totalPage / totalNative).toFixed(2).padStart(6)}x`);
console.log('  slowest files in the page (the CLI on each alone, start-up subtracted):');
const slow = [...pageMs.entries()].sort((a, b) => b[1] - a[1]).slice(0, 8);
for (const [key, ms] of slow) {
  const native = Math.max(0.01, best(runs, () => cliMs(['-j', '1', '--format', 'html', '--no-config', key], top)) - startup);
  console.log(`    ${key.padEnd(60)} ${fmt(ms).padStart(10)} ${fmt(native).padStart(10)} ${(ms / native).toFixed(2).padStart(6)}x`);
}
