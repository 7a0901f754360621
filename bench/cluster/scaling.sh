#!/usr/bin/env bash
# Scaling of the alert ingest (issue 14): one export of 5 million rows ingested into an empty
# warehouse, in local mode with 1 and 2 threads (local[1], local[2], the launcher's class path) and
# on a Spark standalone cluster on this machine (a master and two workers of one core each, as in
# ClusterRunIT) with 1 and 2 executor cores (--total-executor-cores, spark-submit with the
# application jar). Wall time of the whole command (JVM and Spark start-up included) and the
# ingest's own time from its receipt; the medians go to bench/results/cluster-<time>/summary.md.
# Not run by CI.
#
#   bench/cluster/scaling.sh                   # 5 million rows, 3 runs of each configuration
#   ROWS=1000000 REPS=1 bench/cluster/scaling.sh
#
# Settings: ROWS, REPS, HEAP (driver / local heap, default 2g), EXECUTOR_MEMORY (default 1g),
# SPARK_HOME (a real Spark 4.x installation; default: one built from the build's Spark jars).
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
rows=${ROWS:-5000000}
reps=${REPS:-3}
heap=${HEAP:-2g}
executor_memory=${EXECUTOR_MEMORY:-1g}
year=2024
data="$home/bench/data/cluster"
results="$home/bench/results/cluster-$(date -u +%Y%m%dT%H%M%SZ)"
mkdir -p "$data" "$results" "$home/work/tmp"
command -v /usr/bin/time >/dev/null || { echo "needs /usr/bin/time (apt-get install time)" >&2; exit 2; }

echo "building cyberstat, its application jar and the tools ..." >&2
(cd "$home" && mvn -q -B -DskipTests package) >&2
app_jar="$home/cluster/target/cyberstat-cluster.jar"
cp_local="$home/pipeline/target/cyberstat-pipeline.jar:$home/pipeline/target/lib/*"
mapfile -t jvm_options < <(grep -v -e '^#' -e '^[[:space:]]*$' "$home/jvm.options")

input="$data/de-meldestelle-$rows.csv"
if [ ! -f "$input" ]; then
  echo "generating $rows alerts ..." >&2
  java -Xmx1g -cp "$home/tools/target/classes:$cp_local" eu.cyberstat.tools.alerts.AlertExportGenerator \
    de-csv "$rows" $((year - 1)) 2 "$input" 0.001 7
fi

# A Spark installation: the one given, or the jars Spark SQL brings (what a distribution ships).
if [ -z "${SPARK_HOME:-}" ]; then
  export SPARK_HOME="$data/spark"
  rm -rf "$SPARK_HOME"; mkdir -p "$SPARK_HOME/jars" "$SPARK_HOME/conf"
  tr ":" "\n" <"$home/cluster/target/spark-distribution.classpath" | while read -r jar || [ -n "$jar" ]; do
    [ -n "$jar" ] && ln -s "$jar" "$SPARK_HOME/jars/"
  done
  echo "Spark jars of the build" >"$SPARK_HOME/RELEASE"
fi
export SPARK_SCALA_VERSION=2.13 SPARK_LOCAL_IP=127.0.0.1 SPARK_LOCAL_HOSTNAME=127.0.0.1

pids=()
stop_cluster() {
  local pid
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
  pids=()
}
trap stop_cluster EXIT

cluster="$data/standalone"
rm -rf "$cluster"; mkdir -p "$cluster"
java "${jvm_options[@]}" -Xmx256m -cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.master.Master \
  --host 127.0.0.1 --port 0 --webui-port 0 >"$cluster/master.log" 2>&1 &
pids+=($!)
master=""
for _ in $(seq 1 360); do
  master=$(grep -o 'spark://127\.0\.0\.1:[0-9]*' "$cluster/master.log" | head -1 || true)
  [ -n "$master" ] && break
  sleep 0.5
done
[ -n "$master" ] || { echo "the master did not start: $cluster/master.log" >&2; exit 1; }
for w in 1 2; do
  mkdir -p "$cluster/worker-$w/apps" "$cluster/worker-$w/local"
  SPARK_LOCAL_DIRS="$cluster/worker-$w/local" java "${jvm_options[@]}" -Xmx256m -cp "$SPARK_HOME/jars/*" \
    org.apache.spark.deploy.worker.Worker --host 127.0.0.1 --port 0 --webui-port 0 --cores 1 \
    --memory "$executor_memory" --work-dir "$cluster/worker-$w/apps" "$master" >"$cluster/worker-$w.log" 2>&1 &
  pids+=($!)
