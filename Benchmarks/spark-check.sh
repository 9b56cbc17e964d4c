#!/usr/bin/env bash
# make spark-check: runs the sample articles through Spark in local mode, with `tongji extract`
# as the mapper of RDD.pipe, merges the partitions with `tongji aggregate`, and checks that the
# summary equals the one of a single `tongji extract` process over the same stream.
# Installs what it needs: Java (Debian default-jre-headless, as root) and PySpark (pip).
set -euo pipefail

bin=$(pwd)/.build/release/tongji
pipeline=$(pwd)/Pipelines/union-news.yaml
articles=$(pwd)/Tests/IngestTests/Fixtures/union-news-page.jsonl
work=$(mktemp -d "${TMPDIR:-/tmp}/tongji-spark.XXXXXX")
trap 'rm -rf "$work"' EXIT

if ! command -v java >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq default-jre-headless
  else echo "spark-check: needs Java; run  sudo apt-get install -y default-jre-headless" >&2; exit 1; fi
fi
python3 -c 'import pyspark' 2>/dev/null || python3 -m pip install --quiet --break-system-packages pyspark

export SOURCE_DATE_EPOCH=0
"$bin" extract --pipeline "$pipeline" < "$articles" > "$work/single.jsonl"
"$bin" aggregate --pipeline "$pipeline" --out "$work/single" "$work/single.jsonl"

python3 - "$bin" "$pipeline" "$articles" "$work/spark.jsonl" <<'PY'
import sys
from pyspark import SparkContext
binary, pipeline, articles, output = sys.argv[1:]
sc = SparkContext("local[2]", "tongji-spark-check")
sc.setLogLevel("ERROR")
figures = sc.textFile(articles, minPartitions=3).pipe(f"{binary} extract --pipeline {pipeline}").collect()
print(f"spark-check: {sc.textFile(articles, minPartitions=3).getNumPartitions()} partitions, {len(figures)} figures")
with open(output, "w", encoding="utf-8") as f:
    f.write("\n".join(figures) + "\n")
sc.stop()
PY
"$bin" aggregate --pipeline "$pipeline" --out "$work/spark" "$work/spark.jsonl"

# The totals must be equal: every column but figure_rows, which lists figures.csv's rows.
strip_rows() { cut -d, -f1-14 "$1"; }
if diff <(strip_rows "$work/single/summary.csv") <(strip_rows "$work/spark/summary.csv"); then
  echo "spark-check: the Spark summary equals the single-process summary ($(($(wc -l < "$work/single/summary.csv") - 1)) groups)"
else
  echo "spark-check: the summaries differ" >&2; exit 1
fi
