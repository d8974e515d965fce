#!/usr/bin/env python3
"""Draw a random sample of extracted events to judge their titles by hand (issue 14).

usage:
  python3 tests/events_gold/sample_titles.py DATA_DIR --bin target/release/timeliner
         [--set untouched|dev] [--seed N] [--news K] [--history K]
  python3 tests/events_gold/sample_titles.py --plain DIR --reference-date YYYY-MM-DD
         --bin target/release/timeliner [--seed N] [--news K]

`untouched` (the default) draws from the TempEval-3 and WikiWars articles that are not in the
gold set, `dev` from the gold set's own. `--plain` draws from a folder of plain-text news
articles, one a file, all read against one reference date: another house style, such as the
Lee corpus (ABC news of 2001, shipped with the test data of the gensim Python package;
2001-12-26). K events are drawn from each kind (news 30, history 10 by default), one event at
most per article while articles remain. Each is printed with its
article, date, title and quote; a judge marks each title good or not ("a short headline that
says who did what, or what happened, and makes sense on the chart without the article"). The
same seed and binary give the same sample.
"""
import argparse
import os
import random
import subprocess
import sys
import tempfile

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_events import extracted_events, load_yaml, read_tml  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))


def gold_docs():
    return {os.path.splitext(f)[0] for f in os.listdir(os.path.join(HERE, "gold"))}


def articles(data_dir, which):
    gold = gold_docs()
    news = []
    for corpus in ("TimeBank", "AQUAINT"):
        d = os.path.join(data_dir, "tempeval3", "tbaq", corpus)
        news += [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tml")]
    d = os.path.join(data_dir, "wikiwars-dev")
    history = [os.path.join(d, f) for f in sorted(os.listdir(d)) if f.endswith(".tml")]

    def keep(p):
        stem = os.path.splitext(os.path.basename(p))[0]
        return (stem in gold) == (which == "dev")
    return [p for p in news if keep(p)], [p for p in history if keep(p)]


def extract(binary, path, narrative, tmp, reference=None):
    stem = os.path.splitext(os.path.basename(path))[0]
    txt, out = os.path.join(tmp, stem + ".txt"), os.path.join(tmp, stem + ".yaml")
    if reference:
        # A plain article: extracted as it is.
        with open(path, encoding="utf-8") as fh:
            text = fh.read()
        cmd = [binary, "extract", path, "-o", out, "--reference-date", reference]
    else:
        art = read_tml(path)
        text = art.text
        with open(txt, "w", encoding="utf-8", newline="") as fh:
            fh.write(text)
        cmd = [binary, "extract", txt, "-o", out]
        cmd += ["--doc-type", "narrative", "--reference-date", "2009-12-19"] if narrative \
            else ["--reference-date", art.dct or "2000-01-01"]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    with open(out, encoding="utf-8") as fh:
        return extracted_events(load_yaml(fh.read()), text)


def draw(rng, binary, paths, k, narrative, tmp, reference=None):
    paths = paths[:]
    rng.shuffle(paths)
    pools = []
    for p in paths:
        evs = extract(binary, p, narrative, tmp, reference)
        if evs:
            pools.append((os.path.basename(p), evs))
        if sum(len(e) for _, e in pools) >= 4 * k and len(pools) >= k:
            break
    picked = []
    while len(picked) < k and any(pools):
        for name, evs in pools:
            if len(picked) < k and evs:
                picked.append((name, evs.pop(rng.randrange(len(evs)))))
    return picked


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir", nargs="?")
    ap.add_argument("--bin", required=True)
    ap.add_argument("--set", choices=("untouched", "dev"), default="untouched")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--news", type=int, default=30)
    ap.add_argument("--history", type=int, default=10)
    ap.add_argument("--plain", metavar="DIR")
    ap.add_argument("--reference-date")
    a = ap.parse_args(argv)
    if bool(a.plain) != bool(a.reference_date) or bool(a.plain) == bool(a.data_dir):
        ap.error("give DATA_DIR, or --plain DIR with --reference-date")
    rng = random.Random(a.seed)
    with tempfile.TemporaryDirectory() as tmp:
        if a.plain:
            paths = [os.path.join(a.plain, f) for f in sorted(os.listdir(a.plain))
                     if f.endswith(".txt")]
            sample = [("news", x) for x in draw(rng, a.bin, paths, a.news, False, tmp,
                                                a.reference_date)]
        else:
            news, history = articles(a.data_dir, a.set)
            sample = [("news", x) for x in draw(rng, a.bin, news, a.news, False, tmp)]
            sample += [("history", x)
                       for x in draw(rng, a.bin, history, a.history, True, tmp)]
    for i, (kind, (name, e)) in enumerate(sample, 1):
        end = " .. " + e["end"] if e["end"] else ""
        print("%2d %-7s %s  %s%s  [%s]" % (i, kind, name, e["date"], end, e["status"]))
        print("   title: %s" % e["title"])
        print("   quote: %s" % e["quote"])
        print()


if __name__ == "__main__":
    main()
