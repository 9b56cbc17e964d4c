#!/usr/bin/env bash
# Measures tongji on real text: throughput of `tongji extract` alone and of a whole `tongji run`
# (2 jobs, writing CSV and HTML like the default pipeline) and of `tongji aggregate` over the same
# figures as JSON Lines, peak memory, and the same at 1x, 4x
# and 15x the corpus, to show time growing linearly and memory staying flat. Prints a Markdown
# table and writes it to Reports/bench.md.
#
# usage: Benchmarks/bench.sh CORPUS_DIR [SCALES]   (CORPUS_DIR holds *.txt or *.txt.gz files)
set -euo pipefail

corpus=${1:?usage: Benchmarks/bench.sh CORPUS_DIR [SCALES]}
scales=${2:-"1 4 15"}
bin=.build/release/tongji
work=$(mktemp -d "${TMPDIR:-/tmp}/tongji-bench.XXXXXX")
trap 'rm -rf "$work"' EXIT

# The corpus as plain text, once.
mkdir -p "$work/base"
for file in "$corpus"/*.txt "$corpus"/*.txt.gz; do
  [ -e "$file" ] || continue
  case $file in
    *.gz) zcat "$file" > "$work/base/$(basename "$file" .gz)" ;;
    *) cp "$file" "$work/base/" ;;
  esac
done
base_bytes=$(cat "$work"/base/*.txt | wc -c)
[ "$base_bytes" -gt 0 ] || { echo "bench: no .txt or .txt.gz files in $corpus" >&2; exit 1; }

# Runs a command, prints "seconds max_rss_kb cpu_seconds" (cpu: user + system, all threads).
measure() {
  /usr/bin/time -f "%e %M %U %S" -o "$work/time" "$@" > /dev/null 2> "$work/stderr" || { cat "$work/stderr" >&2; exit 1; }
  awk '{ printf "%s %s %.2f\n", $1, $2, $3 + $4 }' "$work/time"
}

mb() { awk -v b="$1" 'BEGIN { printf "%.1f", b / 1e6 }'; }
rate() { awk -v b="$1" -v s="$2" 'BEGIN { printf "%.1f", (s > 0 ? b / 1e6 / s : 0) }'; }

# Start-up: the median of 21 runs on one line, timed in nanoseconds (`time` counts in 10 ms).
echo '各级工会投入资金1406.46万元。' > "$work/one.txt"
startup=$(for _ in $(seq 21); do
  start=$(date +%s%N); "$bin" extract "$work/one.txt" > /dev/null; echo $(( $(date +%s%N) - start ))
done | sort -n | awk '{ runs[NR] = $1 } END { printf "%.1f", runs[int((NR + 1) / 2)] / 1e6 }')

table="| corpus | MB | extract s | extract MB/s | extract MB per CPU-s | extract peak MB | run s (2 jobs) | run MB/s | run peak MB | figures | aggregate s | aggregate peak MB |
| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
for scale in $scales; do
  dir="$work/x$scale"
  mkdir -p "$dir"
  # Copies differ in their first line, so the store reads each one instead of skipping a
  # byte-identical file; the sentences repeat, which the ingest stage flags as reprints.
  for copy in $(seq 1 "$scale"); do
    for file in "$work"/base/*.txt; do
      { echo "副本$copy"; cat "$file"; } > "$dir/$copy-$(basename "$file")"
    done
  done
  bytes=$(cat "$dir"/*.txt | wc -c)
  read -r extract_s extract_kb extract_cpu < <(measure "$bin" extract "$dir")
  cat > "$work/bench.yaml" <<YAML
version: 1
name: bench
inputs: ["$dir"]
categories:
  - {name: funding, keywords: [资金, 投入, 经费]}
  - {name: other}
outputs: {directory: "$work/out-$scale", formats: [csv, html]}
YAML
  read -r run_s run_kb _ < <(measure "$bin" run "$work/bench.yaml" --jobs 2 --quiet)
  figures=$(($(wc -l < "$work/out-$scale/figures.csv") - 1))
  # The reducer of a scaled-out run: the same figures as JSON Lines, merged into the reports.
  "$bin" extract --pipeline "$work/bench.yaml" "$dir" > "$work/figures.jsonl" 2> /dev/null
  read -r aggregate_s aggregate_kb _ < <(measure "$bin" aggregate --pipeline "$work/bench.yaml" --out "$work/aggregate-$scale" "$work/figures.jsonl")
  table+="
| ${scale}x | $(mb "$bytes") | $extract_s | $(rate "$bytes" "$extract_s") | $(rate "$bytes" "$extract_cpu") | $((extract_kb / 1024)) | $run_s | $(rate "$bytes" "$run_s") | $((run_kb / 1024)) | $figures | $aggregate_s | $((aggregate_kb / 1024)) |"
  rm -rf "$dir" "$work/out-$scale" "$work/aggregate-$scale" "$work/figures.jsonl"
done

report="# tongji benchmark

Machine: $(nproc) cores ($(awk -F': *' '/^model name/ { name = $2 } /^cpu MHz/ { mhz = $2 } END { printf "%s, %.0f MHz", name, mhz }' /proc/cpuinfo)), $(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo), $(uname -sr); $(date -u +%Y-%m-%d).
A shared virtual machine's speed varies from day to day: compare rows of one table, not tables of different days.
Corpus: $corpus ($(mb "$base_bytes") MB of UTF-8 text at 1x). Release build.
Targets: extract >= 100 MB/s on one core; run >= 50 MB/s with 2 jobs; peak memory < 200 MB; start-up < 20 ms.
\`extract MB per CPU-s\` divides by the CPU time of all its threads (user + system): the rate
it would have on one core. \`extract\` reads ahead on a second thread, so its wall-clock rate is higher.
\`aggregate\` merges the figures of the same corpus, written by \`tongji extract\` as JSON Lines, into the reports.

$table

Start-up of \`tongji extract\` on one line: ${startup} ms (median of 21 runs).
"
mkdir -p Reports
echo "$report" | tee Reports/bench.md
