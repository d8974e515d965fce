#!/usr/bin/env python3
"""Score `timeliner extract` against the hand-made events gold set (issue 14).

usage:
  python3 tests/events_gold/score_events.py DATA_DIR --bin target/release/timeliner
         [--gold DIR] [--jobs N] [--verbose] [--only DOC...]
  python3 tests/events_gold/score_events.py --self-test

DATA_DIR holds tempeval3/ and wikiwars-dev/ (the gold names each article by corpus and file).

What timeliner is given
  The plain text of each article: the content of <TEXT> with every tag removed and the XML
  entities decoded (exactly the text the TempEval scorers give a tool), written to a temporary
  `<doc>.txt` and run as
      timeliner extract FILE.txt --reference-date DATE [--doc-type narrative] -o OUT.yaml
  (news in the default `auto` reading, as a user runs it; history with `--doc-type narrative`).
  The gold's `at` offsets are character offsets into that plain text; timeliner's mention
  `start`/`end` are byte offsets into the same text and are converted to characters.

Matching (one to one)
  An extracted event is a *candidate* for a gold event when
    - one of its mentions overlaps the gold event's anchor sentence `at`, or its quote is that
      sentence (whitespace collapsed), or the same holds for one of the gold's `also`
      sentences (other sentences that tell the same happening), and
    - its dates are compatible: its [date, end] and the gold's [date, end], read as day
      intervals (a year is its whole year, 1990s its decade, 2019-Q3 its quarter, `~` dropped),
      overlap (so a lead dated to the reference day is found dated to its month).
  Pairs are then taken greedily, best first: exact date before compatible date, the anchor
  before an `also` sentence, larger overlap before smaller, text order last. Each gold event and each extracted event is
  in at most one pair.

Figures (news, history, all)
  precision   extracted events that are a candidate of some gold event ("in the gold")
  recall      gold events paired
  date right  pairs whose date is the gold date exactly (after dropping `~`; BC years in any
              spelling: `490 BCE`, `490 BC`, `-0489`)
  end right   pairs whose gold has an `end` and the tool's end is that end exactly
  ranges      gold events with an `end` whose paired event has any `end`
  status      pairs whose status (default `happened`) is the gold status
  duplicates  extracted events that are candidates only of gold events already paired with
              another extracted event, as a share of all extracted events
  lead found  news articles whose `lead: true` event is paired (and with its date right)
  top found   history `top: true` events paired with the right date
  titles      on pairs, the share of the tool's titles that pass each check a program can make
              and all of them (defined in titles.py): at most 70 characters; a subject and a
              verb; nothing cut; from the sentence that holds the date.
"""
import argparse
import bisect
import datetime
import json
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from titles import check_clause, check_same, check_whole, title_checks  # noqa: E402

try:
    import yaml  # PyYAML
except ImportError:  # pragma: no cover - the tiny reader below is used instead
    yaml = None

# --------------------------------------------------------------------------
# Articles: the plain text of a TimeML file (as the TempEval scorers compute it)
# --------------------------------------------------------------------------

_MARKUP_RE = re.compile(r"<(?:!--.*?--|\?.*?\?|![^>]*|(/?)([A-Za-z_][\w:.\-]*)([^>]*?)(/?))>", re.S)
_ATTR_RE = re.compile(r"([A-Za-z_][\w:.\-]*)\s*=\s*(?:\"([^\"]*)\"|'([^']*)')")
_ENTITY_RE = re.compile(r"&(amp|lt|gt|quot|apos|#[0-9]+|#x[0-9a-fA-F]+);")
_ENTITY_MAP = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}


def _decode(s):
    def rep(m):
        e = m.group(1)
        if e in _ENTITY_MAP:
            return _ENTITY_MAP[e]
        try:
            return chr(int(e[2:], 16) if e.startswith("#x") else int(e[1:]))
        except (ValueError, OverflowError):
            return m.group(0)
    return _ENTITY_RE.sub(rep, s)


def _attrs(s):
    out = {}
    for m in _ATTR_RE.finditer(s or ""):
        out[m.group(1)] = _decode(m.group(2) if m.group(2) is not None else m.group(3))
    return out


