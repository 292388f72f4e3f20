#!/usr/bin/python3
"""Make jxlint's benchmark corpus: varied copies of the committed fixtures.

Usage: /usr/bin/python3 bench/make_corpus.py OUTDIR [--files N] [--seed S]
       (defaults: N = 2400, S = 1; Debian's python3, which has python3-docx)

OUTDIR/queue/<dept>/<source>-<NNNN>.<docx|xlsx>
    N copies, half .docx and half .xlsx, of the readable fixtures
    (fixtures/seeds/*.docx|xlsx and fixtures/checks/*/*.docx|xlsx, taken in
    turn), each edited so that copies differ in content and in findings:
      - the project name (the cell after 项目名称) gets the copy number
        appended: 安可设备购置（0042）;
      - digits inside numbers and amounts are changed with a per-copy
        probability (0-30 %): budgets, plan percentages, target values, years
        in texts (never project codes or month labels such as 3月底);
      - a few 三级指标 names are swapped between indicator rows of a table;
      - sometimes a 指标值确定依据 cell is emptied;
      - sometimes a 指标值 becomes a number without unit (split layouts: the
        number is set and the 度量单位 cell emptied).
    Only text changes: the w:t text nodes of word/document.xml; the <t>
    strings of xl/sharedStrings.xml; the cells of xl/worksheets/*.xml (an
    edited text cell is written as an inline string with its style kept, a
    numeric cell keeps its <v> with other digits). Every other entry is copied
    with its compressed bytes untouched; edited entries are deflated again at
    level 9 (stored entries would stay stored). Names, order, methods and
    attributes of the entries are those of the source; timestamps are fixed.

OUTDIR/rows/<rows>-<fmt>/<NN>.<ext>
    single-table files of 1000, 5000 and 20000 indicator rows, each group
    holding 20000 rows in all (time per row should be flat):
    fixtures/hostile/table-{1000,5000,20000}.xlsx, table-{5000,20000}.docx
    copied, and a 1000-row .docx made once with fixtures/hostile/make.py's
    table_docx(1000) (the project's python-docx writer).

OUTDIR/manifest.json
    parameters, generator version, counts per format, bytes, the row groups'
    file lists and each queue copy's source and edits. When it already
    matches the parameters and this generator's version the script exits at
    once; otherwise OUTDIR is rebuilt from scratch (an OUTDIR that is neither
    empty nor made by this script is refused, never deleted).

Deterministic: the same N and seed give the same bytes.
"""
import argparse
import glob
import importlib.util
import io
import json
import os
import random
import re
import shutil
import struct
import sys
import tempfile
import time
import zipfile
import zlib

GENERATOR = "jxlint bench/make_corpus.py"
GENERATOR_VERSION = 1

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
FIXTURES = os.path.join(ROOT, "fixtures")
HOSTILE = os.path.join(FIXTURES, "hostile")

