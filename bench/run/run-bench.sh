#!/usr/bin/env bash
# Measures the annual run on the sample data: `./cyberstat run` from a cold JVM start to the
# last file written (wall clock), and the stage timings it records in its manifest.
#
#   bench/run/run-bench.sh [YEAR] [REPEATS]
#
# The warehouse is built once in bench/data/run-warehouse by `./cyberstat demo` (every file of
# data-samples/demo-plan.csv), or taken from BENCH_WAREHOUSE. Results go to bench/results/run-<timestamp>.txt (not committed).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
year="${1:-2022}"
repeats="${2:-3}"
warehouse="${BENCH_WAREHOUSE:-$home/bench/data/run-warehouse}"
out="$home/bench/results/run-out"
mkdir -p bench/results bench/data
report="bench/results/run-$(date -u +%Y%m%dT%H%M%SZ).txt"

./cyberstat --version >/dev/null   # builds the project first if needed: not part of the measure

if [ -z "${BENCH_WAREHOUSE:-}" ] && [ ! -d "$warehouse/tables/observations/_log" ]; then
  # The demo loads every sample file of data-samples/demo-plan.csv (national files, Eurostat
  # extract, revision, alert exports) exactly as a user would, then runs once (not measured).
  echo "Loading data-samples/ into $warehouse with ./cyberstat demo ..." >&2
  ./cyberstat demo --warehouse "$warehouse" --out "$home/bench/data/run-demo-out" >/dev/null 2>&1 \
    || { echo "the demo failed: run ./cyberstat demo --warehouse $warehouse to see why" >&2; exit 1; }
fi

{
  echo "cyberstat run benchmark: year $year, $(date -u +%FT%TZ)"
  echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2/1048576}' /proc/meminfo), load $(cut -d' ' -f1-3 /proc/loadavg)"
  echo "java: $(java -version 2>&1 | head -1)"
  echo "warehouse: $warehouse ($(ls "$warehouse/tables/observations/_log" | grep -c json) submissions)"
} | tee "$report"

for i in $(seq 1 "$repeats"); do
  rm -rf "$out"
  start=$(date +%s%N)
  ./cyberstat run --year "$year" --warehouse "$warehouse" --out "$out" >/dev/null 2>"$out.log" || { cat "$out.log" >&2; exit 1; }
  end=$(date +%s%N)
  ms=$(( (end - start) / 1000000 ))
  stages=$(python3 - "$out/manifest.json" <<'PY'
import json, sys
m = json.load(open(sys.argv[1]))
print(", ".join(f"{t['stage']} {t['millis']}" for t in m["timings"]),
      f"| figures {m['table']['rows']}, inputs {len(m['inputs'])}")
PY
)
  echo "run $i: ${ms} ms cold start to last file; stages (ms): $stages" | tee -a "$report"
done
echo "report: $report" >&2
