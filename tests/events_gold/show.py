#!/usr/bin/env python3
"""Print an article's plain text one sentence a line, with offsets, to write gold by hand.

usage: python3 tests/events_gold/show.py FILE.tml [FROM [TO]]

The plain text is the one score_events.py gives timeliner (the content of <TEXT>, tags removed,
entities decoded); offsets are character offsets into it, as the gold's `at` uses them. Each
TIMEX3 of the corpus is shown inline as [[text|value]] to help date the events; the brackets
are not part of the text and do not move the offsets. Nothing is written anywhere.
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import score_events as se  # noqa: E402


def main(argv):
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__.strip())
        return 0 if argv else 2
    doc = se.read_tml(argv[0])
    lo = int(argv[1]) if len(argv) > 1 else 0
    hi = int(argv[2]) if len(argv) > 2 else len(doc.text)
    print("DCT %s  chars %d" % (doc.dct, len(doc.text)))
    for s, e in se.sentence_spans(doc.text):
        if e <= lo or s >= hi:
            continue
        parts, pos = [], s
        for ts, te, value in doc.timexes:
            if s <= ts < e:
                parts.append(doc.text[pos:ts])
                parts.append("[[%s|%s]]" % (doc.text[ts:te], value))
                pos = te
        parts.append(doc.text[pos:e])
        print("[%d, %d] %s" % (s, e, " ".join("".join(parts).split())))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
