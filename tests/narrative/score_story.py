#!/usr/bin/env python3
"""Event-level figures of `timeliner extract --doc-type narrative` on history articles (issue 13).

usage:
  python3 tests/narrative/score_story.py WIKIWARS_DIR --bin target/release/timeliner [--verbose]
  python3 tests/narrative/score_story.py --self-test

WIKIWARS_DIR holds the articles as TimeML (.tml): their plain text (the content of <TEXT>, tags
removed, entities decoded) is what timeliner is given, as
    timeliner extract FILE.txt --reference-date DCT --doc-type narrative -o OUT.yaml

Figures
  leaks       the share of events dated to a year within five years of the reference date, in
              the articles whose explicit years ("1939", four digits alone) all lie twenty years
              or more before it (the story's time must never fall back on when the article was
              written). Also given over every article, counting only the years the article
              never writes ("near and unwritten").
  ranges      the ranges the text gives, read from the corpus' TIMEX3: two expressions joined by
              a dash ("1914-1918", "June 4-7, 1942"), by "to", "through" or "until" after
              "from" ("from 1939 to 1945"), or by "and" after "between"; and one expression
              that is a dashed pair of years ("1876-1910"). A range is *one event* when an
              extracted event's mention holds both sides and the event has an `end`; *right*
              when moreover its date and end overlap the two sides' values. Also given for the
              ranges in sentences only, without those of section titles ("Diem era, 1955-1963").
"""

import argparse
import os
import re
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "events_gold"))
from score_events import extracted_events, interval, load_yaml, norm_date, parse_tml, read_tml  # noqa: E402

_YEAR_RE = re.compile(r"(?<![\w$.,])(1\d{3}|20\d\d)(?![\w])")
_DASH = r"\s*[-\u2013\u2014]\s*"
_WORD_JOIN = {"to": "from", "through": "from", "until": "from", "till": "from", "and": "between"}


def explicit_years(text, dct):
    """The years the article writes, but not in its header's timestamp (its creation date)."""
    return {int(m.group(1)) for m in _YEAR_RE.finditer(text.replace(dct, " ") if dct else text)}


def in_heading(text, s, e):
    """Whether [s, e) lies on a line of its own that is not a sentence (a section title)."""
    start, end = text.rfind("\n", 0, s) + 1, text.find("\n", e)
    line = text[start:end if end >= 0 else len(text)].strip()
    return not line.endswith((".", "!", "?", '"', "\u201d", ":", ";"))


def year_of(date):
    m = re.match(r"(-?\d{4})", date or "")
    return int(m.group(1)) if m else None


def gold_ranges(art):
    """(start, end, first value, last value) of each range the text gives, by the corpus' TIMEX3."""
    text, timexes = art.text, art.timexes
    out = []
    for i, (s, e, value) in enumerate(timexes):
        m = re.fullmatch(r"(\d{4})" + _DASH + r"(\d{2,4})", text[s:e])
        if m:
            a, b = m.group(1), m.group(2)
            b = a[: 4 - len(b)] + b
            out.append((s, e, a, b))
            continue
        if i + 1 >= len(timexes):
            continue
        s2, e2, value2 = timexes[i + 1]
        gap = text[e:s2]
        if not value or not value2 or value.startswith("P") or value2.startswith("P"):
            continue
        word = gap.strip().lower()
        if re.fullmatch(_DASH, gap) or gap == "-":
            joined = True
        elif word in _WORD_JOIN:
            before = text[max(0, s - 12):s].lower().split()
            joined = bool(before) and before[-1] == _WORD_JOIN[word]
        else:
            joined = False
        if joined:
            out.append((s, e2, norm_date(value), norm_date(value2)))
    return out


def overlaps(a, b):
    x, y = interval(a), interval(b)
    return x is not None and y is not None and x[0] <= y[1] and y[0] <= x[1]


def score(art, events):
    ref = year_of(art.dct)
    years = explicit_years(art.text, art.dct)
    old_story = bool(years) and max(years) <= ref - 20
    near = [e for e in events if year_of(e["date"]) is not None and abs(year_of(e["date"]) - ref) <= 5]
    unwritten = [e for e in near if year_of(e["date"]) not in years]
    ranges = gold_ranges(art)
    one, right, missed = 0, 0, []
    headings = sum(in_heading(art.text, s, e) for s, e, _, _ in ranges)
    sentence_one = 0
    for s, e, first, last in ranges:
        held = [ev for ev in events if ev["end"] and any(a <= s and e <= b for a, b in ev["spans"])]
        if held:
            one += 1
            sentence_one += not in_heading(art.text, s, e)
        if any(overlaps(ev["date"], first) and overlaps(ev["end"], last) for ev in held):
            right += 1
        else:
            missed.append((s, e, first, last, [(ev["date"], ev["end"]) for ev in held]))
    return {
        "events": len(events), "old_story": old_story,
        "old_events": len(events) if old_story else 0, "old_near": len(near) if old_story else 0,
        "near": len(near), "unwritten": len(unwritten), "ranges": len(ranges), "one": one,
        "sentence_ranges": len(ranges) - headings, "sentence_one": sentence_one,
        "right": right, "missed": missed, "near_list": near if old_story else unwritten,
    }


