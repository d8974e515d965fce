#!/usr/bin/env bash
# Sets up PySpark in a virtual environment, shards a JSON Lines corpus, runs the batch on
# Spark in local[2] mode (RDD.pipe through `timeliner extract --batch`), merges the parts and
# compares the result with the single-machine `extract --batch --timeline`.
#
#     tests/spark/run.sh [CORPUS.jsonl[.gz]] [SHARDS]
#
# Default corpus: the Timeline17 BP oil articles of the shared evaluation folder.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
repo=$(cd "$here/../.." && pwd)
corpus=${1:-${TIMELINER_SHARED:-$repo/../shared}/eval/t17-dev/bpoil_bbc__bbc/articles.jsonl.gz}
shards=${2:-4}
work=$repo/target/spark

if ! command -v java >/dev/null; then
    echo "error: Spark needs a Java runtime (Debian: sudo apt-get install default-jre-headless)" >&2
    exit 2
fi
if [ ! -x "$work/venv/bin/python" ]; then
    python3 -m venv "$work/venv"
    "$work/venv/bin/pip" install --quiet pyspark
fi
(cd "$repo" && cargo build --release --quiet)
bin=$repo/target/release/timeliner

rm -rf "$work/shards" "$work/out" "$work/single.yaml" "$work/spark.yaml"
mkdir -p "$work/shards"
case $corpus in
    *.gz) gzip -dc "$corpus" ;;
    *) cat "$corpus" ;;
esac >"$work/corpus.jsonl"
# Whole lines, in order: shard N holds the Nth part of the corpus.
split --number=l/"$shards" --numeric-suffixes --additional-suffix=.jsonl \
    "$work/corpus.jsonl" "$work/shards/shard-"

start=$(date +%s.%N)
"$bin" extract --batch "$work/corpus.jsonl" --timeline -o "$work/single.yaml" || true
single=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
"$work/venv/bin/python" "$here/job.py" "$bin" "$work"/shards/shard-*.jsonl --out "$work/out"
for part in "$work"/out/part-*; do mv "$part" "$part.jsonl"; done
"$bin" merge "$work"/out/part-*.jsonl -o "$work/spark.yaml"
spark=$(echo "$(date +%s.%N) - $start" | bc)

echo "documents: $(wc -l <"$work/corpus.jsonl"), shards: $shards"
echo "single machine (extract --batch --timeline): ${single} s"
echo "Spark local[2] (pipe + merge, JVM start-up included): ${spark} s"
if cmp -s "$work/single.yaml" "$work/spark.yaml"; then
    echo "same timeline: $work/spark.yaml equals $work/single.yaml"
else
    echo "the timelines differ:" >&2
    diff "$work/single.yaml" "$work/spark.yaml" | head -20 >&2
    exit 1
fi
