#!/usr/bin/python3
"""The benchmark's baseline: what a user would write instead of jxlint.

A plain Python script, using Debian's python-docx and openpyxl, that does the
same job as jxlint's six core checks on 绩效目标表 (performance target tables)
in .docx and .xlsx submissions:

  basis-empty         指标值确定依据 empty (or only / - — 无); a table with no
                      such column is reported once
  desc-repeats-name   绩效指标描述 equal to the 三级指标 name (ignoring spaces,
                      punctuation and full/half width)
  goal-placeholder    template text left in 绩效目标 (目标内容1, 请输入…, ×××)
  percent-over-100    a rate targeted at ≥100, >100 or =120 …
  plan-not-100        cumulative 资金支出计划 not exactly 100% at 12月底/四季度
  value-missing-unit  a numeric 指标值 with no unit

How it reads: every .docx table becomes a grid of cell texts (python-docx
repeats merged cells, so each row knows its labels); every .xlsx sheet becomes
a grid too (openpyxl read-only, data_only; percent-formatted numbers are shown
as "30%"). One scanner walks a grid row by row and finds the tables by their
labels, never by position: 项目名称 starts a project, 资金支出计划 / 预算执行进度
is followed by its figures, 绩效目标 holds the goal, and the header row
(三级指标 … 指标值 …) names the indicator columns, in both layouts: the single
指标值 column (≥95%) and the split export (指标性质 | 指标值 | 度量单位), whose
parts are merged back into one value before checking. Stacked tables in one
sheet and tables continued after a page break (a second table starting with
the header row) need nothing special.

Known limits, kept because they are what python-docx gives a user: python-docx
sizes a table's grid from w:tblGrid, so a LibreOffice continuation table whose
tblGrid has fewer columns than its spans (seed 003, table 2) is read shifted;
jxlint-disable comments (suppressions) are not honoured.

Usage: /usr/bin/python3 bench/python_baseline.py [--files-from LIST] [PATH ...]
Prints "path: rule: message" per finding on stdout and
"files N findings M errors E" on stderr; a file that cannot be read is
reported as "path: error: ..." and counted. Always exits 0.
"""
import argparse
import os
import re
import sys
import unicodedata

import docx
import openpyxl

# ---------------------------------------------------------------- text helpers

def nfkc(s):
    return unicodedata.normalize("NFKC", s or "")


def norm(s):
    """NFKC, no whitespace at all: for comparing labels."""
    return re.sub(r"\s+", "", nfkc(s))


def fold(s):
    """norm() and no punctuation or symbols: for comparing free texts."""
    return "".join(ch for ch in norm(s)
                   if not unicodedata.category(ch).startswith(("P", "S")))


NAME_LABELS = {"项目名称"}
CODE_LABELS = {"项目编码", "项目代码"}
GOAL_LABELS = {"绩效目标", "年度绩效目标", "年度目标", "总体目标", "年度总体目标"}
PLAN_PREFIXES = ("资金支出计划", "预算执行进度", "支出进度计划")
HEADER_COLUMNS = {  # normalised header text -> field
    "一级指标": "l1", "二级指标": "l2", "三级指标": "name",
    "绩效指标描述": "desc", "指标描述": "desc", "指标解释": "desc", "指标说明": "desc",
    "指标值": "value", "目标值": "value", "指标值确定依据": "basis", "确定依据": "basis",
    "指标性质": "op", "计算符号": "op", "度量单位": "unit", "计量单位": "unit", "单位": "unit",
}

OPS = r"(?:>=|<=|≥|≤|≧|≦|>|<|=|不低于|不少于|不高于|不超过|大于等于|小于等于|大于|小于|等于)"
NUMBER_VALUE = re.compile(r"^(" + OPS + r")?\s*([0-9][0-9,]*(?:\.[0-9]+)?)\s*(.*)$", re.S)
OP_CANON = {">=": "≥", "≧": "≥", "不低于": "≥", "不少于": "≥", "大于等于": "≥",
            "<=": "≤", "≦": "≤", "不高于": "≤", "不超过": "≤", "小于等于": "≤",
            "大于": ">", "小于": "<", "等于": "="}
EMPTY_BASIS = {"", "/", "-", "—", "——", "--", "无", "-/-"}
PLACEHOLDERS = [re.compile(p) for p in (
    r"目标内容\s*[0-9一二三四五六七八九十]+",
    r"请(?:在此)?(?:输入|填写|录入)[^，。；,;\n]*",
    r"[×X]{3,}",
)]
RATE_WORDS = ("率", "比例", "占比", "百分比", "满意度")
YEAR_END = re.compile(r"12月|十二月|四季度|第4季度|全年|年底|年末")


