// The offline page (scripts/web inlines this into build-web/jxlint.html).
// Files are picked or dropped, listed as the CLI lists them (a folder's
// .docx/.docm/.xlsx/.xlsm and legacy files, hidden and ~$ files left out;
// every file named on its own), sorted by path, and handed to the Web Worker
// (web/worker.js), which lints them one by one with the engine compiled to
// WebAssembly and returns the CLI's JSON, CSV and HTML reports.
//
// For tests and scripts: the run's JSON report (docs/output.md) is written
// into the application/json script element #report, and
// document.body.dataset.state is "loading", "ready", "running" or "done"
// ("failed" if the engine itself could not start).
'use strict';

(() => {
  const $ = (id) => document.getElementById(id);

  // ---- words ----
  const WORDS = {
    zh: {
      title: '绩效目标表检查',
      drop: '把 .docx、.xlsx 文件或整个文件夹拖到这里',
      what: '检查绩效目标表、绩效自评表和评分表；同一次拖入的 jxlint.toml 会作为配置使用。',
      privacy: '文件只在这台电脑上检查，不会上传到任何地方。',
      pickFiles: '选择文件…',
      pickFolder: '选择文件夹…',
      getHtml: '下载 HTML 报告',
      getCsv: '下载 CSV（Excel）',
      getJson: '下载 JSON',
      footer: 'jxlint：与命令行 jxlint 相同的检查规则和报告。离线使用，无需安装。',
      switchTo: 'English',
      loading: '正在加载检查程序…',
      ready: '可以开始：拖入文件或点“选择文件…”。',
      failedStart: (m) => `检查程序无法启动：${m}`,
      noFiles: '没有找到可检查的文件（.docx、.docm、.xlsx、.xlsm）。',
      reading: (n) => `正在读取 ${n} 个文件…`,
      progress: (done, total, rate, left) =>
        rate === null ? `已检查 ${done}/${total} 个文件`
          : `已检查 ${done}/${total} 个文件（每秒 ${rate} 个，预计还需 ${left}）`,
      duration: (s) => (s < 60 ? `${s} 秒` : s < 3600 ? `${Math.floor(s / 60)} 分 ${s % 60} 秒`
        : `${Math.floor(s / 3600)} 小时 ${Math.floor((s % 3600) / 60)} 分`),
      current: (p) => `正在检查 ${p}`,
      finishing: '正在生成报告…',
      done: (files, secs) => `检查完成：${files} 个文件，用时 ${secs} 秒。`,
      summary: (s) => `共检查 ${s.files} 个文件、${s.tables} 张表：错误 ${s.error} 个，警告 ${s.warning} 个，提示 ${s.info} 个` +
        (s.failed_files ? `；${s.failed_files} 个文件无法读取` : ''),
      config: (paths) => `使用配置：${paths.join('、')}`,
      configBad: (path, why) => `配置文件 ${path} 有误，它所在文件夹中的文件未检查：${why}`,
      unreadable: '浏览器无法读取这个文件（{}）',
      tooLarge: '文件所需内存超出限制',
      crashed: (m) => `检查程序出错：${m}`,
    },
    en: {
      title: 'Performance table check',
      drop: 'Drop .docx and .xlsx files, or whole folders, here',
      what: 'Checks performance target tables, self-evaluations and scoring sheets; a jxlint.toml in the same drop is used as the configuration.',
      privacy: 'Files are checked on this computer only; nothing is uploaded anywhere.',
      pickFiles: 'Choose files…',
      pickFolder: 'Choose a folder…',
      getHtml: 'Download the HTML report',
      getCsv: 'Download CSV (Excel)',
      getJson: 'Download JSON',
      footer: 'jxlint: the same rules and report as the jxlint command line. Works offline, nothing to install.',
      switchTo: '中文',
      loading: 'Loading the checker…',
      ready: 'Ready: drop files or click “Choose files…”.',
      failedStart: (m) => `The checker could not start: ${m}`,
      noFiles: 'No file to check was found (.docx, .docm, .xlsx, .xlsm).',
      reading: (n) => `Reading ${n} file${n === 1 ? '' : 's'}…`,
      progress: (done, total, rate, left) =>
        rate === null ? `checked ${done}/${total} files`
          : `checked ${done}/${total} files (${rate} files/s, about ${left} left)`,
      duration: (s) => (s < 60 ? `${s} s` : s < 3600 ? `${Math.floor(s / 60)} min ${s % 60} s`
        : `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`),
      current: (p) => `checking ${p}`,
      finishing: 'making the report…',
      done: (files, secs) => `Done: ${files} file${files === 1 ? '' : 's'} in ${secs} s.`,
      summary: (s) => `${s.files} file${s.files === 1 ? '' : 's'}, ${s.tables} table${s.tables === 1 ? '' : 's'}: ` +
        `${s.error} error${s.error === 1 ? '' : 's'}, ${s.warning} warning${s.warning === 1 ? '' : 's'}, ${s.info} info` +
        (s.failed_files ? `; ${s.failed_files} file${s.failed_files === 1 ? '' : 's'} could not be read` : ''),
      config: (paths) => `Configuration: ${paths.join(', ')}`,
      configBad: (path, why) => `The configuration ${path} is invalid; the files it governs were not linted: ${why}`,
      unreadable: 'the browser could not read this file ({})',
      tooLarge: 'the file needs more memory than allowed',
      crashed: (m) => `The checker failed: ${m}`,
    },
  };
  let lang = 'zh';
  const t = (key, ...args) => {
    const w = WORDS[lang][key];
    return typeof w === 'function' ? w(...args) : w;
  };
  function applyLanguage() {
    document.documentElement.lang = lang === 'en' ? 'en' : 'zh-CN';
    document.title = lang === 'en' ? 'jxlint performance table check' : 'jxlint 绩效目标表检查';
    for (const el of document.querySelectorAll('[data-i18n]')) el.textContent = t(el.dataset.i18n);
    const button = $('lang');
    button.textContent = t('switchTo');
    button.lang = lang === 'en' ? 'zh-CN' : 'en';
  }

  // ---- state ----
  const setState = (s) => { document.body.dataset.state = s; };
  let worker = null;
  let workerReady = false;
  let runId = 0;
  let current = null;       // the run in progress or last finished: {id, items, configs, ...}
  let lastStatus = '';      // what #status says, as a function of the language
  const blobUrls = [];

  function status(fn, busy = false) {
    lastStatus = fn;
    const el = $('status');
    el.textContent = fn ? fn() : '';
    el.classList.toggle('busy', busy);
  }

  // ---- the worker ----
  // quiet: after a crash, the page keeps saying so while a new one starts.
  function startWorker(quiet = false) {
    if (!quiet) {
      setState('loading');
      status(() => t('loading'), true);
    }
    const source = $('worker-source').textContent;
    const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
    worker = new Worker(url);
    URL.revokeObjectURL(url);
    workerReady = false;
    worker.onmessage = (e) => onWorkerMessage(e.data);
    worker.onerror = (e) => {
      e.preventDefault();
      const message = e.message || 'worker error';
      if (!workerReady) {
        // It never started: starting it again would fail again.
        setState('failed');
        status(() => t('failedStart', message));
        return;
      }
      failRun(message);
    };
  }

  function onWorkerMessage(m) {
    if (m.type === 'ready') {
      workerReady = true;
      if (current && current.pending) {
        current.pending = false;
        send(current);
      } else if (document.body.dataset.state !== 'failed') {
        setState('ready');
        status(() => t('ready'));
      }
    } else if (m.type === 'failed') {
      setState('failed');
      status(() => t('failedStart', m.message));
    } else if (current && m.id === current.id) {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') onDone(m);
      else if (m.type === 'error') failRun(m.message);
    }
  }

  // The engine failed during a run (not a file's problem: those are the
  // file's error in the report): say so, and have a fresh one for the next drop.
  function failRun(message) {
    if (worker) worker.terminate();
    worker = null;
    if (current) {
      current.pending = false;
      current.finished = true;
    }
    startWorker(true);
    status(() => t('crashed', message));
    setState('failed');
  }

  // ---- collecting files ----
  const LINTED = ['.docx', '.docm', '.xlsx', '.xlsm', '.doc', '.xls', '.et', '.wps'];
  const extensionOf = (name) => {
    const dot = name.lastIndexOf('.');
    return dot < 0 ? '' : name.slice(dot).toLowerCase();
  };
  // As the CLI walks a folder: "." and "~$" names (hidden files, Office's
  // owner files) are left out, files and folders alike.
  const hiddenName = (name) => name === '' || name.startsWith('.') || name.startsWith('~$');
  const isConfig = (path) => path.split('/').pop() === 'jxlint.toml';

  // Each item: {path, file, fromFolder}.
  function fromFileList(list, folder) {
    const items = [];
    for (const file of list) {
      const path = folder && file.webkitRelativePath ? file.webkitRelativePath : file.name;
      items.push({ path, file, fromFolder: folder });
    }
    return items;
  }

  function readEntries(reader) {
    return new Promise((resolve, reject) => reader.readEntries(resolve, reject));
  }
  function fileOf(entry) {
    return new Promise((resolve, reject) => entry.file(resolve, reject));
  }
  // A dropped folder, walked like the CLI walks one (symbolic links cannot
  // be told apart here; browsers do not follow them).
  async function walkEntry(entry, items, inFolder) {
    const path = entry.fullPath.replace(/^\/+/, '');
    if (entry.isFile) {
      try {
        items.push({ path, file: await fileOf(entry), fromFolder: inFolder });
      } catch (e) {
        items.push({ path, file: null, error: e, fromFolder: inFolder });
      }
      return;
    }
    if (!entry.isDirectory) return;
    if (inFolder && hiddenName(entry.name)) return;
    const reader = entry.createReader();
    for (;;) {
      const batch = await readEntries(reader);  // at most 100 at a time in Chromium
      if (batch.length === 0) break;
      for (const child of batch) await walkEntry(child, items, true);
    }
  }

  async function fromDrop(dataTransfer) {
    const entries = [];
    const plain = [];
    for (const item of dataTransfer.items || []) {
      if (item.kind !== 'file') continue;
      const entry = item.webkitGetAsEntry ? item.webkitGetAsEntry() : null;
      if (entry) entries.push(entry);
      else if (item.getAsFile()) plain.push(item.getAsFile());
    }
    const items = fromFileList(plain, false);
    for (const entry of entries) await walkEntry(entry, items, false);
    return items;
  }

  // UTF-8 byte order, as the CLI sorts its inputs (std::sort on std::string).
  const encoder = new TextEncoder();
  function compareBytes(a, b) {
    const x = encoder.encode(a);
    const y = encoder.encode(b);
    const n = Math.min(x.length, y.length);
    for (let i = 0; i < n; i++) if (x[i] !== y[i]) return x[i] - y[i];
    return x.length - y.length;
  }

  function plan(items) {
    const configs = [];
    const files = [];
    const seen = new Set();
    for (const item of items) {
      if (isConfig(item.path)) {
        if (item.file) configs.push({ path: item.path, file: item.file });
        continue;
      }
      if (item.fromFolder) {
        const parts = item.path.split('/');
        // Hidden or owner files, and (when a folder was picked rather than
        // dropped) hidden folders on the way, are skipped as the CLI skips them.
        if (parts.slice(1).some(hiddenName)) continue;
        if (!LINTED.includes(extensionOf(item.path))) continue;
      }
      if (seen.has(item.path)) continue;
      seen.add(item.path);
      files.push(item);
    }
    files.sort((a, b) => compareBytes(a.path, b.path));
    configs.sort((a, b) => compareBytes(a.path, b.path));
    return { files, configs };
  }

  // ---- a run ----
  function begin(items) {
    const { files, configs } = plan(items);
    for (const url of blobUrls.splice(0)) URL.revokeObjectURL(url);
    $('downloads').hidden = true;
    $('view').hidden = true;
    $('summary').textContent = '';
    $('problems').hidden = true;
    $('problems').textContent = '';
    $('config').textContent = '';
    $('config').classList.remove('bad');
    $('report').textContent = '';
    if (files.length === 0) {
      status(() => t('noFiles'));
      setState(workerReady ? 'ready' : 'loading');
      return;
    }
    // A run still going is abandoned: its worker is stopped, a fresh one
    // takes the new drop.
    if (current && !current.finished && worker) {
      worker.terminate();
      worker = null;
      workerReady = false;
    }
    current = { id: ++runId, files, configs, lang, started: performance.now(), pending: false,
      finished: false };
    setState('running');
    status(() => t('reading', files.length), true);
    if (!worker) startWorker(true);
    if (workerReady) send(current);
    else current.pending = true;
  }

  // The files and configurations of a run, to give them again.
  const itemsOf = (run) => [...run.files, ...run.configs.map((c) => ({ ...c, fromFolder: false }))];

  function send(run) {
    setState('running');
    worker.postMessage({
      type: 'run',
      id: run.id,
      lang,
      configs: run.configs.map((c) => ({ path: c.path, file: c.file })),
      files: run.files.map((f) => ({
        path: f.path, file: f.file, error: f.error ? String(f.error.name || f.error) : undefined,
      })),
      words: { unreadable: t('unreadable'), tooLarge: t('tooLarge') },
    });
  }

  function onProgress(m) {
    const run = current;
    run.done = m.done;
    const elapsed = (performance.now() - run.started) / 1000;
    const total = run.files.length;
    const showRate = elapsed > 2 && m.done > 0 && m.done < total;
    const rate = showRate ? Math.round(m.done / elapsed) : null;
    const left = showRate ? Math.max(1, Math.round(((total - m.done) * elapsed) / m.done)) : 0;
    status(() => t('progress', m.done, total, rate, t('duration', left)) +
      (m.next ? ` · ${t('current', m.next)}` : m.done === total ? ` · ${t('finishing')}` : ''), true);
    if (m.config) showConfig(m.config);
  }

  function showConfig(configs) {
    const el = $('config');
    const bad = configs.filter((c) => c.error);
    el.classList.toggle('bad', bad.length > 0);
    el.textContent = bad.length
      ? bad.map((c) => t('configBad', c.path, c.error)).join('\n')
      : configs.length ? t('config', configs.map((c) => c.path)) : '';
  }

  function blobUrl(data, type) {
    const url = URL.createObjectURL(new Blob([data], { type }));
    blobUrls.push(url);
    return url;
  }
  function downloadLink(id, url, name) {
    const a = $(id);
    a.href = url;
    a.download = name;
  }

  function onDone(m) {
    const run = current;
    run.finished = true;
    // The language was switched while it ran: made again in the new one.
    if (run.lang !== lang) {
      begin(itemsOf(run));
      return;
    }
    const secs = ((performance.now() - run.started) / 1000).toFixed(1);
    run.timings = m.timings;
    run.elapsedMs = performance.now() - run.started;
    window.jxlintLastRun = { files: m.timings, elapsedMs: run.elapsedMs, lintMs: m.lintMs };
    $('report').textContent = m.json;
    let report = null;
    try {
      report = JSON.parse(m.json);
    } catch (e) {
      report = null;
    }
    if (report) {
      $('summary').textContent = t('summary', report.summary);
      const problems = $('problems');
      for (const f of report.files) {
        if (!f.error) continue;
        const li = document.createElement('li');
        li.textContent = `${f.path}${lang === 'en' ? ': ' : '：'}${f.error.message} `;
        const code = document.createElement('code');
        code.textContent = `[${f.error.code}]`;
        li.append(code);
        problems.append(li);
      }
      problems.hidden = problems.childElementCount === 0;
    }
    showConfig(m.configs || []);
    const stem = lang === 'en' ? 'jxlint-report' : 'jxlint-检查报告';
    const html = blobUrl(m.html, 'text/html;charset=utf-8');
    downloadLink('get-html', html, `${stem}.html`);
    downloadLink('get-csv', blobUrl(m.csv, 'text/csv;charset=utf-8'), `${stem}.csv`);
    downloadLink('get-json', blobUrl(m.json, 'application/json'), `${stem}.json`);
    $('downloads').hidden = false;
    // The report, the same bytes as the download, in a sandboxed frame (its
    // script runs, but as an opaque origin that cannot reach this page); a
    // new frame for each report. The run is done when it is on screen.
    const old = $('view');
    const view = old.cloneNode(false);
    view.removeAttribute('src');
    old.replaceWith(view);
    view.onload = () => {
      view.onload = null;
      if (current !== run) return;
      status(() => t('done', run.files.length, secs));
      setState('done');
    };
    view.hidden = false;
    view.src = html;
  }

  // ---- wiring ----
  $('files').addEventListener('change', (e) => {
    const items = fromFileList(e.target.files, false);
    e.target.value = '';
    begin(items);
  });
  $('folder').addEventListener('change', (e) => {
    const items = fromFileList(e.target.files, true);
    e.target.value = '';
    begin(items);
  });
  const drop = $('drop');
  for (const type of ['dragenter', 'dragover']) {
    document.addEventListener(type, (e) => {
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
      drop.classList.add('over');
    });
  }
  document.addEventListener('dragleave', (e) => {
    if (e.relatedTarget === null) drop.classList.remove('over');
  });
  document.addEventListener('drop', async (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    if (!e.dataTransfer) return;
    begin(await fromDrop(e.dataTransfer));
  });
  $('lang').addEventListener('click', () => {
    lang = lang === 'en' ? 'zh' : 'en';
    applyLanguage();
    if (lastStatus) status(lastStatus, $('status').classList.contains('busy'));
    // The report speaks the language it was made in: made again.
    if (current && current.finished && document.body.dataset.state === 'done') begin(itemsOf(current));
  });

  applyLanguage();
  startWorker();
})();

