#!/usr/bin/env python3
"""What a change of timeliner does to the events of every article at hand (issue 14).

usage:
  python3 tests/events_gold/corpus_diff.py run DATA_DIR --bin BIN OUT
         [--plain DIR --reference-date YYYY-MM-DD]
  python3 tests/events_gold/corpus_diff.py diff OLD NEW

`run` extracts every TempEval-3 (tbaq) and WikiWars development article of DATA_DIR, and with
`--plain` every `.txt` article of DIR read against one reference date (the Lee corpus: 2001-12-26),
and writes one file per article to OUT: an event a line, its date (and end), status and title.
`diff` compares two such folders, prints every article whose events changed (lines gone with
`-`, new with `+`) and a summary: articles changed, lines changed, events before and after.
Run `run` with the binary before a change and after it, then `diff`, and read every change.
"""
import argparse
import os
import subprocess
import sys
import tempfile
from concurrent.futures import ThreadPoolExecutor

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from sample_titles import extract  # noqa: E402


def texts(data_dir, plain):
    out = []
    for corpus in ("TimeBank", "AQUAINT"):
        d = os.path.join(data_dir, "tempeval3", "tbaq", corpus)
        out += [(os.path.join(d, f), False) for f in sorted(os.listdir(d)) if f.endswith(".tml")]
    d = os.path.join(data_dir, "wikiwars-dev")
    out += [(os.path.join(d, f), True) for f in sorted(os.listdir(d)) if f.endswith(".tml")]
    if plain:
        out += [(os.path.join(plain, f), False) for f in sorted(os.listdir(plain))
                if f.endswith(".txt")]
    return out


def lines(binary, path, narrative, reference):
    with tempfile.TemporaryDirectory() as tmp:
        ref = reference if path.endswith(".txt") else None
        try:
            evs = extract(binary, path, narrative, tmp, ref)
        except subprocess.CalledProcessError as e:
            return ["error: exit %d" % e.returncode]
    return ["%s%s [%s] %s" % (e["date"], " .. " + e["end"] if e["end"] else "", e["status"],
                              e["title"]) for e in evs]


def run(a):
    os.makedirs(a.out, exist_ok=True)
    todo = texts(a.data_dir, a.plain)

    def one(item):
        path, narrative = item
        body = lines(os.path.abspath(a.bin), path, narrative, a.reference_date)
        name = os.path.basename(path) + ".events"
        with open(os.path.join(a.out, name), "w", encoding="utf-8") as fh:
            fh.write("".join(x + "\n" for x in body))
        return len(body)

    with ThreadPoolExecutor(max_workers=os.cpu_count() or 1) as pool:
        n = sum(pool.map(one, todo))
    print("%d articles, %d events -> %s" % (len(todo), n, a.out))


def read(d, name):
    p = os.path.join(d, name)
    if not os.path.exists(p):
        return []
    with open(p, encoding="utf-8") as fh:
        return fh.read().splitlines()


def diff(a):
    names = sorted(set(os.listdir(a.old)) | set(os.listdir(a.new)))
    changed = lines_changed = before = after = 0
    for name in names:
        old, new = read(a.old, name), read(a.new, name)
        before, after = before + len(old), after + len(new)
        if old == new:
            continue
        changed += 1
        gone = [x for x in old if x not in new]
        came = [x for x in new if x not in old]
        lines_changed += max(len(gone), len(came))
        print(name)
        for x in gone:
            print("  - " + x)
        for x in came:
            print("  + " + x)
    print("%d of %d articles changed, %d lines; events %d -> %d"
          % (changed, len(names), lines_changed, before, after))


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = ap.add_subparsers(dest="cmd", required=True)
    r = sub.add_parser("run")
    r.add_argument("data_dir")
    r.add_argument("out")
    r.add_argument("--bin", required=True)
    r.add_argument("--plain", metavar="DIR")
    r.add_argument("--reference-date")
    d = sub.add_parser("diff")
    d.add_argument("old")
    d.add_argument("new")
    a = ap.parse_args(argv)
    if a.cmd == "run":
        if bool(a.plain) != bool(a.reference_date):
            r.error("--plain and --reference-date go together")
        run(a)
    else:
        diff(a)


if __name__ == "__main__":
    main()
