#!/usr/bin/env bash
# Report generation benchmark: the full set (3 PDFs, the workbook, 27 feedback sheets) rendered
# from the test fixture in one warm JVM; prints every run and the median of the warm runs.
# Usage: bench/report/run.sh [warm-ups] [runs]      (defaults: 2 warm-ups, 5 measured runs)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
warmups="${1:-2}"
runs="${2:-5}"
mkdir -p bench/results work/tmp
mvn -q -B -pl reports -am -DskipTests test-compile
mvn -q -B -pl reports -am dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$home/work/tmp/report-bench.cp" >/dev/null
cp="reports/target/test-classes:reports/target/classes:ingest/target/classes:$(cat work/tmp/report-bench.cp)"
out="bench/results/report-$(date -u +%Y%m%dT%H%M%SZ).txt"
{
  echo "# report benchmark $(date -u +%Y-%m-%dT%H:%M:%SZ) on $(nproc) cores, $(java -version 2>&1 | head -1)"
  echo "# git $(git rev-parse --short HEAD 2>/dev/null || echo '?'), load average: $(cut -d' ' -f1-3 /proc/loadavg)"
  java @jvm.options -Xmx2g -Djava.io.tmpdir="$home/work/tmp" -cp "$cp" eu.cyberstat.reports.ReportBenchmark \
    templates/report work/report-bench "$warmups" "$runs" 2>&1 | grep -v 'Log4j API could not find'
} | tee "$out"
echo "written: $out"
