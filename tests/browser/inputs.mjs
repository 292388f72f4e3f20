// The files of a folder as the CLI finds them (src/cli/inputs.h), and so as
// the page lists a dropped folder: what the browser test and bench/web.mjs
// hand to the page and to the CLI. No playwright here: bench/web.mjs imports
// it from outside this package.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

// The extensions the CLI looks for in a folder.
export const LINTED = ['.docx', '.docm', '.xlsx', '.xlsm', '.doc', '.xls', '.et', '.wps'];

// Hidden files and Word's ~$ lock files are left out, as the CLI leaves them.
export function lintedFiles(dir) {
  const found = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    if (e.name.startsWith('.') || e.name.startsWith('~$')) continue;
    const p = join(dir, e.name);
    if (e.isDirectory()) found.push(...lintedFiles(p));
    else if (e.isFile() && LINTED.some((x) => e.name.toLowerCase().endsWith(x))) found.push(p);
  }
  return found;
}
