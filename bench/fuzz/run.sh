#!/usr/bin/env bash
# The full fuzzing run of issue 14: ReadersFuzzTest with 10 000 generated and mutated inputs per reader
# (the normal build tries 100). Prints the counts per reader as the table of docs/reliability.md and the
# wall-clock time; .ci/run runs it after the normal verify. Usage: bench/fuzz/run.sh [TRIES] [SEED|random]
# The build's seed (pom.xml, fuzz.seed) makes CI try the same inputs every run; 'random' explores new ones,
# and whatever they break is committed as a regression input.
set -euo pipefail
cd "$(dirname "$0")/../.."
tries="${1:-10000}"
seed_arg=()
[ -z "${2:-}" ] || seed_arg=(-Dfuzz.seed="$2")
report=ingest/target/fuzz-report
rm -rf "$report" ingest/target/fuzz-failures
start=$(date +%s)
status=0
mvn -B -Pfuzz -Dfuzz.tries="$tries" "${seed_arg[@]}" -pl ingest -am test -Dtest=ReadersFuzzTest -Dsurefire.failIfNoSpecifiedTests=false \
  || status=$?
end=$(date +%s)
echo
echo "Fuzzing, $tries tries per reader, seed ${2:-of the build} ($(date -u +%Y-%m-%d), $(nproc) cores):"
echo "| reader | inputs | accepted | rejected with a message | seconds | slowest input (ms) |"
echo "|---|---:|---:|---:|---:|---:|"
for f in "$report"/*.tsv; do
  [ -f "$f" ] || continue
  tail -n +2 "$f" | awk -F'\t' '{printf "| %s | %d | %d | %d | %.1f | %d |\n", $1, $2, $3, $4, $5, $6}'
done
echo "wall clock: $((end - start)) s (Maven, compilation and the JVM included)"
if [ -d ingest/target/fuzz-failures ]; then
  echo "Inputs that broke a promise, kept for regression tests (commit them under"
  echo "ingest/src/test/resources/fuzz-regressions/<reader>/):"
  find ingest/target/fuzz-failures -type f | sort
fi
exit "$status"