class Article:
    def __init__(self, text, dct, timexes):
        self.text = text          # the plain text timeliner is given
        self.dct = dct            # YYYY-MM-DD or ""
        self.timexes = timexes    # (start, end, value) of the corpus' TIMEX3s, for show.py


def parse_tml(data):
    """The plain text of a TimeML document, its DCT and its TIMEX3s (character offsets)."""
    dct = ""
    m = re.search(r"<DCT\b[^>]*>(.*?)</DCT>", data, re.S)
    if m:
        t = re.search(r"<TIMEX3\b([^>]*)>", m.group(1))
        if t:
            dct = _attrs(t.group(1)).get("value", "")[:10]
    m = re.search(r"<TEXT(\s[^>]*)?>", data)
    body = data[m.end(): data.find("</TEXT>", m.end())] if m else data
    out, pos, last, stack, timexes = [], 0, 0, [], []
    for tag in _MARKUP_RE.finditer(body):
        chunk = _decode(body[last:tag.start()])
        out.append(chunk)
        pos += len(chunk)
        last = tag.end()
        if tag.group(2) != "TIMEX3" or tag.group(4) == "/":
            continue
        if tag.group(1) != "/":
            stack.append((pos, _attrs(tag.group(3))))
        elif stack:
            start, a = stack.pop()
            if a.get("functionInDocument") != "CREATION_TIME" and a.get("tid") != "t0":
                timexes.append((start, pos, a.get("value", "")))
    out.append(_decode(body[last:]))
    timexes.sort()
    return Article("".join(out), dct, timexes)


def read_tml(path):
    with open(path, "rb") as fh:
        data = fh.read()
    for enc in ("utf-8", "cp1252", "latin-1"):
        try:
            return parse_tml(data.decode(enc))
        except UnicodeDecodeError:
            continue
    raise AssertionError("unreachable: latin-1 decodes anything")


# The sentence rule of score_anchors.py (used by show.py to print offsets while writing gold).
_ABBREVIATIONS = frozenset("""
    mr mrs ms messrs dr prof rev hon pres sen rep gov gen col lt sgt capt cmdr adm maj supt
    st jr sr co corp inc ltd bros jan feb mar apr jun jul aug sep sept oct nov dec
""".split())
_SENT_END_RE = re.compile(r"""([.!?]+)(["'\u201d\u2019)\]]*)\s+(?=["'`\u201c\u2018(\[]*[A-Z])""")
_BLANK_LINE_RE = re.compile(r"\n[ \t\r\f\v]*\n\s*")
_INITIALS_RE = re.compile(r"(?:[a-z]\.)*[a-z]")


def sentence_spans(text):
    """[start, end) of each sentence, without the whitespace around it."""
    starts = {0}
    for m in _BLANK_LINE_RE.finditer(text):
        starts.add(m.end())
    for m in _SENT_END_RE.finditer(text):
        if m.group(1) == "." and not m.group(2):
            j = i = m.start()
            while j > 0 and not text[j - 1].isspace():
                j -= 1
            word = text[j:i].lstrip("\"'`([\u201c\u2018").lower()
            if word in _ABBREVIATIONS or _INITIALS_RE.fullmatch(word):
                continue
        starts.add(m.end())
    starts = sorted(starts)
    spans = []
    for i, s in enumerate(starts):
        e = starts[i + 1] if i + 1 < len(starts) else len(text)
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            spans.append((s, e))
    return spans


# --------------------------------------------------------------------------
# Dates
# --------------------------------------------------------------------------

_SEASONS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def norm_date(v):
    """A date as a canonical string: `~` dropped, BC years as `-NNNN` ISO (1 BC is 0000)."""
    if v is None:
        return None
    if isinstance(v, (datetime.date, datetime.datetime)):
        return v.strftime("%Y-%m-%d")
    s = str(v).strip().strip("'\"").lstrip("~").strip()
    m = re.fullmatch(r"(\d+)\s*(BCE|BC)", s, re.I)
    if m:
        return "-%04d" % (int(m.group(1)) - 1)
    m = re.fullmatch(r"BC(\d+)", s)
    if m:
        return "-%04d" % (int(m.group(1)) - 1)
    if re.fullmatch(r"\d{1,3}", s):
        return "%04d" % int(s)
    return s