def run(path, binary, tmp):
    art = read_tml(path)
    stem = os.path.splitext(os.path.basename(path))[0]
    txt, out = os.path.join(tmp, stem + ".txt"), os.path.join(tmp, stem + ".yaml")
    with open(txt, "w", encoding="utf-8", newline="") as fh:
        fh.write(art.text)
    cmd = [binary, "extract", txt, "--reference-date", art.dct, "--doc-type", "narrative", "-o", out]
    cp = subprocess.run(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=600)
    if cp.returncode != 0:
        raise SystemExit("%s: exit %d: %s" % (stem, cp.returncode, cp.stderr.decode("utf-8", "replace")))
    with open(out, encoding="utf-8") as fh:
        return stem, art, score(art, extracted_events(load_yaml(fh.read()), art.text))


def pct(a, b):
    return "%6.2f%% (%d/%d)" % (100.0 * a / b if b else 0.0, a, b)


def main(argv=None):
    p = argparse.ArgumentParser(description="Leaks of the reference date and ranges, on history articles.")
    p.add_argument("data_dir", nargs="?", help="folder of WikiWars .tml files")
    p.add_argument("--self-test", action="store_true", help="check the range reading and the counts")
    p.add_argument("--bin", default="target/release/timeliner")
    p.add_argument("--verbose", action="store_true", help="list the leaked events and the ranges not read")
    p.add_argument("--jobs", type=int, default=2)
    args = p.parse_args(argv)
    if args.self_test:
        return self_test()
    if not args.data_dir:
        p.error("give the folder of WikiWars .tml files")
    paths = sorted(os.path.join(args.data_dir, n) for n in os.listdir(args.data_dir) if n.endswith(".tml"))
    with tempfile.TemporaryDirectory() as tmp, ThreadPoolExecutor(args.jobs) as pool:
        results = list(pool.map(lambda q: run(q, os.path.abspath(args.bin), tmp), paths))
    total = {}
    print("%-22s %6s %5s %5s %9s %7s %4s %6s" % ("article", "events", "old?", "near", "unwritten", "ranges", "one", "right"))
    for stem, art, r in results:
        for k, v in r.items():
            if isinstance(v, (int, bool)):
                total[k] = total.get(k, 0) + int(v)
        print("%-22s %6d %5s %5d %9d %7d %4d %6d" % (stem, r["events"], "yes" if r["old_story"] else "no",
                                                    r["near"], r["unwritten"], r["ranges"], r["one"], r["right"]))
        if args.verbose:
            for ev in r["near_list"]:
                print("    near %s: %s" % (ev["date"], ev["title"]))
            for s, e, first, last, held in r["missed"]:
                print("    range %r %s..%s, events with an end there: %s" % (art.text[s:e], first, last, held))
    print()
    print("leaks, articles whose years all lie 20+ years back (%d): %s" % (
        total["old_story"], pct(total["old_near"], total["old_events"])))
    print("near and unwritten, all articles:                    %s" % pct(total["unwritten"], total["events"]))
    print("ranges that become one event with an end:            %s" % pct(total["one"], total["ranges"]))
    print("  ... with date and end right:                       %s" % pct(total["right"], total["ranges"]))
    print("  ... of those in sentences (not section titles):    %s" % pct(total["sentence_one"], total["sentence_ranges"]))
    return 0


def self_test():
    tml = ('<TimeML><DCT><TIMEX3 tid="t0" value="2009-12-19">x</TIMEX3></DCT><TEXT>'
           'War <TIMEX3 tid="t1" value="P5Y">1876-1910</TIMEX3>. From <TIMEX3 tid="t2" value="1939">1939'
           '</TIMEX3> to <TIMEX3 tid="t3" value="1945">1945</TIMEX3>; on <TIMEX3 tid="t4" value="1942-06-04">'
           'June 4</TIMEX3>-<TIMEX3 tid="t5" value="1942-06-07">7, 1942</TIMEX3>; in <TIMEX3 tid="t6" '
           'value="1955-04">April</TIMEX3> and <TIMEX3 tid="t7" value="1955-06">June 1955</TIMEX3>.</TEXT></TimeML>')
    art = parse_tml(tml)
    ranges = [(art.text[s:e], a, b) for s, e, a, b in gold_ranges(art)]
    want = [("1876-1910", "1876", "1910"), ("1939 to 1945", "1939", "1945"),
            ("June 4-7, 1942", "1942-06-04", "1942-06-07")]
    ok = ranges == want
    span = (art.text.index("From"), art.text.index(";"))
    events = [{"date": "1939", "end": "1945", "spans": [span], "title": "war"},
              {"date": "2008", "end": None, "spans": [span], "title": "leak"}]
    r = score(art, events)
    ok = ok and (r["one"], r["right"], r["ranges"], r["near"], r["unwritten"], r["old_story"]) == (1, 1, 3, 1, 1, True)
    print("self-test %s" % ("ok" if ok else "FAILED: %r %r" % (ranges, r)))
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
