#!/usr/bin/env bash
# Linearity of every reader (issue 14): times each reader on one value of 1, 2, 4 and 8 million characters
# and prints the table of docs/benchmarks.md. Usage: bench/fuzz/linearity.sh
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
# ingest and the core it uses, compiled in one reactor; the last class path written is ingest's.
mvn -q -B -pl ingest -am compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
mkdir -p bench/data bench/results
result="bench/results/linearity-$(date -u +%Y%m%dT%H%M%SZ).txt"
java @jvm.options -Xmx2g -Dcyberstat.home="$home" -cp "ingest/target/classes:$(cat "$cp_file")" \
  bench/fuzz/Linearity.java "$home" bench/data/linearity | tee "$result"
echo "saved to $result" >&2
