#!/usr/bin/env bash
# Warm service against cold commands (issue 13, "Speed"), in one script on one machine:
#   warm: ONE JVM holding one Application, as `cyberstat serve` does (bench/run/WarmRunBench.java):
#         the annual run of the demo warehouse RUNS times (the first one cold), one country's upload
#         and the provisional re-run after it, then ingest + metrics of the 1-million-row alert
#         export ALERT_RUNS times (the first one cold), each into a fresh alert warehouse;
#   cold: `./cyberstat run` COLD times, and `ingest-alerts` + `alert-metrics` (two JVMs, as
#         bench/alerts/run.sh) COLD times on the same export, and DuckDB's same job COLD times.
# Prints the medians, the Spark jobs of each and the ratios against the targets; keeps everything
# under bench/results/warm-<time>/. Not run by CI.
#
#   bench/run/warm.sh                        # RUNS=9 ALERT_RUNS=7 COLD=2 ROWS=1000000
# Of RUNS (and ALERT_RUNS), the first is the JVM's cold run, the next 3 are "warming" (the JIT compiler
# still compiling the hot code), the rest "warm": the steady state of a service that runs for weeks.
#   RUNS=3 ALERT_RUNS=2 COLD=1 bench/run/warm.sh
#   BASE=/path/to/built/tree bench/run/warm.sh   # also times that tree's cold ./cyberstat run (before/after)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
year=${YEAR:-2022}
runs=${RUNS:-9}
alert_runs=${ALERT_RUNS:-7}
cold=${COLD:-2}
rows=${ROWS:-1000000}
heap=${HEAP:-4g}
base=${BASE:-}   # a built tree of another revision (e.g. before a change): its cold run is timed beside this one's
results="$home/bench/results/warm-$(date -u +%Y%m%dT%H%M%SZ)"
data="$home/bench/data"
mkdir -p "$results" "$data/alerts" "$home/work/tmp"

echo "building cyberstat and the DuckDB benchmark module ..." >&2
(mvn -q -B -o -DskipTests package || mvn -q -B -DskipTests package) >&2
(cd bench/alerts && (mvn -q -B -o package || mvn -q -B package)) >&2
cp_pipeline="$home/pipeline/target/cyberstat-pipeline.jar:$home/pipeline/target/lib/*"
cp_duckdb="$home/bench/alerts/target/cyberstat-bench-alerts.jar:$home/bench/alerts/target/lib/*"
java_opts=(@"$home/jvm.options" -Djava.io.tmpdir="$home/work/tmp" -Dcyberstat.home="$home")

# The demo warehouse (as bench/run/run-bench.sh builds it), copied for each use: the upload changes it.
demo="$data/run-warehouse"
if [ ! -d "$demo/tables/observations/_log" ]; then
  echo "loading data-samples/ into $demo with ./cyberstat demo ..." >&2
  ./cyberstat demo --warehouse "$demo" --out "$data/run-demo-out" >/dev/null 2>&1
fi
# One country's upload: Czechia's file with one figure of the reference year revised.
revision="$data/cz-revision.csv"
awk -F, -v OFS=, -v y="$year" '$2 == y && $3 == "CYB" && $4 == "RECORDED" { $5 = $5 + 17 } { print }' \
  data-samples/national/cz-2013-2022.csv >"$revision"
export_file="$data/alerts/de-meldestelle-$rows.csv"
if [ ! -f "$export_file" ]; then
  echo "generating $rows alerts ..." >&2
  java -Xmx1g -cp "$home/tools/target/classes:$cp_pipeline" eu.cyberstat.tools.alerts.AlertExportGenerator \
    de-csv "$rows" 2023 2 "$export_file" 0.001 7
fi

{
  echo "# warm-service benchmark, $(date -u +%FT%TZ), commit $(git rev-parse --short HEAD 2>/dev/null || echo -)"
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; $(java -version 2>&1 | head -1); heap $heap"
  echo "# load average at start $(cut -d' ' -f1-3 /proc/loadavg)"
} | tee "$results/environment.txt"

measure() {   # measure LABEL COMMAND...: wall milliseconds into measurements.tsv
  local label=$1; shift
  local start end
  start=$(date +%s%N)
  "$@" >"$results/$label.out" 2>"$results/$label.err" || { cat "$results/$label.err" >&2; exit 1; }
  end=$(date +%s%N)
  printf 'measure\t%s\t%d\t-\t-\n' "$label" $(( (end - start) / 1000000 )) >>"$results/measurements.tsv"
}

echo "warm: one JVM, $runs annual runs, an upload and a provisional re-run, $alert_runs alert ingests ..." >&2
rm -rf "$data/warm-warehouse"; cp -a "$demo" "$data/warm-warehouse"
echo "# load average before the warm JVM $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/environment.txt"
java "${java_opts[@]}" -Xmx"$heap" -cp "$cp_pipeline" bench/run/WarmRunBench.java "$home" "$data/warm-warehouse" \
  "$results/warm-out" "$year" "$runs" "$revision" "$export_file" "$alert_runs" "$data/warm-alerts" \
  >"$results/warm.out" 2>"$results/warm.err" || { tail -40 "$results/warm.err" >&2; exit 1; }
