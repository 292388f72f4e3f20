// Browser test of `jxlint --format html`: the report is opened in Debian's
// headless Chromium (through playwright-core, no downloaded browser) and
// checked against `--format json` on the same inputs.
//
//   node report_test.mjs JXLINT OUTDIR        (tests/browser/run.sh does the set-up)
//   UPDATE_SCREENSHOT=1 node report_test.mjs … also writes docs/report-screenshot.png
//
// Prints one line per check and ends with "N passed, M failed"; exits 1 on any failure.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import { CHROMIUM, check, fatal, finish, launchChromium, root, testName } from './harness.mjs';

testName('report_test');

// Inputs that between them exercise every part of the report: a document,
// a workbook (sheets and cells), reviewers' suppressions, an unreadable file.
const INPUTS = [
  'fixtures/seeds/000.python-docx.docx',
  'fixtures/seeds/003.openpyxl.xlsx',
  'fixtures/suppressions/comments.libreoffice.docx',
  'fixtures/unreadable/legacy.doc',
];
const UNREADABLE = 'fixtures/unreadable/legacy.doc';

const sameSet = (a, b) => a.size === b.size && [...a].every((x) => b.has(x));
const show = (set, max = 12) => [...set].slice(0, max).join(', ') + (set.size > max ? ', …' : '');

// ---- arguments and jxlint's outputs ----

const [jxlint, outArg] = process.argv.slice(2);
if (!jxlint) fatal('usage: node report_test.mjs JXLINT OUTDIR');
if (!existsSync(jxlint)) fatal(`no jxlint binary at ${jxlint}`);
if (!existsSync(CHROMIUM)) fatal(`${CHROMIUM} is missing: apt-get install -y chromium`);
const out = resolve(outArg ?? mkdtempSync(join(tmpdir(), 'jxlint-html-')));
mkdirSync(out, { recursive: true });

function run(args, expectStatus) {
  const r = spawnSync(resolve(jxlint), args, { cwd: root, encoding: 'utf8', timeout: 120_000 });
  if (r.error) fatal(`cannot run ${jxlint}: ${r.error.message}`);
  if (r.status !== expectStatus) {
    fatal(`jxlint ${args.join(' ')} exited ${r.status} (expected ${expectStatus})\n${r.stderr}`);
  }
  return r;
}

// Exit status 2: one input cannot be read (the others are still reported).
const html = join(out, 'report.html');
const html2 = join(out, 'report-again.html');
const htmlEn = join(out, 'report.en.html');
const jsonPath = join(out, 'report.json');
run(['--format', 'html', '-o', html, ...INPUTS], 2);
run(['--format', 'html', '-o', html2, ...INPUTS], 2);
run(['--format', 'html', '--lang', 'en', '-o', htmlEn, ...INPUTS], 2);
run(['--format', 'json', '-o', jsonPath, ...INPUTS], 2);
const json = JSON.parse(readFileSync(jsonPath, 'utf8'));
const byPath = new Map(json.files.map((f) => [f.path, f]));

// A file name full of markup: every piece of text must come out escaped.
const nasty = `esc <i>x & "q" 'a' <b.xlsx`;
copyFileSync(join(root, 'fixtures/seeds/003.openpyxl.xlsx'), join(out, nasty));
const htmlEsc = join(out, 'report.escape.html');
run(['--format', 'html', '-o', htmlEsc, join(out, nasty)], 1);

