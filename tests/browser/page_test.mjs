// Browser test of the offline page (build-web/jxlint.html, scripts/web): the
// page is opened from file:// in Debian's headless Chromium (playwright-core,
// no downloaded browser), given files the ways a clerk gives them, and its
// JSON report (the #report element) is compared with the native CLI's
// `--format json` over the same files, byte for byte; its CSV and HTML
// downloads with `--format csv|html`. No request may leave the page (only
// file:, data: and blob: URLs), and nothing may be logged as an error.
//
//   node page_test.mjs JXLINT PAGE OUTDIR        (tests/browser/run.sh does the set-up)
//   UPDATE_SCREENSHOT=1 node page_test.mjs …     also writes docs/page-screenshot.png
//
// Prints one line per check, the timings, and "N passed, M failed"; exits 1
// on any failure.
import { spawnSync } from 'node:child_process';
import {
  copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { CHROMIUM, check, fatal, finish, launchChromium, root, testName } from './harness.mjs';
import { lintedFiles } from './inputs.mjs';

testName('page_test');
const FIXTURES = join(root, 'fixtures');
const RUN_TIMEOUT = 600_000;


const [jxlintArg, pageArg, outArg] = process.argv.slice(2);
if (!jxlintArg || !pageArg) fatal('usage: node page_test.mjs JXLINT PAGE OUTDIR');
const jxlint = resolve(jxlintArg);
const pagePath = resolve(pageArg);
if (!existsSync(jxlint)) fatal(`no jxlint binary at ${jxlint}`);
if (!existsSync(pagePath)) fatal(`no page at ${pagePath}`);
if (!existsSync(CHROMIUM)) fatal(`${CHROMIUM} is missing: apt-get install -y chromium`);
const out = resolve(outArg ?? mkdtempSync(join(tmpdir(), 'jxlint-web-')));
mkdirSync(out, { recursive: true });

// ---- the CLI ----

function cli(args, cwd = root) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(jxlint, args, { cwd, maxBuffer: 1 << 30, timeout: 600_000 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.error) fatal(`cannot run ${jxlint}: ${r.error.message}`);
  if (![0, 1, 2].includes(r.status)) {
    fatal(`jxlint ${args.join(' ')} exited ${r.status}\n${r.stderr}`);
  }
  return { stdout: r.stdout, stderr: r.stderr.toString('utf8'), ms };
}

// ---- comparing reports ----

const FINDING_KEYS = ['rule', 'severity', 'message', 'table', 'project_name', 'row', 'column',
  'field', 'indicator', 'text', 'sheet', 'cell'];
const pick = (o, keys) => Object.fromEntries(keys.map((k) => [k, o[k]]));

// Equal JSON text, or the first differences in findings and errors.
function compareJson(label, pageText, cliText) {
  if (pageText === cliText) return check(`${label}: the page's JSON report is the CLI's, byte for byte`, true);
  const problems = [];
  let page;
  let want;
  try {
    page = JSON.parse(pageText);
    want = JSON.parse(cliText);
  } catch (e) {
    return check(`${label}: JSON reports`, false, `not JSON: ${e.message}`);
  }
  const byPath = new Map(page.files.map((f) => [f.path, f]));
  for (const w of want.files) {
    const g = byPath.get(w.path);
    if (!g) {
      problems.push(`${w.path}: missing from the page`);
      continue;
    }
    byPath.delete(w.path);
    if (JSON.stringify(g.error) !== JSON.stringify(w.error)) {
      problems.push(`${w.path}: error ${JSON.stringify(g.error)} ≠ CLI ${JSON.stringify(w.error)}`);
    }
    const a = g.findings.map((x) => JSON.stringify(pick(x, FINDING_KEYS)));
    const b = w.findings.map((x) => JSON.stringify(pick(x, FINDING_KEYS)));
    if (a.join('\n') !== b.join('\n')) {
      const onlyPage = a.filter((x) => !b.includes(x));
      const onlyCli = b.filter((x) => !a.includes(x));
      problems.push(`${w.path}: findings differ; page only: ${onlyPage.slice(0, 2).join(' ')}; CLI only: ${onlyCli.slice(0, 2).join(' ')}`);
    } else if (JSON.stringify(g) !== JSON.stringify(w)) {
      const keys = Object.keys(w).filter((k) => JSON.stringify(g[k]) !== JSON.stringify(w[k]));
      problems.push(`${w.path}: same findings, other fields differ: ${keys.join(', ')}`);
    }
  }
  for (const p of byPath.keys()) problems.push(`${p}: only in the page`);
  if (JSON.stringify(page.summary) !== JSON.stringify(want.summary)) {
    problems.push(`summary ${JSON.stringify(page.summary)} ≠ CLI ${JSON.stringify(want.summary)}`);
  }
  if (problems.length === 0) problems.push('same content, different bytes');
  return check(`${label}: the page's JSON report is the CLI's`, false,
    `${problems.length} difference(s): ${problems.slice(0, 6).join(' | ')}`);
}

// ---- the browser ----

const browser = await launchChromium({ acceptDownloads: true });
const { context } = browser;

// Everything any page or its worker asked for or said (a worker's console
// messages reach its page's).
const log = { console: [], warnings: [], errors: [], requests: [], workers: [] };
context.on('request', (r) => log.requests.push(r.url()));
const url = pathToFileURL(pagePath).href;

async function openPage() {
  const page = await context.newPage();
  page.on('console', (m) => {
    if (m.type() === 'error') log.console.push(m.text());
    else if (m.type() === 'warning') log.warnings.push(m.text());
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('worker', (w) => log.workers.push(w.url()));
  page.on('crash', () => log.errors.push('the page crashed'));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener('securitypolicyviolation', (e) => {
      window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  const t0 = Date.now();
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  const loaded = Date.now() - t0;
  await page.waitForFunction(() => ['ready', 'failed'].includes(document.body.dataset.state),
    null, { timeout: 30_000 });
  const ready = Date.now() - t0;
  const timing = await page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0];
    return { domContentLoaded: nav.domContentLoadedEventEnd, load: nav.loadEventEnd, ready: performance.now() };
  });
  return { page, loaded, ready, timing };
}

// Gives the page files with `give` and waits for the run to end; the run's
// JSON report, what the page shows, and its timings.
async function runPage(page, give) {
  await page.evaluate(() => { document.body.dataset.state = 'test-waiting'; });
  const t0 = Date.now();
  await give();
  await page.waitForFunction(() => ['done', 'failed'].includes(document.body.dataset.state),
    null, { timeout: RUN_TIMEOUT, polling: 100 });
  const ms = Date.now() - t0;
  return page.evaluate((wall) => ({
    state: document.body.dataset.state,
    json: document.getElementById('report').textContent,
    status: document.getElementById('status').textContent,
    summary: document.getElementById('summary').textContent,
    problems: document.getElementById('problems').textContent,
    config: document.getElementById('config').textContent,
    run: window.jxlintLastRun ?? null,
    wall,
  }), ms);
}

async function download(page, id, file) {
  const [d] = await Promise.all([page.waitForEvent('download'), page.click(`#${id}`)]);
  await d.saveAs(file);
  return readFileSync(file);
}

const timings = [];
try {
  // ---- opening: the first time (a cold browser) and the best of three ----
  const opens = [];
  for (let i = 0; i < 3; i++) {
    const o = await openPage();
    opens.push(o);
    if (i < 2) await o.page.close();
  }
  const { page } = opens[2];
  const state0 = await page.evaluate(() => document.body.dataset.state);
  check('the page opens and its engine starts', state0 === 'ready', `state ${state0}`);
  const bestLoad = Math.min(...opens.map((o) => o.timing.load));
  const bestReady = Math.min(...opens.map((o) => o.timing.ready));
  check(`the page opens in under a second (load event ${bestLoad.toFixed(0)} ms, best of 3)`, bestLoad < 1000,
    `load events at ${opens.map((o) => o.timing.load.toFixed(0)).join(', ')} ms`);
  for (const [n, o] of opens.entries()) {
    timings.push(`open #${n + 1}: DOMContentLoaded ${o.timing.domContentLoaded.toFixed(0)} ms, load ${o.timing.load.toFixed(0)} ms, ` +
      `engine ready ${o.timing.ready.toFixed(0)} ms (test's wall clock: load ${o.loaded} ms, ready ${o.ready} ms)`);
  }
  timings.push(`open, best of 3: load ${bestLoad.toFixed(0)} ms, engine ready ${bestReady.toFixed(0)} ms`);
  const size = statSync(pagePath).size;
  check(`the page is one file under 4 MiB (${(size / 1048576).toFixed(2)} MiB)`, size < 4 * 1048576);
  const csp = await page.$eval('meta[http-equiv="Content-Security-Policy"]', (m) => m.content);
  check('its CSP forbids every connection', /connect-src 'none'/.test(csp) && /default-src 'none'/.test(csp), csp);

  // ---- every fixture, as one folder (#folder, webkitdirectory) ----
  {
    const r = await runPage(page, () => page.setInputFiles('#folder', FIXTURES));
    const want = cli(['--format', 'json', '-j', '1', 'fixtures']);
    const files = JSON.parse(want.stdout.toString('utf8')).files.length;
    check(`folder fixtures/ (${files} files): the run ends`, r.state === 'done', r.status);
    compareJson('folder fixtures/', r.json, want.stdout.toString('utf8'));
    if (r.run) {
      timings.push(`folder fixtures/ (${files} files): page ${(r.run.lintMs / 1000).toFixed(2)} s in the engine, ` +
        `${(r.wall / 1000).toFixed(2)} s from the pick to the report on screen; CLI -j 1 --format json ${(want.ms / 1000).toFixed(2)} s ` +
        `(ratio ${(r.run.lintMs / want.ms).toFixed(2)} engine, ${(r.wall / want.ms).toFixed(2)} wall)`);
    }
    // The report is drawn in the sandboxed frame, its script running.
    const frame = page.frames().find((f) => f !== page.mainFrame());
    const drawn = frame ? await frame.evaluate(() => ({
      sections: document.querySelectorAll('section.file').length,
      filters: getComputedStyle(document.getElementById('filters')).display,
      hl: document.querySelectorAll('.hl').length,
    })) : null;
    check('the HTML report is shown in the page, one section per file, its filters working',
      drawn && drawn.sections === files && drawn.filters !== 'none' && drawn.hl > 0,
      JSON.stringify(drawn));
  }

  // ---- #files, one batch per fixture folder (names unique within it) ----
  {
    const byDir = new Map();
    for (const f of lintedFiles(FIXTURES)) {
      const d = dirname(f);
      byDir.set(d, [...(byDir.get(d) ?? []), f]);
    }
    let batches = 0;
    let same = 0;
    const bad = [];
    let pageMs = 0;
    let cliMs = 0;
    for (const [dir, files] of [...byDir.entries()].sort()) {
      const names = files.map((f) => basename(f)).sort();
      const r = await runPage(page, () => page.setInputFiles('#files', files));
      const want = cli(['--format', 'json', '-j', '1', ...names], dir);
      batches++;
      pageMs += r.run ? r.run.lintMs : 0;
      cliMs += want.ms;
      if (r.state === 'done' && r.json === want.stdout.toString('utf8')) {
        same++;
      } else {
        const before = failed;
        compareJson(`#files ${relative(root, dir)}/`, r.json, want.stdout.toString('utf8'));
        failed = before;
        bad.push(relative(root, dir));
      }
    }
    check(`#files, ${batches} batches (one per fixture folder): every JSON report is the CLI's, byte for byte`,
      same === batches, `differ: ${bad.join(', ')}`);
    timings.push(`#files batches: page ${(pageMs / 1000).toFixed(2)} s in the engine, CLI -j 1 ${(cliMs / 1000).toFixed(2)} s ` +
      `(process start-ups included) over ${batches} runs`);
  }

  // ---- a new drop while a run is going replaces it ----
  {
    await page.setInputFiles('#folder', FIXTURES);
    await page.waitForFunction(() => document.body.dataset.state === 'running', null, { timeout: 30_000 });
    const seeds = join(FIXTURES, 'seeds');
    const r = await runPage(page, () => page.setInputFiles('#files', [join(seeds, '000.python-docx.docx')]));
    const want = cli(['--format', 'json', '000.python-docx.docx'], seeds);
    compareJson('a drop during a run (which is abandoned)', r.json, want.stdout.toString('utf8'));
  }

  // ---- hostile and unreadable files beside a good one ----
  const mix = join(out, 'hostile-mix');
  rmSync(mix, { recursive: true, force: true });
  mkdirSync(mix, { recursive: true });
  const hostile = [...lintedFiles(join(FIXTURES, 'hostile')), ...lintedFiles(join(FIXTURES, 'unreadable'))];
  for (const f of hostile) copyFileSync(f, join(mix, basename(f)));
  const good = 'seed-000.python-docx.docx';
  copyFileSync(join(FIXTURES, 'seeds/000.python-docx.docx'), join(mix, good));
  const mixNames = readdirSync(mix).sort();
  const mixFiles = mixNames.map((n) => join(mix, n));
  {
    const r = await runPage(page, () => page.setInputFiles('#files', mixFiles));
    const want = cli(['--format', 'json', ...mixNames], mix);
    compareJson(`hostile and unreadable files (${mixNames.length}) with a good one`, r.json, want.stdout.toString('utf8'));
    const j = JSON.parse(r.json || '{"files":[]}');
    const failedFiles = j.files.filter((f) => f.error);
    const goodFile = j.files.find((f) => f.path === good);
    check(`each hostile file shows its reason (${failedFiles.length} files) and the good one is still linted`,
      failedFiles.length > 0 &&
        failedFiles.every((f) => r.problems.includes(f.path) && r.problems.includes(f.error.message) &&
          r.problems.includes(`[${f.error.code}]`)) &&
        goodFile && !goodFile.error && goodFile.findings.length > 0,
      `failed ${failedFiles.length} of ${hostile.length}; good: ${goodFile ? goodFile.findings.length : 'missing'}`);

    // Downloads: the CLI's CSV and HTML over the same files, and the JSON shown.
    const csv = await download(page, 'get-csv', join(out, 'page.csv'));
    const wantCsv = cli(['--format', 'csv', ...mixNames], mix).stdout;
    check('the CSV download is the CLI\'s --format csv (UTF-8 with a BOM)',
      Buffer.compare(csv, wantCsv) === 0 && csv[0] === 0xef && csv[1] === 0xbb && csv[2] === 0xbf,
      `${csv.length} bytes vs ${wantCsv.length}`);
    const html = await download(page, 'get-html', join(out, 'page.html'));
    const wantHtml = cli(['--format', 'html', ...mixNames], mix).stdout;
    check('the HTML download is the CLI\'s --format html', Buffer.compare(html, wantHtml) === 0,
      `${html.length} bytes vs ${wantHtml.length}`);
    const json = await download(page, 'get-json', join(out, 'page.json'));
    check('the JSON download is the report the page holds', json.toString('utf8') === r.json);
  }

  // ---- English ----
  {
    // The switch lints the same files again, in English.
    const before = await page.$eval('#report', (e) => e.textContent);
    await page.click('#lang');
    await page.waitForFunction((b) => ['done', 'failed'].includes(document.body.dataset.state) &&
      document.getElementById('report').textContent !== b, before, { timeout: RUN_TIMEOUT });
    const r = await page.evaluate(() => ({
      json: document.getElementById('report').textContent,
      lang: document.documentElement.lang,
      drop: document.querySelector('#drop .big').textContent,
    }));
    const want = cli(['--format', 'json', '--lang', 'en', ...mixNames], mix);
    check('the English switch: the page speaks English', r.lang === 'en' && /Drop/.test(r.drop), JSON.stringify(r.drop));
    compareJson('English', r.json, want.stdout.toString('utf8'));
    await page.click('#lang');  // back to Chinese for what follows
    await page.waitForFunction((b) => document.body.dataset.state === 'done' &&
      document.getElementById('report').textContent !== b, r.json, { timeout: RUN_TIMEOUT });
  }

  // ---- a jxlint.toml in the dropped folder (and a broken one below it) ----
  {
    const cfg = join(out, 'config-drop', '提交材料');
    rmSync(dirname(cfg), { recursive: true, force: true });
    mkdirSync(join(cfg, '附件'), { recursive: true });
    mkdirSync(join(cfg, '坏配置'), { recursive: true });
    writeFileSync(join(cfg, 'jxlint.toml'), [
      'ignore = ["basis-empty"]',
      'severity = { "value-missing-unit" = "error" }',
      '',
      '[[per-file]]',
      'glob = "附件/*.xlsx"',
      'ignore = ["percent-over-100"]',
      '',
    ].join('\n'));
    writeFileSync(join(cfg, '坏配置', 'jxlint.toml'), 'select = ["no-such-rule"\n');
    copyFileSync(join(FIXTURES, 'seeds/000.python-docx.docx'), join(cfg, '000.docx'));
    copyFileSync(join(FIXTURES, 'seeds/003.openpyxl.xlsx'), join(cfg, '附件', '003.xlsx'));
    copyFileSync(join(FIXTURES, 'seeds/003.libreoffice.docx'), join(cfg, '坏配置', '003.docx'));
    writeFileSync(join(cfg, '.hidden.docx'), 'not linted: hidden');
    writeFileSync(join(cfg, 'notes.txt'), 'not linted: not a document');
    const r = await runPage(page, () => page.setInputFiles('#folder', cfg));
    const want = cli(['--format', 'json', '提交材料'], dirname(cfg));
    // The CLI names a jxlint.toml it found by its absolute path; the page
    // knows only the dropped folder's relative paths.
    const wantText = want.stdout.toString('utf8').split(`${dirname(cfg)}/`).join('');
    compareJson('a dropped folder with jxlint.toml files (the CLI\'s absolute config paths made relative)',
      r.json, wantText);
    const j = JSON.parse(r.json || '{"files":[]}');
    check('the configuration applied ([[per-file]] too), the broken one reported',
      j.files.length === 3 &&
        j.files.every((f) => !f.findings.some((x) => x.rule === 'basis-empty')) &&
        j.files.some((f) => f.error && f.error.code === 'config-error') &&
        /坏配置\/jxlint\.toml/.test(r.config),
      `${r.config} / ${j.files.map((f) => `${f.path}:${f.error ? f.error.code : f.findings.length}`).join(' ')}`);
  }

  // ---- a drop (drag and drop of files, jxlint.toml among them) ----
  {
    // A 自评表 and its project's target table: the cross-document pass runs.
    const names = ['003.libreoffice.docx', '003.自评表.docx'];
    const dropDir = join(out, 'drop');
    rmSync(dropDir, { recursive: true, force: true });
    mkdirSync(dropDir, { recursive: true });
    const sources = {
      '003.libreoffice.docx': join(FIXTURES, 'seeds/003.libreoffice.docx'),
      '003.自评表.docx': join(FIXTURES, 'layouts/self-evaluation-defective.python-docx.docx'),
    };
    for (const n of names) copyFileSync(sources[n], join(dropDir, n));
    writeFileSync(join(dropDir, 'jxlint.toml'), 'severity = { "plan-not-100" = "warning" }\n');
    const payload = [...names, 'jxlint.toml'].map((n) => ({
      name: n, data: readFileSync(join(dropDir, n)).toString('base64'),
    }));
    const r = await runPage(page, () => page.evaluate((files) => {
      const dt = new DataTransfer();
      for (const f of files) {
        const bytes = Uint8Array.from(atob(f.data), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], f.name));
      }
      const target = document.getElementById('drop');
      target.dispatchEvent(new DragEvent('dragover', { dataTransfer: dt, bubbles: true, cancelable: true }));
      target.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, payload));
    const want = cli(['--format', 'json', ...names], dropDir);
    compareJson('a drop of files with a jxlint.toml', r.json, want.stdout.toString('utf8'));
    check('the 自评表 is compared with its target table (eval-target-mismatch)',
      (r.json.match(/"eval-target-mismatch"/g) ?? []).length > 0);
    if (process.env.UPDATE_SCREENSHOT === '1') {
      // The README's picture of the page: a clerk's drop of a 自评表 with its
      // target table, the report drawn below.
      await page.waitForTimeout(500);
      const target = join(root, 'docs', 'page-screenshot.png');
      await page.screenshot({ path: target, fullPage: false });
      console.log(`wrote ${target}`);
    }
  }

  // ---- nothing left the page, nothing went wrong ----
  await page.waitForTimeout(300);
  const violations = await page.evaluate(() => window.__violations);
  const foreign = log.requests.filter((u) => !/^(file|data|blob):/.test(u));
  check(`no request but file:, data: and blob: (${log.requests.length} seen)`, foreign.length === 0,
    foreign.slice(0, 5).join(' | '));
  check('no Content-Security-Policy violation', violations.length === 0, violations.join(' | '));
  check('no console error, no page error', log.console.length === 0 && log.errors.length === 0,
    [...log.console, ...log.errors].slice(0, 5).join(' | '));
  if (log.warnings.length) console.log(`     console warnings: ${log.warnings.slice(0, 5).join(' | ')}`);
  check('the worker is a blob: URL', log.workers.length > 0 && log.workers.every((u) => u.startsWith('blob:')),
    log.workers.join(' | '));
  await page.close();
} finally {
  await browser.close();
}

for (const t of timings) console.log(`time ${t}`);
finish();
