#!/usr/bin/env bash
# make spark-check: runs the sample articles through Spark in local mode, with `tongji extract`
# as the mapper of RDD.pipe, merges the partitions' figure files with `tongji aggregate`, and
# checks that the summary equals those of one `tongji extract` over the same stream and of
# `tongji run` over the same articles.
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
# The single-process references: one `tongji extract` over the whole stream, merged alone, and
# one `tongji run` over the same articles.
"$bin" extract --pipeline "$pipeline" < "$articles" > "$work/single.jsonl"
"$bin" aggregate --pipeline "$pipeline" --out "$work/single" "$work/single.jsonl"
mkdir -p "$work/articles"
cp "$articles" "$work/articles/"
sed -e "s|^  - samples/union-news-page.txt|  - $work/articles|" "$pipeline" > "$work/articles.yaml"
grep -q "^  - $work/articles\$" "$work/articles.yaml" || { echo "spark-check: no input line to replace in $pipeline" >&2; exit 1; }
"$bin" run "$work/articles.yaml" --out "$work/run" --quiet

# The scaled-out run, as the README shows it: Spark pipes each partition through `tongji
# extract`, saves one figure file per partition, and `tongji aggregate` merges the files.
python3 - "$bin" "$pipeline" "$articles" "$work/spark-figures" <<'PY_'
import sys
from pyspark import SparkContext
binary, pipeline, articles, output = sys.argv[1:]
sc = SparkContext("local[2]", "tongji-spark-check")
sc.setLogLevel("ERROR")
lines = sc.textFile(articles, minPartitions=4)
lines.pipe(f"{binary} extract --pipeline {pipeline}").saveAsTextFile(output)
print(f"spark-check: {lines.getNumPartitions()} partitions of {lines.count()} articles")
sc.stop()
PY_
"$bin" aggregate --pipeline "$pipeline" --out "$work/spark" "$work/spark-figures"/part-*

# The totals must be equal: every column but figure_rows, which lists figures.csv's rows.
strip_rows() { cut -d, -f1-14 "$1"; }
groups=$(($(wc -l < "$work/single/summary.csv") - 1))
for reference in single run; do
  if ! diff <(strip_rows "$work/$reference/summary.csv") <(strip_rows "$work/spark/summary.csv"); then
    echo "spark-check: the Spark summary differs from the $reference one" >&2; exit 1
  fi
done
echo "spark-check: the Spark summary ($(ls "$work/spark-figures"/part-* | wc -l) figure files) equals those of one \`tongji extract\` and of \`tongji run\` ($groups groups)"
