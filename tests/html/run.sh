#!/bin/sh
# Browser test of the HTML report: tests/html/run.sh JXLINT [OUTDIR]
# Needs Node.js >= 20 with npm (for playwright-core from the npm registry) and
# Debian's Chromium at /usr/bin/chromium; no browser is ever downloaded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

if [ $# -lt 1 ] || [ $# -gt 2 ]; then
  echo "usage: $0 JXLINT [OUTDIR]" >&2
  exit 2
fi
jxlint=$1
if [ ! -x "$jxlint" ]; then
  echo "$0: no jxlint binary at $jxlint" >&2
  exit 1
fi
if ! command -v node >/dev/null 2>&1 || ! command -v npm >/dev/null 2>&1; then
  echo "$0: node and npm are needed (Node.js >= 20)" >&2
  exit 1
fi
major=$(node -p 'process.versions.node.split(".")[0]')
if [ "$major" -lt 20 ]; then
  echo "$0: Node.js >= 20 is needed by playwright-core, found $(node --version)" >&2
  exit 1
fi
if [ ! -x /usr/bin/chromium ]; then
  echo "$0: /usr/bin/chromium is missing; install Debian's Chromium:" >&2
  echo "    apt-get install -y chromium        (as root; fonts-noto-cjk for a good screenshot)" >&2
  exit 1
fi
# --ignore-scripts: playwright-core has no install step we want (it would
# fetch nothing, but nothing from a registry package should run here).
if [ ! -f "$here/node_modules/playwright-core/package.json" ]; then
  (cd "$here" && npm ci --ignore-scripts --no-audit --no-fund)
fi
if [ $# -eq 2 ]; then
  out=$2
else
  out=$(mktemp -d "${TMPDIR:-/tmp}/jxlint-html.XXXXXX")
fi
exec node "$here/report_test.mjs" "$jxlint" "$out"
