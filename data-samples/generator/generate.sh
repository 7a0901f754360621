#!/usr/bin/env bash
# Regenerates the synthetic sample data of data-samples/ (deterministic: same seed, same files).
# The generator is eu.cyberstat.tools.samples.SampleGenerator in the tools module (not part of the
# product); the expected outcomes of data-samples/bad/*.expected.json are written by hand and not touched.
# Usage: data-samples/generator/generate.sh [OUTPUT_DIR]   (default: data-samples)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
out="${1:-$home/data-samples}"
cd "$home"
cp_file="$(mktemp)"
trap 'rm -f "$cp_file"' EXIT
build=(-q -B -pl tools -am -DskipTests package dependency:build-classpath -Dmdep.includeScope=runtime
       -Dmdep.outputFile="$cp_file")
mvn -o "${build[@]}" >&2 || mvn "${build[@]}" >&2
java -cp "tools/target/classes:$(cat "$cp_file")" eu.cyberstat.tools.samples.SampleGenerator "$out"
