"""The batch as a Spark job: every document of the shards through `timeliner extract --batch`
as a map stage (RDD.pipe), one output line per input line, written as part files that
`timeliner merge` reduces to one timeline.

    python job.py TIMELINER SHARD... --out DIR [--master local[2]]

In local mode the binary is shipped with SparkContext.addFile; on a cluster `spark-submit
--files` ships it.
"""

import argparse
import os
import shlex

from pyspark import SparkContext, SparkFiles


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("timeliner")
    parser.add_argument("shards", nargs="+")
    parser.add_argument("--out", required=True)
    parser.add_argument("--master", default="local[2]")
    args = parser.parse_args()

    sc = SparkContext(master=args.master, appName="timeliner-batch")
    sc.setLogLevel("WARN")
    name = os.path.basename(args.timeliner)
    if args.master.startswith("local"):
        sc.addFile(os.path.abspath(args.timeliner))
        binary = SparkFiles.get(name)
    else:
        # `spark-submit --files timeliner` puts it in each executor's working directory.
        binary = "./" + name
    # One task runs one process on one core: Spark spreads the work, not timeliner.
    command = [binary, "extract", "--batch", "--jobs", "1"]
    documents = sc.textFile(",".join(os.path.abspath(s) for s in args.shards))
    # A bad line is an error record in the output; the exit status 2 it gives is not a failure.
    documents.pipe(" ".join(shlex.quote(c) for c in command), checkCode=False).saveAsTextFile(
        args.out
    )
    sc.stop()


if __name__ == "__main__":
    main()