def parse_value(text):
    """'≥ 95 %' -> ('≥', 95.0, '%'); qualitative text -> (None, None, text)."""
    m = NUMBER_VALUE.match(nfkc(text).strip())
    if not m:
        return None, None, nfkc(text).strip()
    op = OP_CANON.get(m.group(1), m.group(1)) if m.group(1) else "="
    return op, float(m.group(2).replace(",", "")), m.group(3).strip()


def parse_percent(text):
    t = norm(text).rstrip("%")
    try:
        return float(t)
    except ValueError:
        return None

# ---------------------------------------------------------------- readers

def docx_grids(path):
    """One grid (list of rows of cell texts) per table in the document."""
    document = docx.Document(path)
    grids = []
    for table in document.tables:
        # row.cells rebuilds the whole table's cell list on every call in
        # python-docx 0.8.11; take it once (the usual fix) and cut it in rows.
        cells = table._cells
        ncols = len(table.columns)
        texts = {}
        grid = []
        for start in range(0, len(cells), ncols):
            row = []
            for cell in cells[start:start + ncols]:
                key = id(cell._tc)
                if key not in texts:  # merged cells repeat: read each once
                    texts[key] = cell.text
                row.append(texts[key])
            grid.append(row)
        grids.append(grid)
    return grids


def xlsx_text(cell):
    v = cell.value
    if v is None:
        return ""
    if isinstance(v, bool):
        return str(v)
    if isinstance(v, (int, float)):
        fmt = cell.number_format or ""
        if "%" in fmt:
            return "%s%%" % format(round(v * 100, 6), "g")
        if float(v).is_integer():
            return str(int(v))
        return repr(v)
    return str(v)


def xlsx_grids(path):
    """One grid per sheet (several tables may be stacked in a sheet)."""
    wb = openpyxl.load_workbook(path, read_only=True, data_only=True)
    try:
        return [[[xlsx_text(c) for c in row] for row in ws.iter_rows()]
                for ws in wb.worksheets]
    finally:
        wb.close()

# ---------------------------------------------------------------- the checks

