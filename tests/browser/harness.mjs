// What the browser tests share (report_test.mjs: `jxlint --format html`;
// page_test.mjs: the offline page): the checks' tally and Debian's headless
// Chromium, started through playwright-core with a throwaway profile (no
// browser is ever downloaded).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

import { chromium } from 'playwright-core';

export const root = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const CHROMIUM = '/usr/bin/chromium';

let passed = 0;
let failed = 0;
let name = 'browser test';

// Names the test in fatal messages ("page_test: …").
export function testName(n) {
  name = n;
}

// One line per check: "ok   what" or "FAIL what" with the detail under it.
export function check(what, ok, detail = '') {
  if (ok) {
    passed++;
    console.log(`ok   ${what}`);
  } else {
    failed++;
    console.log(`FAIL ${what}${detail ? `\n     ${detail}` : ''}`);
  }
  return ok;
}

export function fatal(message) {
  console.error(`${name}: ${message}`);
  process.exit(1);
}

// "N passed, M failed", and the exit status that says it.
export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}

// A persistent context (downloads allowed when asked) in a profile that
// close() removes.
export async function launchChromium({ acceptDownloads = false } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'jxlint-chromium-'));
  let context;
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      acceptDownloads,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
      viewport: { width: 1280, height: 1000 },
      timeout: 60_000,
    });
  } catch (e) {
    rmSync(profile, { recursive: true, force: true });
    fatal(`cannot start ${CHROMIUM}: ${e.message}`);
  }
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
