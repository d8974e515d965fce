#!/usr/bin/env python3
"""Scores event linking apart from tagging: feeds each gold document's text with its gold
TIMEX3 elements (no EVENTs) to `timeliner extract --format timeml`, saves what it prints and
scores the folder with score_anchors.py. Extra arguments go to the scorer (--relink nearest).

usage: tests/anchoring/gold_timexes.py CORPUS_DIR BINARY [scorer options...]

The scorer is eval/score_anchors.py in the shared folder: $TIMELINER_SHARED, else `shared/`
beside the repository (as for the benchmarks).
"""
import os, pathlib, re, subprocess, sys, tempfile

corpus, binary, extra = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3:]
repository = pathlib.Path(__file__).resolve().parents[2]
shared = pathlib.Path(os.environ.get('TIMELINER_SHARED', repository.parent / 'shared'))
scorer = shared / 'eval' / 'score_anchors.py'
if not scorer.is_file():
    sys.exit(f'no scorer at {scorer}: set TIMELINER_SHARED to the shared folder')
with tempfile.TemporaryDirectory() as tmp:
    out_dir = pathlib.Path(tmp, 'out'); out_dir.mkdir()
    for gold in sorted(corpus.glob('*.tml')):
        xml = gold.read_text(encoding='utf-8')
        body = xml[xml.index('<TEXT>') + 6: xml.index('</TEXT>')]
        body = re.sub(r'<(?!/?TIMEX3\b)[^>]*>', '', body)
        dct = re.search(r'<DCT>.*?value="(\d{4}-\d\d-\d\d)', xml, re.S).group(1)
        source = pathlib.Path(tmp, gold.stem + '.txt'); source.write_text(body, encoding='utf-8')
        run = subprocess.run([binary, 'extract', str(source), '--reference-date', dct,
                              '--format', 'timeml'], capture_output=True, text=True, check=True)
        (out_dir / gold.name).write_text(run.stdout, encoding='utf-8')
    sys.exit(subprocess.run([sys.executable, str(scorer), str(corpus), str(out_dir)] + extra).returncode)