def interval(v):
    """The days a canonical date covers, as (first, last) ordinals of a proleptic calendar
    (years may be negative: counted as year*372 + month*31 + day, enough for ordering)."""
    if v is None:
        return None
    if v == "ongoing":
        return (10 ** 9, 10 ** 9)

    def day(y, mo, d):
        return y * 372 + mo * 31 + d
    m = re.fullmatch(r"(-?\d{4})(?:-(\d\d)(?:-(\d\d))?)?(?:T.*)?", v)
    if m:
        y = int(m.group(1))
        if m.group(3):
            d = day(y, int(m.group(2)), int(m.group(3)))
            return (d, d)
        if m.group(2):
            return (day(y, int(m.group(2)), 1), day(y, int(m.group(2)), 31))
        return (day(y, 1, 1), day(y, 12, 31))
    m = re.fullmatch(r"(\d{4})-W(\d\d?)(-WE)?", v)
    if m:
        a = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 6 if m.group(3) else 1)
        b = datetime.date.fromisocalendar(int(m.group(1)), int(m.group(2)), 7)
        return (day(a.year, a.month, a.day), day(b.year, b.month, b.day))
    m = re.fullmatch(r"(-?\d{4})-Q([1-4])", v)
    if m:
        y, q = int(m.group(1)), int(m.group(2))
        return (day(y, 3 * q - 2, 1), day(y, 3 * q, 31))
    m = re.fullmatch(r"(-?\d{4})-(SP|SU|FA|WI)", v)
    if m:
        y, (a, b) = int(m.group(1)), _SEASONS[m.group(2)]
        return (day(y, a, 1), day(y, b, 31))
    m = re.fullmatch(r"(\d{3})0s", v)
    if m:
        y = int(m.group(1)) * 10
        return (day(y, 1, 1), day(y + 9, 12, 31))
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th) century( BCE?)?", v)
    if m:
        c = int(m.group(1))
        if m.group(2):
            return (day(-100 * c, 1, 1), day(-100 * (c - 1) - 1, 12, 31))
        return (day(100 * (c - 1) + 1, 1, 1), day(100 * c, 12, 31))
    return None


def span_of(date, end):
    a, b = interval(date), interval(end) if end else None
    if a is None:
        return None
    return (a[0], b[1] if b else a[1])


def compatible(sys_date, sys_end, gold_date, gold_end):
    s, g = span_of(sys_date, sys_end), span_of(gold_date, gold_end)
    return s is not None and g is not None and s[0] <= g[1] and g[0] <= s[1]


# --------------------------------------------------------------------------
# Reading YAML (PyYAML, or a tiny reader for the subset the gold and timeliner write)
# --------------------------------------------------------------------------

def _scalar(s):
    s = s.strip()
    if s.startswith("[") and s.endswith("]"):
        return json.loads(s)  # flow lists of numbers: `[24, 163]`, `[[1, 2], [5, 9]]`
    if len(s) >= 2 and s[0] == s[-1] and s[0] in "'\"":
        return s[1:-1].replace("''", "'") if s[0] == "'" else s[1:-1]
    if s in ("true", "false"):
        return s == "true"
    if re.fullmatch(r"-?\d+", s):
        return int(s)
    return s


def _tiny_yaml(text):
    """Block mappings and sequences of mappings, plain or quoted scalars, flow lists, comments."""
    lines = []
    for raw in text.splitlines():
        line = re.sub(r"\s+#.*$", "", raw) if not raw.lstrip().startswith("#") else ""
        if line.strip() and line.strip() != "---":
            lines.append((len(line) - len(line.lstrip()), line.strip()))

    def block(i, indent):
        if i < len(lines) and lines[i][1].startswith("- ") and lines[i][0] == indent:
            seq = []
            while i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                lines[i] = (indent + 2, lines[i][1][2:])
                item, i = block(i, indent + 2)
                seq.append(item)
            return seq, i
        mapping = {}
        while i < len(lines) and lines[i][0] == indent:
            key, _, rest = lines[i][1].partition(":")
            i += 1
            if rest.strip():
                mapping[key.strip()] = _scalar(rest)
            elif i < len(lines) and lines[i][0] > indent:
                mapping[key.strip()], i = block(i, lines[i][0])
            elif i < len(lines) and lines[i][0] == indent and lines[i][1].startswith("- "):
                mapping[key.strip()], i = block(i, indent)
            else:
                mapping[key.strip()] = None
        return mapping, i
    return block(0, 0)[0] if lines else None


