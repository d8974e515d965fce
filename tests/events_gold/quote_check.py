#!/usr/bin/env python3
"""Find words of the articles in a text we mean to commit (their text belongs to others).

usage:
  python3 tests/events_gold/quote_check.py DATA_DIR [--plain DIR] [--words N] FILE...
  git diff | python3 tests/events_gold/quote_check.py DATA_DIR --plain DIR -

Reads every article of DATA_DIR (TempEval-3 tbaq, the WikiWars development half, the t17
stories' `articles.jsonl.gz`) and of `--plain DIR` (`.txt` articles), and prints each line of
the FILEs (`-` for standard input) that repeats N or more consecutive words of one of them
(6 by default), with the words and the corpus they come from. Common phrases of time and place
("at the end of the year") come up too; the rest are to be reworded in invented words.
"""
import argparse
import gzip
import json
import os
import re
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from score_events import read_tml  # noqa: E402

WORD = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")


def words(text):
    return WORD.findall(text.lower())


def sources(data_dir, plain):
    for corpus in ("TimeBank", "AQUAINT"):
        d = os.path.join(data_dir, "tempeval3", "tbaq", corpus)
        for f in sorted(os.listdir(d)):
            if f.endswith(".tml"):
                yield "tbaq", read_tml(os.path.join(d, f)).text
    d = os.path.join(data_dir, "wikiwars-dev")
    for f in sorted(os.listdir(d)):
        if f.endswith(".tml"):
            yield "wikiwars", read_tml(os.path.join(d, f)).text
    t17 = os.path.join(data_dir, "t17-dev")
    for story in sorted(os.listdir(t17)) if os.path.isdir(t17) else []:
        p = os.path.join(t17, story, "articles.jsonl.gz")
        if os.path.exists(p):
            with gzip.open(p, "rt", encoding="utf-8") as fh:
                for line in fh:
                    yield "t17", json.loads(line).get("text", "")
    for f in sorted(os.listdir(plain)) if plain else []:
        if f.endswith(".txt"):
            with open(os.path.join(plain, f), encoding="utf-8") as fh:
                yield "plain", fh.read()


def index(data_dir, plain, n):
    grams = {}
    for corpus, text in sources(data_dir, plain):
        w = words(text)
        for i in range(len(w) - n + 1):
            grams.setdefault(hash(tuple(w[i:i + n])), corpus)
    return grams


def check(line, grams, n):
    """The longest runs of the line found in an article: (words, corpus) each."""
    w = words(line)
    hits, i = [], 0
    while i <= len(w) - n:
        corpus = grams.get(hash(tuple(w[i:i + n])))
        if corpus is None:
            i += 1
            continue
        j = i + 1
        while j <= len(w) - n and hash(tuple(w[j:j + n])) in grams:
            j += 1
        hits.append((" ".join(w[i:j + n - 1]), corpus))
        i = j + n - 1
    return hits


def main(argv=None):
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("data_dir")
    ap.add_argument("files", nargs="+")
    ap.add_argument("--plain", metavar="DIR")
    ap.add_argument("--words", type=int, default=6)
    a = ap.parse_args(argv)
    grams = index(a.data_dir, a.plain, a.words)
    found = 0
    for f in a.files:
        fh = sys.stdin if f == "-" else open(f, encoding="utf-8", errors="replace")
        for no, line in enumerate(fh, 1):
            for run, corpus in check(line, grams, a.words):
                found += 1
                print("%s:%d: [%s] %s" % (f, no, corpus, run))
        if fh is not sys.stdin:
            fh.close()
    print("%d runs of %d or more words found" % (found, a.words), file=sys.stderr)
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())
