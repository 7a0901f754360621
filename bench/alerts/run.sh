#!/usr/bin/env bash
# Alert ingest benchmark: cyberstat against DuckDB on generated exports of 1, 5 and 20 million
# alerts. Each run does the whole job: CSV -> normalised, pseudonymised alerts -> Parquet
# partitioned by platform and month -> the alert measures of the reference year. Prints wall
# time, rows/s and peak memory (max RSS, /usr/bin/time) of both, and their ratio; keeps every
# measurement under bench/results/. Not run by CI.
#
#   bench/alerts/run.sh                      # 1, 5 and 20 million rows, 3 runs each
#   SIZES="1000000" REPS=1 bench/alerts/run.sh
#
# Settings: SIZES, REPS, HEAP (cyberstat's fixed heap, default 2g), DUCKDB_MEMORY (default 2GB),
# THREADS (default 2: the cores of the reference machine).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
sizes=${SIZES:-"1000000 5000000 20000000"}
reps=${REPS:-3}
heap=${HEAP:-2g}
duckdb_memory=${DUCKDB_MEMORY:-2GB}
threads=${THREADS:-2}
year=2024
data="$home/bench/data/alerts"
results="$home/bench/results/alerts-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$data" "$results"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "building cyberstat and the benchmark module ..." >&2
(cd "$home" && mvn -q -B -DskipTests package) >&2
(cd "$home/bench/alerts" && mvn -q -B package) >&2
cp_cyberstat="$home/pipeline/target/cyberstat-pipeline.jar:$home/pipeline/target/lib/*"
cp_tools="$home/tools/target/classes:$cp_cyberstat"   # the alert generator lives in the tools module
cp_duckdb="$home/bench/alerts/target/cyberstat-bench-alerts.jar:$home/bench/alerts/target/lib/*"
mkdir -p "$home/work/tmp"

# Peak RSS (KB) and wall seconds of a command, appended to the results as "label<TAB>wall<TAB>rss".
measure() {
  local label=$1; shift
  /usr/bin/time -f "%e %M" -o "$results/time.tmp" "$@" >"$results/$label.out" 2>"$results/$label.err"
  read -r wall rss <"$results/time.tmp"
  printf '%s\t%s\t%s\n' "$label" "$wall" "$rss" >>"$results/measurements.tsv"
}

{
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; java $(java -version 2>&1 | head -1)"
  echo "# started $(date -u +%FT%TZ), load average $(cut -d' ' -f1-3 /proc/loadavg)"
} >"$results/environment.txt"

for n in $sizes; do
  input="$data/de-meldestelle-$n.csv"
  if [ ! -f "$input" ]; then
    echo "generating $n alerts ..." >&2
    java -Xmx1g -cp "$cp_tools" eu.cyberstat.tools.alerts.AlertExportGenerator de-csv "$n" $((year - 1)) 2 "$input" 0.001 7
  fi
  for rep in $(seq 1 "$reps"); do
    echo "run $rep of $reps, $n rows: cyberstat ..." >&2
    run="$data/run"
    rm -rf "$run"; mkdir -p "$run"
    printf 'warehouse.dir=%s\nwork.dir=%s\nalerts.hmac.key=%s\n' "$run/warehouse" "$run/work" \
      "$(head -c 32 /dev/urandom | base64)" >"$run/cyberstat.properties"
    echo "# $n rows, run $rep: load average before cyberstat $(cut -d' ' -f1-3 /proc/loadavg); busiest other processes:" \
      >>"$results/environment.txt"
    ps -eo pcpu,comm --sort=-pcpu | head -4 | tail -3 | sed 's/^/#   /' >>"$results/environment.txt"
    java_cmd=(java @"$home/jvm.options" -Xmx"$heap" -Djava.io.tmpdir="$home/work/tmp" -cp "$cp_cyberstat" eu.cyberstat.cli.Main)
    measure "cyberstat-ingest-$n-$rep" "${java_cmd[@]}" ingest-alerts "$input" --platform DE-MELDESTELLE \
      --profile "$home/templates/profiles/alerts-de-meldestelle.yaml" --config "$run/cyberstat.properties"
    measure "cyberstat-metrics-$n-$rep" "${java_cmd[@]}" alert-metrics --year $year --out "$run/out" \
      --config "$run/cyberstat.properties"
    echo "run $rep of $reps, $n rows: duckdb ..." >&2
    rm -rf "$run/duckdb"
    echo "# $n rows, run $rep: load average before duckdb $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/environment.txt"
    measure "duckdb-$n-$rep" java -Xmx512m -cp "$cp_duckdb" eu.cyberstat.bench.DuckDbAlerts \
      "$home/bench/alerts/duckdb-alerts.sql" "$input" "$run/duckdb" $year "$threads" "$duckdb_memory"
  done
done
rm -rf "$data/run"
python3 "$home/bench/alerts/summary.py" "$results/measurements.tsv" | tee "$results/summary.md"
echo "results in $results" >&2