def load_yaml(text):
    if yaml is not None:
        return yaml.safe_load(text)
    return _tiny_yaml(text)


# --------------------------------------------------------------------------
# Gold and extracted events
# --------------------------------------------------------------------------

CORPUS_DIRS = {
    "tbaq/TimeBank": os.path.join("tempeval3", "tbaq", "TimeBank"),
    "tbaq/AQUAINT": os.path.join("tempeval3", "tbaq", "AQUAINT"),
    "wikiwars-dev": "wikiwars-dev",
}
STATUSES = ("happened", "planned", "reported")


class GoldDoc:
    def __init__(self, path):
        with open(path, encoding="utf-8") as fh:
            d = load_yaml(fh.read())
        self.path = path
        self.doc = d["doc"]
        self.corpus = d["corpus"]
        self.reference = norm_date(d["reference_date"])
        self.doc_type = d["doc_type"]
        self.events = []
        for i, e in enumerate(d.get("events") or []):
            at = e["at"]
            ev = {
                "date": norm_date(e["date"]), "end": norm_date(e.get("end")),
                "status": e.get("status", "happened"), "title": e["title"],
                "lead": bool(e.get("lead")), "top": bool(e.get("top")),
                "at": (int(at[0]), int(at[1])), "n": i,
            }
            ev["spans"] = [ev["at"]] + [(int(a), int(b)) for a, b in e.get("also") or []]
            problems = []
            if ev["status"] not in STATUSES:
                problems.append("status %r" % ev["status"])
            if interval(ev["date"]) is None:
                problems.append("date %r" % ev["date"])
            if ev["end"] and interval(ev["end"]) is None:
                problems.append("end %r" % ev["end"])
            if len(ev["title"]) > 70:
                problems.append("title longer than 70")
            if problems:
                raise ValueError("%s: event %d: %s" % (path, i + 1, ", ".join(problems)))
            self.events.append(ev)
        if self.corpus not in CORPUS_DIRS or self.doc_type not in ("news", "narrative"):
            raise ValueError("%s: corpus or doc_type" % path)

    def source(self, data_dir):
        return os.path.join(data_dir, CORPUS_DIRS[self.corpus], self.doc)

    @property
    def kind(self):
        return "history" if self.doc_type == "narrative" else "news"


def extracted_events(data, text):
    """The events of a timeline timeliner wrote, mention spans as character offsets."""
    raw = text.encode("utf-8")

    def char(b):
        return len(raw[:b].decode("utf-8", "ignore"))
    out = []
    for i, e in enumerate((data or {}).get("events") or []):
        spans = [(char(int(m["start"])), char(int(m["end"])))
                 for m in e.get("mentions") or [] if "start" in m and "end" in m]
        out.append({
            "date": norm_date(e.get("date")), "end": norm_date(e.get("end")),
            "status": e.get("status") or "happened", "title": str(e.get("title") or ""),
            "quote": " ".join(str(e.get("quote") or "").split()), "spans": spans, "n": i,
        })
    return out


# --------------------------------------------------------------------------
# Matching and counting
# --------------------------------------------------------------------------

def _overlap(a, b):
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def candidates(gold, ext, text):
    """(extracted index, gold index, exact date, overlap, which sentence) for every candidate
    pair; sentence 0 is the anchor `at`, the others the gold's `also` sentences."""
    pairs = []
    for g in gold:
        for k, span in enumerate(g["spans"]):
            sentence = " ".join(text[span[0]:span[1]].split())
            for e in ext:
                ov = max([_overlap(s, span) for s in e["spans"]] + [0])
                if ov == 0 and not (e["quote"] and e["quote"] == sentence):
                    continue
                if compatible(e["date"], e["end"], g["date"], g["end"]):
                    pairs.append((e["n"], g["n"], e["date"] == g["date"], max(ov, 1), k))
    return pairs


