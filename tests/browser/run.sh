#!/bin/sh
# Browser tests, in Debian's headless Chromium through playwright-core:
#   tests/browser/run.sh report JXLINT [OUTDIR]        jxlint --format html
#   tests/browser/run.sh page JXLINT PAGE [OUTDIR]     the offline page
#                                                      (build-web/jxlint.html)
# Needs Node.js >= 20 with npm (for playwright-core from the npm registry) and
# Debian's Chromium at /usr/bin/chromium; no browser is ever downloaded.
set -eu
here=$(cd "$(dirname "$0")" && pwd)

usage() {
  echo "usage: $0 report JXLINT [OUTDIR] | page JXLINT PAGE [OUTDIR]" >&2
  exit 2
}
[ $# -ge 2 ] || usage
test=$1
shift
case "$test" in
  report) [ $# -le 2 ] || usage; script=report_test.mjs; args=1 ;;
  page) [ $# -ge 2 ] && [ $# -le 3 ] || usage; script=page_test.mjs; args=2 ;;
  *) usage ;;
esac
if [ ! -x "$1" ]; then
  echo "$0: no jxlint binary at $1" >&2
  exit 1
fi
if [ "$test" = page ] && [ ! -f "$2" ]; then
  echo "$0: no page at $2 (build it with scripts/web)" >&2
  # ctest reports 77 as skipped; scripts/test, which builds the page first,
  # sets JXLINT_REQUIRE_PAGE=1 so that there it fails.
  [ "${JXLINT_REQUIRE_PAGE:-}" = 1 ] && exit 1
  exit 77
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
if [ $# -le "$args" ]; then
  set -- "$@" "$(mktemp -d "${TMPDIR:-/tmp}/jxlint-$test.XXXXXX")"
fi
exec node "$here/$script" "$@"