STAMP = (2023, 1, 1, 0, 0, 0)
DOS_TIME = (STAMP[3] << 11) | (STAMP[4] << 5) | (STAMP[5] // 2)
DOS_DATE = ((STAMP[0] - 1980) << 9) | (STAMP[1] << 5) | STAMP[2]

DEPARTMENTS = ["caizhengju", "jiaoyuju", "weijianju", "minzhengju",
               "zonggonghui", "gongshanglian", "nongyenongcunju", "zhujianju"]

# (rows per file, format, copies, source): every group holds 20 000 rows
ROW_GROUPS = [
    (1000, "xlsx", 20, "table-1000.xlsx"),
    (5000, "xlsx", 4, "table-5000.xlsx"),
    (20000, "xlsx", 1, "table-20000.xlsx"),
    (1000, "docx", 20, None),  # made with make.py's table_docx(1000)
    (5000, "docx", 4, "table-5000.docx"),
    (20000, "docx", 1, "table-20000.docx"),
]

MiB = 1 << 20


# ------------------------------------------------------------------ XML text

_ENTITY = re.compile(r"&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def unescape(raw):
    def one(m):
        e = m.group(1)
        if e.startswith("#x"):
            return chr(int(e[2:], 16))
        if e.startswith("#"):
            return chr(int(e[1:]))
        return _NAMED[e]
    return _ENTITY.sub(one, raw) if "&" in raw else raw


def escape(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def norm(text):
    return re.sub(r"\s+", "", text)


# ------------------------------------------------------------------ zip I/O

class Source:
    """A fixture read once: every entry's ZipInfo and raw compressed bytes,
    and the decompressed text of the parts the edits touch."""

    def __init__(self, path, rel):
        self.path, self.rel = path, rel
        self.ext = os.path.splitext(path)[1][1:]
        with open(path, "rb") as f:
            raw = f.read()
        self.entries = []  # [(ZipInfo, raw compressed bytes)]
        self.parts = {}  # name -> str, for editable parts
        with zipfile.ZipFile(io.BytesIO(raw)) as z:
            for info in z.infolist():
                if info.flag_bits & 1:
                    raise SystemExit("%s: encrypted entry %s" % (rel, info.filename))
                if info.compress_type not in (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED):
                    raise SystemExit("%s: entry %s uses method %d" % (rel, info.filename, info.compress_type))
                nlen, xlen = struct.unpack_from("<HH", raw, info.header_offset + 26)
                start = info.header_offset + 30 + nlen + xlen
                self.entries.append((info, raw[start:start + info.compress_size]))
                if self.editable(info.filename):
                    self.parts[info.filename] = z.read(info).decode("utf-8")
        if self.ext == "docx" and "word/document.xml" not in self.parts:
            raise SystemExit("%s: no word/document.xml" % rel)
        if self.ext == "xlsx" and not self.sheet_names():
            raise SystemExit("%s: no worksheet" % rel)

    def editable(self, name):
        if self.ext == "docx":
            return name == "word/document.xml"
        return name == "xl/sharedStrings.xml" or re.fullmatch(r"xl/worksheets/[^/]+\.xml", name) is not None

    def sheet_names(self):
        return [n for n in self.parts if n.startswith("xl/worksheets/")]


def write_zip(path, source, changed):
    """Write `source`'s entries in order with the same names, methods and
    attributes; entries named in `changed` (name -> bytes) are compressed
    again with their own method (deflate at level 9, or stored), the others
    keep their compressed bytes. Timestamps are STAMP."""
    out = io.BytesIO()
    central = []
    for info, comp in source.entries:
        method = info.compress_type
        if info.filename in changed:
            data = changed[info.filename]
            crc, size = zlib.crc32(data), len(data)
            if method == zipfile.ZIP_DEFLATED:
                c = zlib.compressobj(9, zlib.DEFLATED, -15)
                comp = c.compress(data) + c.flush()
            else:
                comp = data
        else:
            crc, size = info.CRC, info.file_size
        name = info.filename.encode("utf-8")
        flags = 0x800 if not info.filename.isascii() else 0
        version = 20
        offset = out.tell()
        out.write(struct.pack("<IHHHHHIIIHH", 0x04034B50, version, flags, method, DOS_TIME, DOS_DATE,
                              crc, len(comp), size, len(name), 0))
        out.write(name)
        out.write(comp)
        central.append(struct.pack("<IHHHHHHIIIHHHHHII", 0x02014B50,
                                   (info.create_system << 8) | min(info.create_version, 63), version,
                                   flags, method, DOS_TIME, DOS_DATE, crc, len(comp), size,
                                   len(name), 0, 0, 0, info.internal_attr, info.external_attr,
                                   offset) + name)
    cd_offset = out.tell()
    cd = b"".join(central)
    out.write(cd)
    out.write(struct.pack("<IHHHHIIH", 0x06054B50, 0, 0, len(central), len(central), len(cd), cd_offset, 0))
    with open(path, "wb") as f:
        f.write(out.getvalue())


# ------------------------------------------------------------------ documents

class Docx:
    """word/document.xml as text nodes (the content of each <w:t>) and the
    cells of its top-level tables (each cell: the indices of its text nodes;
    text of nested tables belongs to the outer cell)."""

    TOKEN = re.compile(r"<(/?)w:(tbl|tr|tc|p)(?=[\s>/])[^>]*>|<w:t(?:\s[^>]*)?(?<!/)>([^<]*)</w:t>")

    def __init__(self, xml):
        self.xml = xml
        self.spans, self.texts, self.dirty = [], [], set()
        self.tables = []  # [[row: [cell: [node index]]]]
        self.paragraph = []  # node index -> the node indices of its paragraph
        depth, table, row, cell, paragraph = 0, None, None, None, []
        for m in self.TOKEN.finditer(xml):
            tag = m.group(2)
            if tag is None:
                index = len(self.spans)
                self.spans.append(m.span(3))
                self.texts.append(unescape(m.group(3)))
                paragraph.append(index)
                self.paragraph.append(paragraph)
                if depth >= 1 and cell is not None:
                    cell.append(index)
                continue
            closing, self_closing = m.group(1) == "/", m.group(0).endswith("/>")
            if tag == "p":
                if not self_closing:
                    paragraph = []
                continue
            if tag == "tbl":
                if self_closing:
                    continue
                if closing:
                    depth -= 1
                else:
                    depth += 1
                    if depth == 1:
                        table = []
                        self.tables.append(table)
            elif depth == 1 and tag == "tr" and not closing:
                row = []
                table.append(row)
            elif depth == 1 and tag == "tc":
                if closing:
                    cell = None
                else:
                    cell = []
                    row.append(cell)
                    if self_closing:
                        cell = None

    def grid_tables(self):
        """[[(row key, {column key: cell})]]: a docx row's cells keyed by
        position (vMerge continuations are cells too, so positions line up
        between the rows of a block)."""
        return [[(i, dict(enumerate(row))) for i, row in enumerate(t)] for t in self.tables]

    def text(self, cell):
        return "".join(self.texts[i] for i in cell) if cell is not None else ""

    def settable(self, cell):
        return bool(cell)

    def set_text(self, cell, text):
        if not cell:
            return False
        for k, i in enumerate(cell):
            new = text if k == 0 else ""
            if self.texts[i] != new:
                self.texts[i] = new
                self.dirty.add(i)
        return True

    def set_number(self, cell, number):
        return self.set_text(cell, number)

    def mutate_numbers(self, fn):
        """fn(text, context) on every text node; context is the text of its
        paragraph, as writers split a paragraph into runs by script (3|月底)."""
        original = list(self.texts)
        for i, t in enumerate(original):
            new = fn(t, "".join(original[j] for j in self.paragraph[i]))
            if new != t:
                self.texts[i] = new
                self.dirty.add(i)

    def render(self):
        out, pos = [], 0
        for i in sorted(self.dirty):
            s, e = self.spans[i]
            out.append(self.xml[pos:s])
            out.append(escape(self.texts[i]))
            pos = e
        out.append(self.xml[pos:])
        return {"word/document.xml": "".join(out)}


class XCell:
    __slots__ = ("span", "raw", "ref", "style", "type", "value", "inline", "new_xml", "new_text")

    def __init__(self, span, raw, attrs, value, inline):
        self.span, self.raw = span, raw
        self.ref = attrs.get("r")
        self.style = attrs.get("s")
        self.type = attrs.get("t", "n")
        self.value, self.inline = value, inline
        self.new_xml = None  # replacement element, if edited
        self.new_text = None  # its text, if edited


class Xlsx:
    """The shared strings as text nodes, and every sheet's cells by row and
    column. Edited cells are rewritten whole: text as an inline string,
    numbers as a plain <v>, empty as <c r s/> (style kept)."""

    SI = re.compile(r"<si>(.*?)</si>|<si/>", re.S)
    T = re.compile(r"<t(?:\s[^>]*)?(?<!/)>([^<]*)</t>")
    CELL = re.compile(r"<c\s([^>]*?)(?:/>|>(.*?)</c>)", re.S)
    ATTR = re.compile(r'([\w:]+)="([^"]*)"')
    V = re.compile(r"<v>([^<]*)</v>")
    REF = re.compile(r"([A-Z]+)([0-9]+)")

    def __init__(self, parts, sheet_names):
        self.sst_xml = parts.get("xl/sharedStrings.xml")
        self.sst_spans, self.sst_texts, self.sst_dirty, self.si_nodes = [], [], set(), []
        if self.sst_xml is not None:
            for si in self.SI.finditer(self.sst_xml):
                nodes = []
                if si.group(1) is not None:
                    body = si.group(1)
                    body = re.sub(r"<rPh\b.*?</rPh>", lambda m: " " * len(m.group(0)), body, flags=re.S)
                    for t in self.T.finditer(body):
                        nodes.append(len(self.sst_spans))
                        self.sst_spans.append((si.start(1) + t.start(1), si.start(1) + t.end(1)))
                        self.sst_texts.append(unescape(t.group(1)))
                self.si_nodes.append(nodes)
        self.sheets = []  # [(name, xml, {row: {col: XCell}})]
        for name in sorted(sheet_names, key=lambda n: [int(x) if x.isdigit() else x for x in re.split(r"(\d+)", n)]):
            xml = parts[name]
            rows = {}
            for m in self.CELL.finditer(xml):
                attrs = dict(self.ATTR.findall(m.group(1)))
                inner = m.group(2) or ""
                v = self.V.search(inner)
                inline = None
                if attrs.get("t") == "inlineStr":
                    inline = "".join(unescape(t) for t in self.T.findall(inner))
                ref = self.REF.fullmatch(attrs.get("r", ""))
                if not ref:
                    continue  # a cell without r: leave it alone
                cell = XCell(m.span(), m.group(0), attrs, unescape(v.group(1)) if v else None, inline)
                rows.setdefault(int(ref.group(2)), {})[col_number(ref.group(1))] = cell
            self.sheets.append((name, xml, rows))

    def si_text(self, index):
        if 0 <= index < len(self.si_nodes):
            return "".join(self.sst_texts[i] for i in self.si_nodes[index])
        return ""

    def grid_tables(self):
        """One grid per sheet: [(row number, {column number: cell})]."""
        return [sorted(rows.items()) for _, _, rows in self.sheets]

    def text(self, cell):
        if cell is None:
            return ""
        if cell.new_text is not None:
            return cell.new_text
        if cell.type == "s":
            try:
                return self.si_text(int(cell.value))
            except (TypeError, ValueError):
                return ""
        if cell.type == "inlineStr":
            return cell.inline or ""
        return cell.value or ""

    def settable(self, cell):
        return cell is not None

    def _head(self, cell, t):
        attrs = ' r="%s"' % cell.ref
        if cell.style is not None:
            attrs += ' s="%s"' % cell.style
        if t:
            attrs += ' t="%s"' % t
        return "<c" + attrs

    def set_text(self, cell, text):
        if cell is None:
            return False
        if text == "":
            cell.new_xml = self._head(cell, None) + "/>"
        else:
            cell.new_xml = (self._head(cell, "inlineStr") + '><is><t xml:space="preserve">%s</t></is></c>'
                            % escape(text))
        cell.new_text = text
        return True

    def set_number(self, cell, number):
        if cell is None:
            return False
        cell.new_xml = self._head(cell, None) + "><v>%s</v></c>" % number
        cell.new_text = number
        return True

    def mutate_numbers(self, fn):
        """fn(text, context): on every shared string's text nodes (context:
        the whole string, which LibreOffice splits into runs by script) and
        on the sheets' numeric and inline-string cells."""
        for nodes in self.si_nodes:
            context = "".join(self.sst_texts[i] for i in nodes)
            for i in nodes:
                new = fn(self.sst_texts[i], context)
                if new != self.sst_texts[i]:
                    self.sst_texts[i] = new
                    self.sst_dirty.add(i)
        for _, _, rows in self.sheets:
            for cols in rows.values():
                for cell in cols.values():
                    if cell.new_xml is not None:
                        continue
                    if cell.type == "n" and cell.value and re.fullmatch(r"-?\d+(\.\d+)?", cell.value):
                        new = fn(cell.value, cell.value)
                        if new != cell.value:
                            cell.new_xml = cell.raw.replace("<v>%s</v>" % cell.value, "<v>%s</v>" % new, 1)
                            cell.new_text = new
                    elif cell.type in ("inlineStr", "str"):
                        old = self.text(cell)
                        new = fn(old, old)
                        if new != old:
                            self.set_text(cell, new)

    def render(self):
        out = {}
        if self.sst_dirty:
            parts, pos = [], 0
            for i in sorted(self.sst_dirty):
                s, e = self.sst_spans[i]
                parts.append(self.sst_xml[pos:s])
                parts.append(escape(self.sst_texts[i]))
                pos = e
            parts.append(self.sst_xml[pos:])
            out["xl/sharedStrings.xml"] = "".join(parts)
        for name, xml, rows in self.sheets:
            edits = sorted((c.span, c.new_xml) for cols in rows.values() for c in cols.values()
                           if c.new_xml is not None)
            if not edits:
                continue
            parts, pos = [], 0
            for (s, e), new in edits:
                parts.append(xml[pos:s])
                parts.append(new)
                pos = e
            parts.append(xml[pos:])
            out[name] = "".join(parts)
        return out


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + ord(ch) - 64
    return n


# ------------------------------------------------------------------ the edits

HEADERS = {
    "name": ("三级指标",),
    "level2": ("二级指标",),
    "desc": ("绩效指标描述", "指标解释", "指标说明"),
    "value": ("指标值",),
    "basis": ("指标值确定依据",),
    "unit": ("度量单位", "计量单位", "单位"),
}
NUMBER = re.compile(r"\d+(?:\.\d+)?")
NO_DIGIT_EDIT = re.compile(r"^\s*\d{6,}[0-9A-Z]*\s*$|月底|季度|月份|[上下]半年")  # project codes, plan labels


def indicator_blocks(doc, fmt):
    """Each block: (columns {field: column key}, [row cells dict]) for the
    indicator rows following a header row holding 三级指标."""
    blocks = []
    for grid in doc.grid_tables():
        current = None
        previous_key = None
        for key, cells in grid:
            texts = {k: norm(doc.text(c)) for k, c in cells.items()}
            if "三级指标" in texts.values():
                columns = {}
                for field, labels in HEADERS.items():
                    for k, t in sorted(texts.items()):
                        if t in labels and field not in columns:
                            columns[field] = k
                if "name" in columns:
                    current = (columns, [], len(cells))
                    blocks.append(current)
                else:
                    current = None
            elif current is not None:
                columns, rows, width = current
                if fmt == "docx":
                    fits = len(cells) == width
                else:
                    fits = key == previous_key + 1 and any(
                        texts.get(columns.get(f)) for f in ("name", "level2"))
                if fits and "项目编码" not in texts.values():
                    rows.append(cells)
                else:
                    current = None
            previous_key = key
    return [(columns, rows) for columns, rows, _ in blocks if rows]


def name_cells(doc):
    """The cells holding a project name: the cell after each 项目名称 label."""
    found = []
    for grid in doc.grid_tables():
        for _, cells in grid:
            keys = sorted(cells)
            for i, k in enumerate(keys):
                if norm(doc.text(cells[k])) == "项目名称" and i + 1 < len(keys):
                    found.append(cells[keys[i + 1]])
    return found


def digit_mutator(rng, p):
    def mutate(text, context):
        if not text or p <= 0 or not any(ch.isdigit() for ch in text) or NO_DIGIT_EDIT.search(context):
            return text

        def one(m):
            if rng.random() >= p:
                return m.group(0)
            s = list(m.group(0))
            positions = [i for i, ch in enumerate(s) if ch.isdigit()]
            i = rng.choice(positions)
            integer_digits = len(m.group(0).split(".")[0])
            pool = "123456789" if i == 0 and integer_digits > 1 else "0123456789"
            pool = pool.replace(s[i], "")
            s[i] = rng.choice(pool)
            return "".join(s)
        return NUMBER.sub(one, text)
    return mutate


def vary(source, copy_number, rng):
    """The edited parts of one copy: ({part name: bytes}, edit counts)."""
    fmt = source.ext
    doc = Docx(source.parts["word/document.xml"]) if fmt == "docx" else Xlsx(source.parts, source.sheet_names())
    edits = {}

    p = rng.choice([0.0, 0.03, 0.08, 0.15, 0.3])
    if p:
        doc.mutate_numbers(digit_mutator(rng, p))
        edits["digit_p"] = p

    named = 0
    for cell in name_cells(doc):
        name = doc.text(cell)
        if name.strip() and doc.settable(cell):
            named += doc.set_text(cell, "%s（%04d）" % (name, copy_number))
    edits["names"] = named

    blocks = indicator_blocks(doc, fmt)

    def pick(field, need_text=True, filt=None):
        candidates = []
        for bi, (columns, rows) in enumerate(blocks):
            if field not in columns:
                continue
            for ri, cells in enumerate(rows):
                cell = cells.get(columns[field])
                if not doc.settable(cell) or (need_text and not doc.text(cell).strip()):
                    continue
                if filt and not filt(columns, cells):
                    continue
                candidates.append((bi, ri, cell))
        return rng.choice(candidates) if candidates else None

    swaps = 0
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        usable = []
        for columns, rows in blocks:
            cells = [r.get(columns["name"]) for r in rows]
            cells = [c for c in cells if doc.settable(c) and doc.text(c).strip()]
            if len(cells) >= 2:
                usable.append(cells)
        if not usable:
            break
        a, b = rng.sample(rng.choice(usable), 2)
        ta, tb = doc.text(a), doc.text(b)
        if ta != tb:
            doc.set_text(a, tb)
            doc.set_text(b, ta)
            swaps += 1
    if swaps:
        edits["swapped_names"] = swaps

    emptied = 0
    for _ in range(rng.choice([0, 0, 0, 1, 1, 2])):
        hit = pick("basis")
        if hit:
            emptied += doc.set_text(hit[2], "")
    if emptied:
        edits["emptied_basis"] = emptied

    unitless = 0
    for _ in range(rng.choice([0, 0, 1, 1, 2])):
        number = str(rng.choice([1, 2, 3, 5, 6, 10, 12, 30, 50, 80, 85, 90, 95, 98, 100, 300, 500]))
        hit = pick("value", need_text=False)
        if not hit:
            break
        bi, ri, cell = hit
        columns, rows = blocks[bi]
        if "unit" in columns:  # split layout: a number beside an empty unit
            unit = rows[ri].get(columns["unit"])
            if doc.settable(unit):
                doc.set_text(unit, "")
            unitless += doc.set_number(cell, number)
        else:
            unitless += doc.set_text(cell, rng.choice(["≥", "≤", "", "≥", "＝"]) + number)
    if unitless:
        edits["unitless_values"] = unitless

    return {name: text.encode("utf-8") for name, text in doc.render().items()}, edits


# ------------------------------------------------------------------ corpus

def find_sources():
    """The readable fixtures, .docx and .xlsx: seeds/ and checks/<rule>/."""
    paths = sorted(glob.glob(os.path.join(FIXTURES, "seeds", "*.docx")) +
                   glob.glob(os.path.join(FIXTURES, "seeds", "*.xlsx")) +
                   glob.glob(os.path.join(FIXTURES, "checks", "*", "*.docx")) +
                   glob.glob(os.path.join(FIXTURES, "checks", "*", "*.xlsx")))
    by_format = {"docx": [], "xlsx": []}
    for path in paths:
        rel = os.path.relpath(path, FIXTURES)
        by_format[os.path.splitext(path)[1][1:]].append(Source(path, rel))
    return by_format


def copy_stem(source):
    """seeds/000.python-docx.docx -> 000.python-docx;
    checks/basis-empty/fail.openpyxl.xlsx -> basis-empty.fail.openpyxl"""
    parts = source.rel.split(os.sep)
    stem = os.path.splitext(parts[-1])[0]
    return stem if parts[0] == "seeds" else "%s.%s" % (parts[1], stem)


def make_queue(outdir, files, seed):
    sources = find_sources()
    order = ["docx", "xlsx"]
    listing = []
    for i in range(files):
        fmt = order[i % 2]
        pool = sources[fmt]
        source = pool[(i // 2) % len(pool)]
        number = i + 1
        rng = random.Random("jxlint-corpus:%d:%d" % (seed, number))
        dept = rng.choice(DEPARTMENTS)
        changed, edits = vary(source, number, rng)
        rel = os.path.join("queue", dept, "%s-%04d.%s" % (copy_stem(source), number, fmt))
        path = os.path.join(outdir, rel)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        write_zip(path, source, changed)
        listing.append({"path": rel, "source": "fixtures/" + source.rel, "edits": edits})
    return listing, {fmt: len(pool) for fmt, pool in sources.items()}


def load_hostile_make():
    sys.dont_write_bytecode = True  # no __pycache__ left in fixtures/hostile or fixtures/tools
    spec = importlib.util.spec_from_file_location("jxlint_hostile_make", os.path.join(HOSTILE, "make.py"))
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def make_rows(outdir):
    groups = {}
    made = None
    with tempfile.TemporaryDirectory(prefix="jxlint-corpus-") as tmp:
        for rows, fmt, copies, name in ROW_GROUPS:
            if name is None:
                if made is None:
                    made = os.path.join(tmp, "table-%d.%s" % (rows, fmt))
                    load_hostile_make().table_docx(rows)(made)
                src, label = made, "fixtures/hostile/make.py table_docx(%d)" % rows
            else:
                src, label = os.path.join(HOSTILE, name), "fixtures/hostile/" + name
            group = "%d-%s" % (rows, fmt)
            folder = os.path.join(outdir, "rows", group)
            os.makedirs(folder, exist_ok=True)
            listed = []
            for n in range(1, copies + 1):
                rel = os.path.join("rows", group, "%02d.%s" % (n, fmt))
                shutil.copyfile(src, os.path.join(outdir, rel))
                listed.append(rel)
            groups[group] = {"format": fmt, "rows_per_file": rows, "rows_total": rows * copies,
                             "source": label, "files": listed,
                             "bytes": sum(os.path.getsize(os.path.join(outdir, p)) for p in listed)}
    return groups


def read_manifest(outdir):
    try:
        with open(os.path.join(outdir, "manifest.json"), encoding="utf-8") as f:
            return json.load(f)
    except (OSError, ValueError):
        return None


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("outdir")
    parser.add_argument("--files", type=int, default=2400, help="queue copies (default 2400)")
    parser.add_argument("--seed", type=int, default=1, help="random seed (default 1)")
    args = parser.parse_args()
    if args.files < 0:
        parser.error("--files must be >= 0")
    outdir = os.path.abspath(args.outdir)
    params = {"files": args.files, "seed": args.seed}

    old = read_manifest(outdir)
    if (old and old.get("generator") == GENERATOR and old.get("generator_version") == GENERATOR_VERSION
            and old.get("params") == params):
        print("corpus ready: %s (%d files, %.1f MiB; manifest matches files=%d seed=%d, generator v%d)"
              % (outdir, old["total"]["files"], old["total"]["bytes"] / MiB, args.files, args.seed,
                 GENERATOR_VERSION))
        return 0

    if os.path.isdir(outdir) and os.listdir(outdir):
        ours = old is not None and old.get("generator") == GENERATOR
        if not ours:
            sys.exit("%s exists, is not empty and holds no manifest.json of %s: refusing to delete it"
                     % (outdir, GENERATOR))
        os.remove(os.path.join(outdir, "manifest.json"))  # first, so an interrupted rebuild is redone
        for name in os.listdir(outdir):
            path = os.path.join(outdir, name)
            if os.path.isdir(path) and not os.path.islink(path):
                shutil.rmtree(path)
            else:
                os.remove(path)
    os.makedirs(outdir, exist_ok=True)

    started = time.monotonic()
    listing, source_counts = make_queue(outdir, args.files, args.seed)
    queue_seconds = time.monotonic() - started
    groups = make_rows(outdir)

    queue_bytes = {"docx": 0, "xlsx": 0}
    queue_files = {"docx": 0, "xlsx": 0}
    for item in listing:
        fmt = item["path"].rsplit(".", 1)[1]
        queue_files[fmt] += 1
        queue_bytes[fmt] += os.path.getsize(os.path.join(outdir, item["path"]))
    rows_files = {"docx": 0, "xlsx": 0}
    rows_bytes = {"docx": 0, "xlsx": 0}
    for g in groups.values():
        rows_files[g["format"]] += len(g["files"])
        rows_bytes[g["format"]] += g["bytes"]
    total_files = sum(queue_files.values()) + sum(rows_files.values())
    total_bytes = sum(queue_bytes.values()) + sum(rows_bytes.values())
    manifest = {
        "generator": GENERATOR,
        "generator_version": GENERATOR_VERSION,
        "params": params,
        "total": {"files": total_files, "bytes": total_bytes,
                  "by_format": {f: queue_files[f] + rows_files[f] for f in ("docx", "xlsx")}},
        "queue": {"files": sum(queue_files.values()), "bytes": sum(queue_bytes.values()),
                  "by_format": queue_files, "bytes_by_format": queue_bytes,
                  "sources_by_format": source_counts,
                  "departments": sorted({item["path"].split(os.sep)[1] for item in listing})},
        "rows": {"files": sum(rows_files.values()), "bytes": sum(rows_bytes.values()),
                 "by_format": rows_files, "groups": groups},
        "queue_files": listing,
    }
    tmp = os.path.join(outdir, "manifest.json.tmp")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(manifest, f, ensure_ascii=False, indent=1)
        f.write("\n")
    os.replace(tmp, os.path.join(outdir, "manifest.json"))

    elapsed = time.monotonic() - started
    print("corpus written to %s in %.1f s (queue %.1f s, rows %.1f s)"
          % (outdir, elapsed, queue_seconds, elapsed - queue_seconds))
    print("  queue: %5d files  (%d .docx, %d .xlsx from %d + %d fixtures)  %7.1f MiB"
          % (sum(queue_files.values()), queue_files["docx"], queue_files["xlsx"],
             source_counts["docx"], source_counts["xlsx"], sum(queue_bytes.values()) / MiB))
    print("  rows:  %5d files  (%d .docx, %d .xlsx; groups %s)  %7.1f MiB"
          % (sum(rows_files.values()), rows_files["docx"], rows_files["xlsx"],
             ", ".join("%s×%d" % (g, len(v["files"])) for g, v in groups.items()),
             sum(rows_bytes.values()) / MiB))
    print("  total: %5d files  (%d .docx, %d .xlsx)  %7.1f MiB"
          % (total_files, manifest["total"]["by_format"]["docx"], manifest["total"]["by_format"]["xlsx"],
             total_bytes / MiB))
    return 0


if __name__ == "__main__":
    sys.exit(main())