def match(gold, ext, text):
    """Pairs (gold index -> (extracted index, sentence)), the extracted events that are
    candidates of some gold event, and the duplicates among them."""
    pairs = candidates(gold, ext, text)
    pairs.sort(key=lambda p: (not p[2], p[4] > 0, -p[3], p[1], p[0]))
    by_ext, by_gold = {}, {}
    for e, g, _, _, k in pairs:
        if e not in by_ext and g not in by_gold:
            by_ext[e], by_gold[g] = g, (e, k)
    in_gold = {p[0] for p in pairs}
    duplicates = in_gold - set(by_ext)
    return by_gold, in_gold, duplicates


COUNTERS = ("docs", "gold", "extracted", "in_gold", "paired", "date_right", "ends", "end_right",
            "range_end", "status_right", "duplicates", "leads", "lead_found", "lead_date",
            "tops", "top_found", "t_length", "t_clause", "t_whole", "t_same", "t_all")


def score_doc(gd, text, ext):
    c = dict.fromkeys(COUNTERS, 0)
    c["docs"], c["gold"], c["extracted"] = 1, len(gd.events), len(ext)
    by_gold, in_gold, dups = match(gd.events, ext, text)
    c["in_gold"], c["paired"], c["duplicates"] = len(in_gold), len(by_gold), len(dups)
    misses, rows = [], []
    for g in gd.events:
        e, k = (ext[by_gold[g["n"]][0]], by_gold[g["n"]][1]) if g["n"] in by_gold else (None, 0)
        if g["end"]:
            c["ends"] += 1
        if g["lead"]:
            c["leads"] += 1
        if g["top"]:
            c["tops"] += 1
        if e is None:
            misses.append(g)
            continue
        right = e["date"] == g["date"]
        c["date_right"] += right
        if g["end"]:
            c["end_right"] += e["end"] == g["end"]
            c["range_end"] += e["end"] is not None
        c["status_right"] += e["status"] == g["status"]
        if g["lead"]:
            c["lead_found"] += 1
            c["lead_date"] += right
        if g["top"]:
            c["top_found"] += right
        start, end = g["spans"][k]
        checks = title_checks(e["title"], text[start:end], text[:start])
        for k, v in checks.items():
            c["t_" + k] += v
        rows.append((g, e, checks))
    extra = [e for e in ext if e["n"] not in in_gold]
    return c, {"misses": misses, "pairs": rows, "extra": extra, "dups": [ext[i] for i in sorted(dups)]}


def _pct(a, b):
    return "%6.1f%%" % (100.0 * a / b) if b else "     - "


def report(totals, out):
    w = out.write
    cols = [k for k in ("news", "history", "all") if totals.get(k)]
    w("%-34s" % "" + "".join("%18s" % k for k in cols) + "\n")

    def line(label, fn):
        w("%-34s" % label + "".join("%18s" % fn(totals[k]) for k in cols) + "\n")
    line("articles", lambda c: c["docs"])
    line("gold events", lambda c: c["gold"])
    line("events extracted", lambda c: c["extracted"])
    line("precision (in the gold)", lambda c: "%s %d" % (_pct(c["in_gold"], c["extracted"]), c["in_gold"]))
    line("recall (gold paired)", lambda c: "%s %d" % (_pct(c["paired"], c["gold"]), c["paired"]))
    line("date right (of paired)", lambda c: "%s %d" % (_pct(c["date_right"], c["paired"]), c["date_right"]))
    line("end right (of paired with end)", lambda c: "%s %d/%d" % (
        _pct(c["end_right"], c["_paired_ends"]), c["end_right"], c["_paired_ends"]))
    line("ranges with end (of gold ranges)", lambda c: "%s %d/%d" % (_pct(c["range_end"], c["ends"]), c["range_end"], c["ends"]))
    line("status right (of paired)", lambda c: "%s %d" % (_pct(c["status_right"], c["paired"]), c["status_right"]))
    line("duplicates (of extracted)", lambda c: "%s %d" % (_pct(c["duplicates"], c["extracted"]), c["duplicates"]))
    line("lead found (date right)", lambda c: "%d/%d (%d)" % (c["lead_found"], c["leads"], c["lead_date"]) if c["leads"] else "-")
    line("top found with right date", lambda c: "%d/%d" % (c["top_found"], c["tops"]) if c["tops"] else "-")
    for k, label in (("length", "<= 70 chars"), ("clause", "subject and verb"), ("whole", "not cut"),
                     ("same", "from the date's sentence"), ("all", "all four checks")):
        line("titles: " + label, lambda c, k=k: "%s %d" % (_pct(c["t_" + k], c["paired"]), c["t_" + k]))


