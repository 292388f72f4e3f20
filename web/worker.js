// The page's Web Worker. scripts/web puts the wasm (gzipped, as base64 in
// JXLINT_WASM_GZIP), the emscripten module and this file into one blob:
// script. It lints the files of a run one by one with the engine
// (src/web/wasm_api.cpp), posting progress after each, and ends with the
// run's JSON, CSV and HTML reports.
//
// page → worker  {type: 'run', id, lang, configs: [{path, file}], files: [{path, file}], words}
// worker → page  {type: 'ready'} | {type: 'failed', message}
//                {type: 'progress', id, done, total, next, status, config?}
//                {type: 'done', id, json, csv (bytes), html (bytes), configs, timings, lintMs}
//                {type: 'error', id, message}
'use strict';

const JSON_OUT = 1;
const CSV_OUT = 2;
const HTML_OUT = 3;
// jxlint.toml: at most 1 MiB is accepted (src/config/toml_guard.h); a little
// more is read so that the engine says why a larger one is refused.
const CONFIG_READ_CAP = 2 << 20;

const utf8 = new TextEncoder();
const fromUtf8 = new TextDecoder('utf-8');

// The engine's wasm, inlined gzipped as base64 (web/assemble.py), inflated
// with the browser's own DecompressionStream: nothing is fetched.
async function wasmBytes() {
  const text = self.JXLINT_WASM_GZIP;
  self.JXLINT_WASM_GZIP = null;
  const binary = atob(text);
  const packed = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) packed[i] = binary.charCodeAt(i);
  const reader = new Blob([packed]).stream().pipeThrough(new DecompressionStream('gzip')).getReader();
  const chunks = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    size += value.length;
  }
  const bytes = new Uint8Array(size);
  let at = 0;
  for (const c of chunks) {
    bytes.set(c, at);
    at += c.length;
  }
  return bytes;
}

let engine = null;
const ready = wasmBytes().then((bytes) => JxlintModule({
  wasmBinary: bytes,
  print: (text) => console.log(text),
  printErr: (text) => console.warn(text),
})).then(
  (m) => {
    engine = m;
    self.postMessage({ type: 'ready' });
  },
  (e) => {
    self.postMessage({ type: 'failed', message: String(e && e.message ? e.message : e) });
    throw e;
  },
);

// Bytes copied into the module's memory; null when it cannot hold them.
function allocate(bytes) {
  const p = engine._malloc(Math.max(1, bytes.length));
  if (!p) return 0;
  engine.HEAPU8.set(bytes, p);
  return p;
}
function allocateString(text) {
  const bytes = utf8.encode(text);
  const p = engine._malloc(bytes.length + 1);
  if (!p) throw new Error('out of memory');
  engine.HEAPU8.set(bytes, p);
  engine.HEAPU8[p + bytes.length] = 0;
  return p;
}
// Calls fn with each string as a pointer, freed afterwards.
function withStrings(strings, fn) {
  const pointers = [];
  try {
    for (const s of strings) pointers.push(allocateString(s));
    return fn(...pointers);
  } finally {
    for (const p of pointers) engine._free(p);
  }
}
function outputBytes(run, which) {
  const p = engine._jx_text(run, which);
  const n = engine._jx_size(run, which);
  return engine.HEAPU8.subarray(p, p + n);
}
const outputText = (run, which) => fromUtf8.decode(outputBytes(run, which));

const reasonOf = (e) => (e && e.name ? `${e.name}${e.message ? `: ${e.message}` : ''}` : String(e));

async function lintRun(m) {
  await ready;
  const run = engine._jx_begin(m.lang === 'en' ? 1 : 0);
  if (!run) throw new Error('out of memory');
  try {
    const configs = [];
    for (const c of m.configs) {
      let bytes = null;
      let why = '';
      try {
        bytes = new Uint8Array(await c.file.slice(0, CONFIG_READ_CAP).arrayBuffer());
      } catch (e) {
        why = reasonOf(e);
      }
      let failed;
      if (bytes) {
        const text = allocate(bytes);
        try {
          failed = withStrings([c.path], (path) => engine._jx_add_config(run, path, text, bytes.length));
        } finally {
          engine._free(text);
        }
      } else {
        failed = withStrings([c.path, why], (path, w) => engine._jx_add_unreadable_config(run, path, w));
      }
      configs.push({ path: c.path, error: failed ? outputText(run, 0) : null });
    }

    const timings = [];
    let lintMs = 0;
    const total = m.files.length;
    for (let i = 0; i < total; i++) {
      const f = m.files[i];
      let bytes = null;
      let why = '';
      try {
        if (!f.file) throw new Error(f.error || 'NotFoundError');
        bytes = new Uint8Array(await f.file.arrayBuffer());
      } catch (e) {
        why = reasonOf(e);
      }
      const t0 = performance.now();
      if (bytes) {
        const size = bytes.length;
        const data = allocate(bytes);
        bytes = null;
        if (data) {
          try {
            withStrings([f.path], (path) => engine._jx_lint(run, path, data, size));
          } finally {
            engine._free(data);
          }
        } else {
          withStrings([f.path, 'resource-limit', m.words.tooLarge],
            (path, code, msg) => engine._jx_unreadable(run, path, code, msg));
        }
      } else {
        withStrings([f.path, 'unreadable', m.words.unreadable.replace('{}', why)],
          (path, code, msg) => engine._jx_unreadable(run, path, code, msg));
      }
      const ms = performance.now() - t0;
      lintMs += ms;
      timings.push({ path: f.path, size: f.file ? f.file.size : 0, ms });
      self.postMessage({
        type: 'progress',
        id: m.id,
        done: i + 1,
        total,
        next: i + 1 < total ? m.files[i + 1].path : null,
        status: outputText(run, 0),
        config: i === 0 ? configs : undefined,
      });
    }

    const t0 = performance.now();
    if (engine._jx_finish(run)) throw new Error(outputText(run, 0));
    lintMs += performance.now() - t0;
    // The CSV and the HTML report go as bytes (moved, not copied): the page
    // makes blob: URLs of them without decoding tens of MB on its thread.
    const json = outputText(run, JSON_OUT);
    const csv = outputBytes(run, CSV_OUT).slice();
    const html = outputBytes(run, HTML_OUT).slice();
    self.postMessage({ type: 'done', id: m.id, json, csv, html, configs, timings, lintMs },
      [csv.buffer, html.buffer]);
  } finally {
    engine._jx_end(run);
  }
}

let queue = Promise.resolve();
self.onmessage = (e) => {
  const m = e.data;
  if (m.type !== 'run') return;
  queue = queue.then(() => lintRun(m)).catch((err) => {
    self.postMessage({ type: 'error', id: m.id, message: reasonOf(err) });
  });
};