check(
  'the same inputs give the same bytes',
  Buffer.compare(readFileSync(html), readFileSync(html2)) === 0,
);
const source = readFileSync(html, 'utf8');
check(
  'HTML5 skeleton: doctype, charset, title',
  /^<!doctype html>\n<html lang="zh-CN">/.test(source) &&
    source.includes('<meta charset="utf-8">') &&
    /<title>[^<]+<\/title>/.test(source),
);
check('nothing external is referenced', !/\b(src|href)="(https?:)?\/\//i.test(source));

// ---- the browser ----

const browser = await launchChromium();
const { context } = browser;

// Opens `file` and records what the page said and fetched.
async function open(file, { javaScript = true } = {}) {
  const page = await context.newPage();
  const log = { console: [], errors: [], requests: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' || m.type() === 'warning') log.console.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => log.errors.push(String(e)));
  page.on('request', (r) => log.requests.push(r.url()));
  if (!javaScript) {
    const cdp = await context.newCDPSession(page);
    await cdp.send('Emulation.setScriptExecutionDisabled', { value: true });
  }
  const url = pathToFileURL(file).href;
  await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
  await page.waitForTimeout(200); // late console messages, stray fetches
  return { page, log, url };
}

function checkQuiet(what, { log, url }) {
  check(
    `${what}: no console error or warning, no page error`,
    log.console.length === 0 && log.errors.length === 0,
    [...log.console, ...log.errors].join(' | '),
  );
  check(
    `${what}: no request but the file itself`,
    log.requests.length === 1 && log.requests[0] === url,
    log.requests.join(' | '),
  );
}

// Everything the checks need from the page, in one pass.
function snapshot(page) {
  return page.evaluate(() => {
    const visible = (el) => getComputedStyle(el).display !== 'none';
    return [...document.querySelectorAll('section.file')].map((s) => ({
      path: s.dataset.path,
      text: s.textContent,
      cells: [...s.querySelectorAll('.hit')].map((c) => ({
        id: c.id,
        table: Number(c.closest('section.tbl').dataset.table),
        pos: c.dataset.pos.split(' '),
        hl: c.classList.contains('hl'),
        sev: ['error', 'warning', 'info'].find((x) => c.classList.contains(`sev-${x}`)) ?? null,
        title: c.getAttribute('title') ?? '',
        marks: [...c.querySelectorAll('.mk')].map((m) => ({
          rule: m.dataset.rule,
          visible: visible(m),
        })),
      })),
      items: [...s.querySelectorAll('.item:not(.mk)')].map((el) => ({
        rule: el.dataset.rule,
        sev: el.dataset.sev,
        finding: el.classList.contains('fr'),
        visible: visible(el),
        text: el.textContent,
      })),
    }));
  });
}

const key = (table, row, column) => `${table}:${row}:${column ?? 0}`;
const RANK = { info: 0, warning: 1, error: 2 };

try {
  // ---- the Chinese report, with JS ----
  const zh = await open(html);
  const { page } = zh;
  checkQuiet('report', zh);

  const cards = await page.$$eval('.card', (cs) =>
    Object.fromEntries(cs.map((c) => [c.dataset.k, Number(c.querySelector('.n').textContent)])),
  );
  const s = json.summary;
  check(
    'overview counts match the JSON summary',
    ['files', 'tables', 'error', 'warning', 'info', 'suppressed', 'baselined', 'failed_files'].every(
      (k) => cards[k] === s[k],
    ),
    JSON.stringify({ cards, summary: s }),
  );

  const rules = new Map();
  for (const f of json.files) for (const x of f.findings) rules.set(x.rule, (rules.get(x.rule) ?? 0) + 1);
  const bars = await page.$$eval('svg.chart g', (gs) =>
    gs.map((g) => [g.querySelector('.rl').textContent, Number(g.querySelector('.rc').textContent)]),
  );
  check(
    'the chart has one bar per rule, with its id and count',
    bars.length === rules.size && bars.every(([r, n]) => rules.get(r) === n),
    JSON.stringify(bars),
  );

  const worst = await page.$$eval('table.worst tbody a', (as) =>
    as.map((a) => [a.textContent, a.getAttribute('href')]),
  );
  const expectedWorst = json.files
    .filter((f) => !f.error)
    .map((f) => ({
      path: f.path,
      e: f.findings.filter((x) => x.severity === 'error').length,
      w: f.findings.filter((x) => x.severity === 'warning').length,
    }))
    .sort((a, b) => b.e - a.e || b.w - a.w || (a.path < b.path ? -1 : 1))
    .map((f) => f.path);
  const anchors = await page.$$eval('section.file', (ss) => ss.map((x) => [x.id, x.dataset.path]));
  const anchorOf = new Map(anchors.map(([id, p]) => [p, `#${id}`]));
  check(
    'worst files first, each linking to its section',
    JSON.stringify(worst.map(([p]) => p)) === JSON.stringify(expectedWorst) &&
      worst.every(([p, href]) => anchorOf.get(p) === href),
    JSON.stringify(worst),
  );

  const before = await snapshot(page);
  check(
    'one section per input, in input order',
    JSON.stringify(before.map((f) => f.path)) === JSON.stringify(INPUTS),
    JSON.stringify(before.map((f) => f.path)),
  );

  for (const file of before) {
    const j = byPath.get(file.path);
    if (j.error) continue;
    const name = file.path.split('/').pop();
    const expected = new Map(); // key → findings
    for (const x of j.findings) {
      if (!(x.row > 0)) continue;
      const k = key(x.table, x.row, x.column);
      expected.set(k, [...(expected.get(k) ?? []), x]);
    }
    const seen = [];
    for (const c of file.cells) for (const p of c.pos) seen.push(`${c.table}:${p}`);
    const got = new Set(seen);
    check(
      `${name}: highlighted cells are the JSON findings' cells (${expected.size})`,
      file.cells.every((c) => c.hl) &&
        file.cells.length === expected.size &&
        seen.length === got.size &&
        sameSet(got, new Set(expected.keys())),
      `highlighted ${file.cells.length}, JSON ${expected.size}; only in the page: ` +
        show(new Set([...got].filter((k) => !expected.has(k)))) +
        '; only in the JSON: ' +
        show(new Set([...expected.keys()].filter((k) => !got.has(k)))),
    );
    const wrong = [];
    for (const c of file.cells) {
      const fs = c.pos.flatMap((p) => expected.get(`${c.table}:${p}`) ?? []);
      const worstSev = fs.reduce((w, x) => (RANK[x.severity] > RANK[w] ? x.severity : w), 'info');
      if (c.sev !== worstSev) wrong.push(`${c.id}: colour ${c.sev}, worst ${worstSev}`);
      for (const x of fs) if (!c.title.includes(x.message)) wrong.push(`${c.id}: no "${x.message}"`);
    }
    check(`${name}: each cell is coloured by its worst finding and its hover text has every message`,
      wrong.length === 0, wrong.slice(0, 5).join(' | '));
    const listed = file.items.filter((i) => i.finding);
    check(
      `${name}: every finding is listed (${j.findings.length})`,
      listed.length === j.findings.length &&
        j.findings.every((x, n) => listed[n].rule === x.rule && listed[n].text.includes(x.message)),
    );
    const sup = file.items.filter((i) => !i.finding);
    check(
      `${name}: suppressed findings listed with reason and author (${j.suppressed.length})`,
      sup.length === j.suppressed.length &&
        j.suppressed.every(
          (x, n) =>
            sup[n].rule === x.rule && sup[n].text.includes(x.reason) && sup[n].text.includes(x.author ?? ''),
        ),
    );
  }

  const bad = before.find((f) => f.path === UNREADABLE);
  const badJson = byPath.get(UNREADABLE);
  const listedBad = await page.$eval('ul.unreadable', (u) => u.textContent).catch(() => '');
  check(
    'the unreadable file is listed with its error',
    Boolean(badJson.error) &&
      bad.text.includes(badJson.error.message) &&
      listedBad.includes(UNREADABLE) &&
      listedBad.includes(badJson.error.message),
  );

  // Hover: a real pointer over a highlighted cell; its hover text names the finding.
  {
    const x = json.files.flatMap((f) => f.findings.map((g) => [f.path, g])).find(([, g]) => g.cell);
    const [p, g] = x;
    const sel = `section.file[data-path="${p}"] section.tbl[data-table="${g.table}"] .hit[data-pos~="${g.row}:${g.column}"]`;
    await page.hover(sel);
    const title = await page.getAttribute(sel, 'title');
    check(`hovering ${g.sheet}!${g.cell} shows "${g.message.slice(0, 30)}…"`, (title ?? '').includes(g.message));
  }

  // Filters: a rule that shares a cell with another rule, so recolouring shows.
  const shared = new Map();
  for (const f of before) {
    for (const c of f.cells) {
      const rs = new Set(c.marks.map((m) => m.rule));
      if (rs.size > 1) for (const r of rs) shared.set(r, (shared.get(r) ?? 0) + 1);
    }
  }
  const rule = [...shared.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0] ??
    [...rules.keys()][0];
  const total = json.files.reduce((n, f) => n + f.findings.length, 0);
  await page.click('details.rules > summary');
  await page.click(`#filters input[data-kind="rule"][value="${rule}"]`);
  const off = await snapshot(page);
  const problems = [];
  for (const f of off) {
    for (const i of f.items) {
      if (i.visible === (i.rule === rule)) problems.push(`${f.path}: list item ${i.rule} visible=${i.visible}`);
    }
    for (const c of f.cells) {
      for (const m of c.marks) {
        if (m.visible === (m.rule === rule)) problems.push(`${c.id}: marker ${m.rule} visible=${m.visible}`);
      }
      const others = c.marks.some((m) => m.rule !== rule);
      if (c.hl !== others) problems.push(`${c.id}: highlighted=${c.hl}, other rules=${others}`);
      if (c.title.includes(`[${rule}]`)) problems.push(`${c.id}: hover text still names ${rule}`);
    }
  }
  const shownOff = Number(await page.textContent('#shown'));
  check(
    `unticking rule ${rule} hides its highlights and list items, and only those`,
    problems.length === 0 && shownOff === total - rules.get(rule),
    `${problems.slice(0, 5).join(' | ')} (shown ${shownOff})`,
  );
  await page.click(`#filters input[data-kind="rule"][value="${rule}"]`);
  const back = await snapshot(page);
  check(`ticking rule ${rule} again restores the page`, JSON.stringify(back) === JSON.stringify(before));

  await page.click('#filters input[data-kind="sev"][value="warning"]');
  const noWarn = await snapshot(page);
  check(
    'unticking warning hides warnings and nothing else',
    noWarn.every((f) => f.items.every((i) => i.visible === (i.sev !== 'warning'))) &&
      noWarn.every((f) => f.cells.every((c) => c.sev !== 'warning')),
  );
  await page.click('#filters input[data-kind="sev"][value="warning"]');
  check('ticking warning again restores the page', JSON.stringify(await snapshot(page)) === JSON.stringify(before));
  await page.close();

  // ---- without JS: everything readable, the filters out of sight ----
  const nojs = await open(html, { javaScript: false });
  checkQuiet('report without JS', nojs);
  const nojsState = await nojs.page.evaluate(() => ({
    filters: getComputedStyle(document.getElementById('filters')).display,
    hl: document.querySelectorAll('.hl').length,
    items: document.querySelectorAll('.item.fr').length,
  }));
  check(
    'without JS the highlights and lists are all there and the filters are hidden',
    nojsState.filters === 'none' &&
      nojsState.hl === before.reduce((n, f) => n + f.cells.length, 0) &&
      nojsState.items === before.reduce((n, f) => n + f.items.filter((i) => i.finding).length, 0),
    JSON.stringify(nojsState),
  );
  await nojs.page.close();

  // ---- English ----
  const en = await open(htmlEn);
  checkQuiet('English report', en);
  const enState = await en.page.evaluate(() => ({
    lang: document.documentElement.lang,
    hl: document.querySelectorAll('.hl').length,
    title: document.title,
  }));
  check(
    'English report: lang="en", same highlights',
    enState.lang === 'en' && /report/i.test(enState.title) &&
      enState.hl === before.reduce((n, f) => n + f.cells.length, 0),
    JSON.stringify(enState),
  );
  await en.page.close();

  // ---- escaping ----
  const esc = await open(htmlEsc);
  checkQuiet('escaping report', esc);
  const escState = await esc.page.evaluate(() => ({
    injected: document.querySelectorAll('main i, header i').length,
    path: document.querySelector('section.file').dataset.path,
    heading: document.querySelector('section.file .file-h .path').textContent,
  }));
  const nastyPath = join(out, nasty);
  check(
    'a file name with < & " \' is shown as text, not markup',
    escState.injected === 0 && escState.path === nastyPath && escState.heading === nastyPath,
    JSON.stringify(escState),
  );
  await esc.page.close();

  // ---- the README's picture ----
  if (process.env.UPDATE_SCREENSHOT === '1') {
    const shot = await open(html);
    await shot.page.setViewportSize({ width: 1280, height: 1180 });
    const target = join(root, 'docs', 'report-screenshot.png');
    await shot.page.screenshot({ path: target, fullPage: false });
    console.log(`wrote ${target}`);
    await shot.page.close();
  }
} catch (e) {
  check('the browser checks ran to the end', false, e.stack ?? String(e));
} finally {
  await browser.close();
}

finish();