def add(a, b):
    for k in COUNTERS + ("_paired_ends",):
        a[k] = a.get(k, 0) + b.get(k, 0)


def run_doc(gd, data_dir, binary, tmp):
    art = read_tml(gd.source(data_dir))
    stem = os.path.splitext(gd.doc)[0]
    path = os.path.join(tmp, stem + ".txt")
    out = os.path.join(tmp, stem + ".yaml")
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(art.text)
    cmd = [binary, "extract", path, "--reference-date", gd.reference, "-o", out]
    if gd.doc_type == "narrative":
        cmd += ["--doc-type", "narrative"]
    cp = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    if cp.returncode != 0:
        return art.text, None, "exit %d: %s" % (cp.returncode, cp.stderr.decode("utf-8", "replace").strip())
    with open(out, encoding="utf-8") as fh:
        return art.text, extracted_events(load_yaml(fh.read()), art.text), None


def evaluate(golds, data_dir, binary, jobs, verbose, out):
    with tempfile.TemporaryDirectory(prefix="events-gold-") as tmp:
        with ThreadPoolExecutor(max_workers=max(1, jobs)) as pool:
            results = list(pool.map(lambda g: run_doc(g, data_dir, binary, tmp), golds))
    totals, failed = {}, 0
    rows = []
    for gd, (text, ext, err) in zip(golds, results):
        for g in gd.events:
            if any(not 0 <= a < b <= len(text) for a, b in g["spans"]):
                raise ValueError("%s: %r: anchor outside the text" % (gd.path, g["title"]))
        if err:
            failed += 1
            out.write("FAILED %s: %s\n" % (gd.doc, err))
            ext = []
        c, detail = score_doc(gd, text, ext)
        c["_paired_ends"] = sum(1 for g, _, _ in detail["pairs"] if g["end"])
        for k in (gd.kind, "all"):
            add(totals.setdefault(k, {}), c)
        rows.append((gd, c, detail, text))
    out.write("events gold: %d articles, timeliner %s\n\n" % (len(golds), binary))
    if verbose:
        out.write("%-28s %5s %5s %5s %5s %5s %5s %5s %5s\n" % (
            "article", "gold", "ext", "in", "pair", "date", "stat", "dup", "title"))
        for gd, c, detail, text in rows:
            out.write("%-28s %5d %5d %5d %5d %5d %5d %5d %5d\n" % (
                gd.doc, c["gold"], c["extracted"], c["in_gold"], c["paired"], c["date_right"],
                c["status_right"], c["duplicates"], c["t_all"]))
            for g in detail["misses"]:
                out.write("    missed  %-12s %s\n" % (g["date"], g["title"]))
            for g, e, checks in detail["pairs"]:
                bad = [k for k in ("length", "clause", "whole", "same") if not checks[k]]
                flags = []
                if e["date"] != g["date"]:
                    flags.append("date %s, gold %s" % (e["date"], g["date"]))
                if e["status"] != g["status"]:
                    flags.append("status %s, gold %s" % (e["status"], g["status"]))
                if bad:
                    flags.append("title fails " + "/".join(bad))
                if flags:
                    out.write("    paired  %-12s %s  [%s]\n" % (g["date"], e["title"], "; ".join(flags)))
            for e in detail["extra"]:
                out.write("    extra   %-12s %s\n" % (e["date"], e["title"]))
            for e in detail["dups"]:
                out.write("    dup     %-12s %s\n" % (e["date"], e["title"]))
        out.write("\n")
    report(totals, out)
    return 3 if failed else 0


# --------------------------------------------------------------------------
# Self-test: a synthetic article, gold and extraction with known answers
# --------------------------------------------------------------------------

