#!/usr/bin/env bash
# Validation benchmark: times the validation of 10 000-figure files (project CSV, a ';' Windows-1252
# export, SDMX-CSV, .xlsx) and of the real files in ../shared when present, in a warm JVM: the
# median of RUNS measured runs after WARMUP runs. Results go to stdout and bench/results/.
# The benchmark is eu.cyberstat.tools.bench.ValidationBench in the tools module.
# Usage: bench/validate/run.sh [ROWS] [WARMUP] [RUNS]      (defaults 10000 20 30)
# The real files are looked for in ../shared, or in $CYBERSTAT_SHARED.
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
build=(-q -B -pl tools -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=runtime
       -Dmdep.outputFile="$cp_file")
mvn -o "${build[@]}" >&2 || mvn "${build[@]}" >&2
mkdir -p bench/data bench/results
result="bench/results/validate-$(date -u +%Y%m%dT%H%M%SZ).txt"
java @jvm.options -Xmx1g -Dcyberstat.home="$home" -cp "tools/target/classes:$(cat "$cp_file")" \
  eu.cyberstat.tools.bench.ValidationBench bench/data "${1:-10000}" "${2:-20}" "${3:-30}" "${CYBERSTAT_SHARED:-$home/../shared}" | tee "$result"
echo "saved to $result" >&2
