#!/usr/bin/env bash
# Regenerates the synthetic sample data of data-samples/ (deterministic: same seed, same files).
# The generator is eu.cyberstat.ingest.samples.SampleGenerator in ingest/src/test/java; the
# expected outcomes of data-samples/bad/*.expected.json are written by hand and not touched.
# Usage: data-samples/generator/generate.sh [OUTPUT_DIR]   (default: data-samples)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$home/data-samples}"
cd "$home"
mvn -q -B -o -pl ingest -am -DskipTests install >&2 || mvn -q -B -pl ingest -am -DskipTests install >&2
mvn -q -B -o -pl ingest test-compile >&2
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
mvn -q -B -o -pl ingest dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$cp_file" >&2
java -cp "ingest/target/test-classes:ingest/target/classes:$(cat "$cp_file")" \
  eu.cyberstat.ingest.samples.SampleGenerator "$out"