_SELF_TML = """<TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="2025-09-22">2025-09-22</TIMEX3></DCT>
<TEXT>Acme &amp; Co agreed to sell its plant, the company said. Talks broke down in Hanoi in <TIMEX3 tid="t1" type="DATE" value="2019">2019</TIMEX3>. Trump will visit Seoul <TIMEX3 tid="t2" type="DATE" value="2025-10">next month</TIMEX3>. The war lasted from 1939 to 1945 and Lee led 45,000 men. The Hanoi talks failed in 2019.
</TEXT></TimeML>"""

_SELF_GOLD = """doc: self.tml
corpus: tbaq/TimeBank
reference_date: 2025-09-22
doc_type: news
events:
  - date: 2025-09-22
    status: happened
    title: Acme agrees to sell its plant
    lead: true
    at: [0, 53]
  - date: '2019'
    title: Talks break down in Hanoi
    at: [54, 88]
    also: [[181, 212]]
  - date: 2025-10
    status: planned
    title: Trump to visit Seoul
    at: [89, 123]
  - date: '1939'
    end: '1945'
    title: The war lasts six years
    top: true
    at: [124, 180]
"""

_SELF_EXTRACT = """events:
- id: a
  date: '2019'
  title: Talks break down in Hanoi
  quote: Talks broke down in Hanoi in 2019.
  mentions:
  - source: s
    start: 56
    end: 90
- id: b
  date: 2019-06
  title: broke down in
  mentions:
  - source: s
    start: 56
    end: 90
- id: c
  date: 2025-10
  title: Trump will visit Seoul
  mentions:
  - source: s
    start: 91
    end: 125
- id: d
  date: '1939'
  title: Lee led 45
  status: reported
  mentions:
  - source: s
    start: 126
    end: 182
- id: f
  date: '2019'
  title: The Hanoi talks fail
  mentions:
  - source: s
    start: 183
    end: 214
- id: e
  date: '2024'
  title: Something else happens
  mentions:
  - source: s
    start: 0
    end: 10
"""