grep '^measure' "$results/warm.out" >>"$results/measurements.tsv"
rm -rf "$data/warm-alerts" "$data/warm-warehouse"

for i in $(seq 1 "$cold"); do
  echo "cold $i of $cold: ./cyberstat run, ingest-alerts + alert-metrics, DuckDB ..." >&2
  echo "# load average before cold round $i $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/environment.txt"
  rm -rf "$results/cold-out"
  CYBERSTAT_HEAP=$heap measure cold-annual ./cyberstat run --year "$year" --warehouse "$demo" --out "$results/cold-out"
  if [ -n "$base" ]; then
    rm -rf "$results/cold-out"
    CYBERSTAT_HEAP=$heap measure cold-annual-base "$base/cyberstat" run --year "$year" --warehouse "$demo" \
      --out "$results/cold-out"
  fi
  run="$data/cold-alerts"; rm -rf "$run"; mkdir -p "$run"
  printf 'warehouse.dir=%s\nwork.dir=%s\nalerts.hmac.key=%s\n' "$run/warehouse" "$run/work" \
    "YmVuY2gtb25seS1rZXktMzItYnl0ZXMtbG9uZy4uLi4=" >"$run/cyberstat.properties"
  cli=(java "${java_opts[@]}" -Xmx2g -cp "$cp_pipeline" eu.cyberstat.cli.Main)
  measure cold-alerts-ingest "${cli[@]}" ingest-alerts "$export_file" --platform DE-MELDESTELLE \
    --profile templates/profiles/alerts-de-meldestelle.yaml --config "$run/cyberstat.properties"
  measure cold-alerts-metrics "${cli[@]}" alert-metrics --year 2024 --out "$run/out" --config "$run/cyberstat.properties"
  rm -rf "$run/duckdb"
  measure duckdb java -Xmx512m -cp "$cp_duckdb" eu.cyberstat.bench.DuckDbAlerts bench/alerts/duckdb-alerts.sql \
    "$export_file" "$run/duckdb" 2024 2 2GB
  rm -rf "$run"
done
echo "# load average at the end $(cut -d' ' -f1-3 /proc/loadavg)" >>"$results/environment.txt"

python3 - "$results/measurements.tsv" <<'PY' | tee "$results/summary.md"
import collections, statistics, sys
rows = collections.defaultdict(list)
detail = {}
for line in open(sys.argv[1]):
    f = line.rstrip("\n").split("\t")
    rows[f[1]].append((int(f[2]), f[3], f[4]))
    if len(f) > 5:
        detail[f[1]] = f[5]
med = lambda k: statistics.median(ms for ms, _, _ in rows[k]) / 1000 if k in rows else float("nan")
# A cold alert job is its two commands; the warm one is ingest + metrics in the one JVM.
if "cold-alerts-ingest" in rows:
    rows["cold-alerts"] = [(a[0] + b[0], "-", "-") for a, b in zip(rows["cold-alerts-ingest"], rows["cold-alerts-metrics"])]
print("| measure | n | median s | min – max s | Spark jobs | Spark stages |")
print("|---|---:|---:|---|---:|---:|")
for k, v in rows.items():
    ms = [m for m, _, _ in v]
    print("| %s | %d | %.1f | %.1f – %.1f | %s | %s |" % (k, len(v), med(k), min(ms) / 1000, max(ms) / 1000,
                                                   "/".join(sorted(set(j for _, j, _ in v))),
                                                   "/".join(sorted(set(s for _, _, s in v)))))
print()
for k, d in detail.items():
    print("- %s: %s" % (k, d))
print()
duck = med("duckdb")
print("Targets:")
print("- warm annual run < 10 s: median %.1f s (while warming %.1f s; cold command %.1f s, first run in the JVM %.1f s)" % (
    med("annual-warm"), med("annual-warming"), med("cold-annual"), med("annual-first")))
if "cold-annual-base" in rows:
    print("- cold annual run, this revision against BASE: %.1f s against %.1f s" % (med("cold-annual"), med("cold-annual-base")))
print("- provisional re-run after an upload < 10 s: %.1f s" % med("annual-provisional"))
print("- warm 1 M alert ingest + metrics <= DuckDB: %.1f s against %.1f s = %.2fx (while warming %.1f s)" % (
    med("alerts-warm"), duck, med("alerts-warm") / duck, med("alerts-warming")))
print("- cold 1 M alert ingest + metrics <= 2x DuckDB: %.1f s against %.1f s = %.2fx" % (
    med("cold-alerts"), duck, med("cold-alerts") / duck))
PY
echo "results in $results" >&2
