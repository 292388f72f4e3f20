#!/usr/bin/python3
"""Puts the offline page together (run by scripts/web).

web/index.html is the template: @CSP@, @VERSION@, @PAGE@ (web/page.js) and
@WORKER@, the worker's whole source in a <script type="text/plain"> block that
page.js turns into a blob: Worker: the wasm, gzipped, as base64
(JXLINT_WASM_GZIP), the emscripten module (JxlintModule) and web/worker.js.
The result is one file, with nothing to fetch.
"""
import argparse
import base64
import gzip
import os
import re
import sys

# Nothing may be fetched or sent: no connection, no external script, style,
# font, image or frame. Inline script and style are the page's own; the
# worker is a blob: URL made from the page's own text; 'wasm-unsafe-eval'
# lets it compile the engine (nothing else evaluates strings: the module is
# linked with -sDYNAMIC_EXECUTION=0). The report is shown in a sandboxed
# iframe from a blob: URL of its bytes; it inherits this policy (its own is
# stricter still).
CSP = ("default-src 'none'; script-src 'unsafe-inline' 'wasm-unsafe-eval'; "
       "worker-src blob:; style-src 'unsafe-inline'; img-src data:; connect-src 'none'; "
       "frame-src blob:; base-uri 'none'; form-action 'none'")


def read(path):
    with open(path, encoding="utf-8") as f:
        return f.read()


def check_inline(name, text):
    """Text inside a <script> element must not end it or open a comment there."""
    for bad in ("</script", "<!--", "<script"):
        if bad in text.lower():
            sys.exit(f"assemble: {name} contains {bad!r}, which would break the page")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--version", required=True)
    ap.add_argument("--module", required=True, help="emscripten's jxlint.js")
    ap.add_argument("--wasm", required=True)
    ap.add_argument("--web", required=True, help="the web/ folder")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    template = read(f"{a.web}/index.html")
    page = read(f"{a.web}/page.js")
    module = read(a.module)
    worker = read(f"{a.web}/worker.js")
    # gzip (the worker inflates it with DecompressionStream): a third of the
    # size, and so of the time the browser spends reading the page.
    with open(a.wasm, "rb") as f:
        wasm = base64.b64encode(gzip.compress(f.read(), 9, mtime=0)).decode("ascii")

    if "JxlintModule" not in module:
        sys.exit("assemble: the module does not define JxlintModule (-sEXPORT_NAME)")
    worker_source = (f'self.JXLINT_WASM_GZIP = "{wasm}";\n'
                     f"{module}\n"
                     f"{worker}")
    check_inline("the worker", worker_source)
    check_inline("web/page.js", page)

    values = {"CSP": CSP, "VERSION": a.version, "PAGE": page, "WORKER": worker_source}
    seen = set()

    def put(m):
        seen.add(m.group(1))
        return values[m.group(1)]

    html = re.sub(r"@(CSP|VERSION|PAGE|WORKER)@", put, template)
    missing = set(values) - seen
    if missing:
        sys.exit(f"assemble: web/index.html lacks {', '.join(sorted(missing))}")
    tmp = a.out + ".tmp"
    with open(tmp, "w", encoding="utf-8") as f:
        f.write(html)
    os.replace(tmp, a.out)


if __name__ == "__main__":
    main()