def self_test():
    fails = []

    def check(cond, msg):
        if not cond:
            fails.append(msg)
    art = parse_tml(_SELF_TML)
    check(art.text.startswith("Acme & Co agreed"), "entities decoded, tags stripped")
    check(art.dct == "2025-09-22", "DCT read")
    check(art.text[54:88] == "Talks broke down in Hanoi in 2019.", "offsets: %r" % art.text[54:88])
    check(sentence_spans(art.text)[1] == (54, 88), "sentences: %r" % sentence_spans(art.text)[:2])
    check(norm_date("490 BCE") == norm_date("BC0490") == "-0489", "BC years")
    check(norm_date(datetime.date(1998, 1, 8)) == "1998-01-08", "YAML dates")
    check(compatible("1998", None, "1998-08-07", None), "a year holds its days")
    check(not compatible("1998-08-06", None, "1998-08-07", None), "days differ")
    check(compatible("1941", None, "1939", "1945"), "a range holds its years")
    check(compatible("2000-W13", None, "2000-04-01", None) and not compatible("2000-W13", None, "2000-04-03", None),
          "ISO weeks")
    check(compatible("1989-10-28", None, "1989-W43-WE", None) and not compatible("1989-10-27", None, "1989-W43-WE", None),
          "weekends")
    check(compatible("1990s", None, "1994-05", None) and compatible("1998-Q3", None, "1998-08", None),
          "decades and quarters")
    check(check_clause("Talks break down in Hanoi") and check_clause("Trump to visit Seoul"), "clause ok")
    check(not check_clause("Was killed") and not check_clause("Known"), "clause missing")
    check(check_clause("Nigerians retake Benin City") and check_clause("Police clash with rioters"),
          "plural subjects with a base verb")
    check(check_whole("Civil war breaks out", "x") and not check_whole("Troops move into", "x"),
          "particles end a title, prepositions do not")
    check(not check_clause("Yat Sen's death") and not check_clause("In series of battles")
          and not check_clause("Repeated requests from Chiang"), "nouns are not verbs")
    check(not check_whole("000 mutinied", "40,000 mutinied in July.")
          and not check_whole("PRC announced", "x") and check_whole("Agreement was reached", "x"),
          "cut at the start, verbs without their object")
    check(check_same("Kopp is charged with murder", "He was charged Thursday with murder.", "Kopp fled."),
          "a name from before the sentence")
    check(not check_whole("Lee led 45", "Lee led 45,000 men.") and not check_whole("buys back its 50", "its 50% stake"),
          "cut numbers")
    check(not check_whole("Prosecutors issue their warning after one", "x")
          and not check_whole("Adams keeps his party out pending", "x"), "dangling words")
    check(not check_whole("The war of", "x") and check_whole("Germany invades Poland", "x"), "dangling words")
    check(not check_same("Germany invades Poland", "Talks broke down in Hanoi."), "other sentence")
    check(check_same("Talks break down in Hanoi", "Talks broke down in Hanoi in 2019."), "same sentence")
    tiny = _tiny_yaml(_SELF_GOLD)
    check(tiny["events"][0]["at"] == [0, 53] and tiny["events"][3]["end"] == "1945"
          and tiny["events"][0]["lead"] is True
          and tiny["events"][1]["also"] == [[181, 212]], "tiny YAML reader: %r" % tiny)
    check(_tiny_yaml(_SELF_EXTRACT) == load_yaml(_SELF_EXTRACT), "tiny YAML reader on an extraction")
    with tempfile.TemporaryDirectory() as tmp:
        gp = os.path.join(tmp, "self.yaml")
        with open(gp, "w", encoding="utf-8") as fh:
            fh.write(_SELF_GOLD)
        gd = GoldDoc(gp)
    # Offsets shifted by 2 bytes: "Acme & Co" has no multibyte character, so shift the text.
    text = "\u00e9" + art.text  # one 2-byte character in front: byte offsets are 1 more than chars
    gd.events = [dict(g, at=(g["at"][0] + 1, g["at"][1] + 1), spans=[(a + 1, b + 1) for a, b in g["spans"]])
                 for g in gd.events]
    ext = extracted_events(load_yaml(_SELF_EXTRACT), text)
    check(ext[0]["spans"] == [(55, 89)], "bytes to characters: %r" % ext[0]["spans"])
    c, detail = score_doc(gd, text, ext)
    expect = {"gold": 4, "extracted": 6, "in_gold": 5, "paired": 3, "date_right": 3,
              "duplicates": 2, "status_right": 1, "ends": 1, "range_end": 0, "leads": 1,
              "lead_found": 0, "tops": 1, "top_found": 1, "t_all": 2, "t_whole": 2, "t_length": 3}
    for k, v in expect.items():
        check(c[k] == v, "%s: %r, expected %r" % (k, c[k], v))
    check([e["title"] for e in detail["extra"]] == ["Something else happens"], "extra")
    check([e["title"] for e in detail["dups"]] == ["broke down in", "The Hanoi talks fail"], "duplicates")
    for f in fails:
        print("self-test FAILED: " + f)
    print("self-test: %s" % ("ok" if not fails else "%d failures" % len(fails)))
    return 1 if fails else 0


def main(argv=None):
    p = argparse.ArgumentParser(description="Score timeliner's events against the events gold set.")
    p.add_argument("data_dir", nargs="?", help="folder holding tempeval3/ and wikiwars-dev/")
    p.add_argument("--bin", default="target/release/timeliner", help="the timeliner binary")
    p.add_argument("--gold", default=os.path.join(os.path.dirname(os.path.abspath(__file__)), "gold"),
                   help="folder of gold YAML files (default: gold/ beside this script)")
    p.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    p.add_argument("--only", nargs="*", help="score only these articles (file names)")
    p.add_argument("--verbose", action="store_true", help="per-article table with misses and extras")
    p.add_argument("--self-test", action="store_true")
    args = p.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.data_dir:
        p.print_usage(sys.stderr)
        return 2
    golds = []
    for name in sorted(os.listdir(args.gold)):
        if name.endswith(".yaml"):
            gd = GoldDoc(os.path.join(args.gold, name))
            if not args.only or gd.doc in args.only:
                golds.append(gd)
    for gd in golds:
        if not os.path.exists(gd.source(args.data_dir)):
            sys.stderr.write("error: %s not found under %s\n" % (gd.doc, args.data_dir))
            return 2
    return evaluate(golds, args.data_dir, os.path.abspath(args.bin), args.jobs, args.verbose, sys.stdout)


if __name__ == "__main__":
    sys.exit(main())