done
for _ in $(seq 1 360); do
  [ "$(grep -c 'Registering worker' "$cluster/master.log" || true)" -ge 2 ] && break
  sleep 0.5
done

{
  echo "# machine: $(nproc) cores, $(free -g | awk '/Mem/ {print $2}') GB; java $(java -version 2>&1 | head -1)"
  echo "# $rows rows, $(du -h "$input" | cut -f1); started $(date -u +%FT%TZ); master $master"
  echo "# git $(git -C "$home" rev-parse --short HEAD)"
} >"$results/environment.txt"
printf 'configuration\trun\twall_s\tingest_s\tload_before\n' >"$results/measurements.tsv"

run_one() { # configuration (local-N: local[N]; cluster-N: N executor cores), run number
  local config=$1 rep=$2 cores=${1#*-}
  local run="$data/run"
  rm -rf "$run"; mkdir -p "$run/work"
  # The key in a settings file only the owner reads: never on a command line.
  (umask 077; printf 'warehouse.dir=%s\nwork.dir=%s\nalerts.hmac.key=%s\n' "$run/warehouse" "$run/work" \
    "$(head -c 32 /dev/urandom | base64)" >"$run/cyberstat.properties")
  local cmd=(java "${jvm_options[@]}" -Xmx"$heap" -Djava.io.tmpdir="$home/work/tmp" -Dcyberstat.home="$home")
  case $config in
    local-*) cmd+=(-Dspark.master="local[$cores]" -cp "$cp_local" eu.cyberstat.cli.Main) ;;
    cluster-*) cmd+=(-cp "$SPARK_HOME/jars/*" org.apache.spark.deploy.SparkSubmit --master "$master" --deploy-mode client
      --class eu.cyberstat.cli.Main --total-executor-cores "$cores" --executor-cores 1
      --executor-memory "$executor_memory" --conf spark.driver.host=127.0.0.1 --conf spark.sql.shuffle.partitions=4
      "$app_jar") ;;
  esac
  local load; load=$(cut -d' ' -f1 /proc/loadavg)
  echo "$config, run $rep of $reps (load $load) ..." >&2
  /usr/bin/time -f "%e" -o "$results/time.tmp" "${cmd[@]}" ingest-alerts "$input" --platform DE-MELDESTELLE \
    --profile "$home/templates/profiles/alerts-de-meldestelle.yaml" --config "$run/cyberstat.properties" \
    >"$results/$config-$rep.out" 2>"$results/$config-$rep.err"
  local ingest; ingest=$(awk '/^  time/ {print $2}' "$results/$config-$rep.out")
  printf '%s\t%s\t%s\t%s\t%s\n' "$config" "$rep" "$(cat "$results/time.tmp")" "$ingest" "$load" >>"$results/measurements.tsv"
}

for rep in $(seq 1 "$reps"); do
  for config in local-1 local-2 cluster-1 cluster-2; do
    run_one "$config" "$rep"
  done
done
rm -rf "$data/run"

python3 - "$results/measurements.tsv" <<'PY' | tee "$results/summary.md"
import csv, statistics, sys
rows = list(csv.DictReader(open(sys.argv[1]), delimiter="\t"))
configs = ["local-1", "local-2", "cluster-1", "cluster-2"]
med = {}
print("| configuration | runs | wall s (median) | ingest s (median) | min – max wall s |")
print("|---|---:|---:|---:|---|")
for c in configs:
    r = [x for x in rows if x["configuration"] == c]
    if not r:
        continue
    wall = [float(x["wall_s"]) for x in r]
    ingest = [float(x["ingest_s"]) for x in r if x["ingest_s"]]
    med[c] = (statistics.median(wall), statistics.median(ingest) if ingest else float("nan"))
    print(f"| {c} | {len(r)} | {med[c][0]:.1f} | {med[c][1]:.1f} | {min(wall):.1f} – {max(wall):.1f} |")
for one, two in (("local-1", "local-2"), ("cluster-1", "cluster-2")):
    if one in med and two in med:
        print(f"\nspeed-up {two} over {one}: wall {med[one][0] / med[two][0]:.2f}x, ingest {med[one][1] / med[two][1]:.2f}x")
PY
echo "results in $results" >&2