class Scanner:
    """Walks the grids of one file and reports (rule, message) for the six checks."""

    def __init__(self, report):
        self.report = report
        self.project = "?"
        self.columns = None      # field -> column index, while in indicator rows
        self.plan_labels = None  # the row of period labels, waiting for figures

    def scan(self, grid):
        self.columns = self.plan_labels = None  # the project carries over
        for row in grid:
            self.row(row)

    def where(self, name=None):
        return "[%s] %s" % (self.project, name) if name else "[%s]" % self.project

    def row(self, row):
        cells = [c.strip() for c in row]
        labels = [norm(c) for c in cells]
        filled = [c for c in cells if c]
        if self.plan_labels is not None:
            self.check_plan(self.plan_labels, cells)
            self.plan_labels = None
            return
        if len(set(filled)) < 2 and not (filled and labels[0] in GOAL_LABELS):
            self.columns = None  # a blank row or a title row ends a table
            return
        first = next((i for i, l in enumerate(labels) if l), 0)
        head = labels[first]
        if NAME_LABELS & set(labels) or head in CODE_LABELS:
            self.columns = None
            self.project = "?"
            if "项目名称" in labels:
                i = labels.index("项目名称")
                self.project = next((c for c in cells[i + 1:] if c and norm(c) != "项目名称"), "?")
            return
        if head.startswith(PLAN_PREFIXES):
            self.columns = None
            self.plan_labels = cells
            return
        if head in GOAL_LABELS:
            self.columns = None
            goal = next((c for c in cells[first + 1:] if c and norm(c) != head), "")
            self.check_goal(goal)
            return
        if "三级指标" in labels and ("指标值" in labels or "指标值确定依据" in labels):
            self.columns = {}
            for i, l in enumerate(labels):
                field = HEADER_COLUMNS.get(l)
                if field and field not in self.columns:
                    self.columns[field] = i
            if "basis" not in self.columns:
                self.report("basis-empty", "%s 表中没有「指标值确定依据」一列" % self.where())
            return
        if self.columns is not None:
            self.check_indicator(cells)

    def check_goal(self, goal):
        text = nfkc(goal)
        for pattern in PLACEHOLDERS:
            m = pattern.search(text)
            if m:
                self.report("goal-placeholder", "%s 绩效目标仍保留模板占位文字「%s」"
                            % (self.where(), m.group(0)))
                return

    def check_plan(self, labels, figures):
        periods = []  # (label, figure) per period, merged duplicates dropped
        for j in range(1, len(labels)):
            label = norm(labels[j])
            if not label or (label == norm(labels[j - 1]) and
                             (j >= len(figures) or figures[j] == figures[j - 1])):
                continue
            periods.append((label, figures[j] if j < len(figures) else ""))
        end = [p for p in periods if YEAR_END.search(p[0])]
        if not end:
            self.report("plan-not-100", "%s 资金支出计划中没有 12月底 节点" % self.where())
            return
        label, text = end[-1]
        value = parse_percent(text)
        if value is not None and abs(value - 100) < 1e-9:
            return
        if value is None:
            msg = "%s 的累计支出计划为空，应为100%%" % label
        else:
            msg = "%s 的累计支出计划为 %s，应为100%%" % (label, text)
            shares = [parse_percent(f) for _, f in periods]
            if all(s is not None or not f for s, (_, f) in zip(shares, periods)) and \
                    abs(sum(s for s in shares if s is not None) - 100) < 1e-9:
                msg += "（各节点相加为100%，似乎误填成了分期比例）"
        self.report("plan-not-100", "%s %s" % (self.where(), msg))

    def check_indicator(self, cells):
        def get(field):
            i = self.columns.get(field)
            return cells[i] if i is not None and i < len(cells) else ""
        name, desc, basis = get("name"), get("desc"), get("basis")
        if "op" in self.columns or "unit" in self.columns:  # split layout
            op = norm(get("op"))
            if op == "定性":
                value = get("value")
            else:
                value = ("" if op == "=" else op) + get("value") + get("unit").strip()
        else:
            value = get("value")
        if not (name or value):
            return
        where = self.where(name or "?")
        if "basis" in self.columns and norm(basis) in EMPTY_BASIS:
            self.report("basis-empty", "%s 指标值确定依据为空" % where)
        if desc and name and fold(desc) == fold(name):
            self.report("desc-repeats-name", "%s 绩效指标描述「%s」只是重复了三级指标名称" % (where, desc))
        op, number, unit = parse_value(value)
        if number is None:
            return
        if not unit:
            self.report("value-missing-unit", "%s 指标值「%s」没有计量单位" % (where, value))
        is_rate = unit == "%" or (not unit and any(w in name + desc for w in RATE_WORDS))
        if is_rate and ((op in ("≥", ">") and number >= 100) or (op == "=" and number > 100)):
            self.report("percent-over-100", "%s 比率类指标的目标值「%s」达到或超过100%%" % (where, value))

# ---------------------------------------------------------------- driver

def lint(path, out):
    findings = []
    report = lambda rule, msg: findings.append("%s: %s: %s" % (path, rule, msg))
    grids = docx_grids(path) if path.lower().endswith(".docx") else xlsx_grids(path)
    scanner = Scanner(report)  # one per file: a continued table keeps its project
    for grid in grids:
        scanner.scan(grid)
    if findings:
        out.write("\n".join(findings) + "\n")
    return len(findings)


def collect(paths):
    for p in paths:
        if os.path.isdir(p):
            for root, dirs, files in os.walk(p):
                dirs.sort()
                for f in sorted(files):
                    if f.lower().endswith((".docx", ".xlsx")) and not f.startswith("~$"):
                        yield os.path.join(root, f)
        else:
            yield p


def main():
    ap = argparse.ArgumentParser(description="Baseline checker for 绩效目标表 (python-docx + openpyxl).")
    ap.add_argument("--files-from", metavar="LIST", help="read paths, one per line, from LIST (- for stdin)")
    ap.add_argument("paths", nargs="*")
    args = ap.parse_args()
    paths = list(args.paths)
    if args.files_from:
        stream = sys.stdin if args.files_from == "-" else open(args.files_from, encoding="utf-8")
        with stream:
            paths += [line.strip() for line in stream if line.strip()]
    nfiles = nfindings = nerrors = 0
    out = sys.stdout
    for path in collect(paths):
        nfiles += 1
        try:
            nfindings += lint(path, out)
        except Exception as e:  # unreadable, not a zip, password-protected …
            nerrors += 1
            out.write("%s: error: %s: %s\n" % (path, type(e).__name__, e))
    out.flush()
    sys.stderr.write("files %d findings %d errors %d\n" % (nfiles, nfindings, nerrors))
    return 0


if __name__ == "__main__":
    sys.exit(main())
