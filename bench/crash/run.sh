#!/usr/bin/env bash
# The crash harness of issue 14: kills real ./cyberstat processes with SIGKILL at random moments of
# their run (submit, import-population, ingest-alerts, run, and an upload into `cyberstat serve` through
# its API) and after every kill checks, from outside:
#   - the warehouse opens and `cyberstat warehouse check` finds nothing damaged (exit 0; leftovers
#     of the killed command are allowed and listed);
#   - the run's output folder is absent, or a finished run whose every output matches the SHA-256
#     its manifest records (never some outputs without a manifest, never old and new mixed);
#   - a rerun of the same command succeeds, and what it leaves equals an uninterrupted run: the
#     figures of the submission, the population imported, the alert figures, every output file but
#     the manifest;
#   - `cyberstat warehouse clean --older-than 0s` then leaves `warehouse check` with no leftovers;
#   - for an upload: the service starts again on the same folders, removes what the killed one left
#     half received, answers, takes the same file again (accepted, or a duplicate of what the killed
#     one committed), and every upload record that names a submission names one the warehouse holds.
# Before the kills, CONCURRENT_ROUNDS (default 2) rounds of commands that overlap without a kill: two
# platforms' alert ingests at once, and a run while a submission arrives; each must succeed, leave
# `warehouse check` clean and give what the same commands give one after the other.
# Each kill starts from a fresh copy of one prepared warehouse per scenario (a copy costs
# milliseconds; a JVM start costs seconds). The kill moment is uniform over the command's measured
# uninterrupted duration. A rerun, comparison and clean-up follow every RERUN_EVERY-th kill of each
# command (default 5); every kill is checked. Prints a summary table (docs/reliability.md records it); exits non-zero on any failure.
#
# Usage: bench/crash/run.sh [SUBMIT_KILLS INGEST_KILLS RUN_KILLS IMPORT_KILLS UPLOAD_KILLS]
#        (default 40 30 20 10 20: 120 kills)
set -euo pipefail
cd "$(dirname "$0")/../.."
home=$(pwd)
submit_kills=${1:-40}
ingest_kills=${2:-30}
run_kills=${3:-20}
import_kills=${4:-10}
upload_kills=${5:-20}
population=$home/ingest/src/test/resources/eu/cyberstat/ingest/population/demo_pjan.tsv
rerun_every=${RERUN_EVERY:-5}
concurrent_rounds=${CONCURRENT_ROUNDS:-2}
concurrent_ok=0
portal_leftovers=0
phase=preparation
samples=$home/data-samples
base=$(mktemp -d "${TMPDIR:-/tmp}/cyberstat-crash.XXXXXX")
serve_pid=""
. bench/lib/serve.sh
trap 'serve_stop; rm -rf "$base"' EXIT
log=$base/log
mkdir -p "$log"
failures=0
start_all=$(date +%s)

./cyberstat -V >/dev/null   # builds once, outside the measured commands

fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

now_ms() { date +%s%3N; }

# The prepared warehouse every scenario copies: two national submissions and one alert export.
prepare() {
  ./cyberstat submit "$samples/national/bg-2013-2022.csv" --country BG --warehouse "$base/wh" >"$log/prep1" 2>&1
  ./cyberstat submit "$samples/national/cy-2013-2022.csv" --country CY --warehouse "$base/wh" >"$log/prep2" 2>&1
  ./cyberstat ingest-alerts "$samples/alerts/nl-meldpunt-2022-2024.jsonl" --platform NL-MELDPUNT \
    --profile templates/profiles/alerts-nl-meldpunt.yaml --warehouse-key --warehouse "$base/wh" >"$log/prep3" 2>&1
}

# The command of a scenario on warehouse $1 (output folder $1.out).
command_of() {
  local scenario=$1 wh=$2
  case $scenario in
    submit) echo ./cyberstat submit "$samples/national/cz-2013-2022.csv" --country CZ --warehouse "$wh" ;;
    ingest) echo ./cyberstat ingest-alerts "$samples/alerts/fr-pharos-2022-2024.csv" --platform FR-PHAROS \
              --profile templates/profiles/alerts-fr-pharos.yaml --warehouse-key --warehouse "$wh" ;;
    run) echo ./cyberstat run --year 2022 --warehouse "$wh" --out "$wh.out" ;;
    import) echo ./cyberstat import-population "$population" --warehouse "$wh" ;;
  esac
}

# What an uninterrupted command leaves, reduced to what must be equal after a rerun.
outcome() {
  local scenario=$1 wh=$2 into=$3
  mkdir -p "$into"
  case $scenario in
    submit|upload)
      # Exactly one accepted submission of the file, and its figures as normalised.
      local ids
      ids=$(grep -l '"cz-2013-2022.csv"' "$wh"/tables/observations/_log/*.json | xargs -r jq -r .id)
      [ "$(echo "$ids" | grep -c .)" -eq 1 ] || { echo "submissions of the file: $(echo "$ids" | grep -c .)"; return 1; }
      cp "$wh/submissions/$ids/observations.csv" "$into/figures.csv"
      ;;
    ingest)
      ./cyberstat alert-metrics --year 2023 --warehouse "$wh" --out "$wh.alerts" >"$into/log" 2>&1 || return 1
      cp "$wh.alerts/alerts-2023.csv" "$into/"
      # Quarantined records of the export in force: one ingest's worth, never none, never twice.
      jq -r 'select(.properties.platform == "FR-PHAROS") | .id' "$wh"/tables/alerts_quarantine/_log/*.json >/dev/null
      ;;
    run)
      (cd "$wh.out" && find . -type f ! -name manifest.json -print0 | sort -z | xargs -0 sha256sum) >"$into/sha256"
      ;;
    import)
      # Exactly one import of the file, and the population figures it brought.
      local ids
      ids=$(grep -l '"demo_pjan.tsv"' "$wh"/reference/population/_log/*.json 2>/dev/null | xargs -r jq -r .id)
      [ "$(echo "$ids" | grep -c .)" -eq 1 ] || { echo "imports of the file: $(echo "$ids" | grep -c .)"; return 1; }
      cp "$wh/reference/population/$ids/population.csv" "$into/population.csv"
      ;;
  esac
}

# A run output folder that exists must be finished: a manifest whose every listed output matches.
run_folder_whole() {
  local out=$1
  [ -e "$out" ] || return 0
  [ -f "$out/manifest.json" ] || { echo "$out exists without manifest.json"; return 1; }
  jq -r '.outputs[] | "\(.sha256)  \(.name)"' "$out/manifest.json" >"$out.expected"
  (cd "$out" && sha256sum --quiet -c "$out.expected") || { echo "$out: outputs differ from its manifest"; return 1; }
  local listed present
  listed=$(($(wc -l <"$out.expected") + 1))
  present=$(find "$out" -type f | wc -l)
  [ "$listed" -eq "$present" ] || { echo "$out: $present files, the manifest lists $((listed - 1)) and itself"; return 1; }
}

# The table of what was done, also when a time bound stops the harness (CI's `timeout` sends TERM):
# every kill counted in it has been checked.
summary() {
  total=$((kills[submit] + kills[import] + kills[ingest] + kills[run] + kills[upload]))
  echo
  echo "Crash harness, $(date -u +%Y-%m-%d), $(nproc) cores, SIGKILL at a uniform random moment of each command:"
  echo "| command | kills | finished before the kill (drawn again) | warehouse check clean of damage | reruns that succeeded | equal to an uninterrupted run | no leftover after clean | seconds |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|"
  for scenario in $scenarios; do
    echo "| $scenario | ${kills[$scenario]} | ${completed[$scenario]} | ${checks[$scenario]} | ${reruns[$scenario]} | ${equal[$scenario]} | ${cleaned[$scenario]} | ${seconds[$scenario]:-0} |"
  done
  echo "upload: $portal_leftovers of ${reruns[upload]} restarts of the service removed leftovers of the killed upload"
  echo "concurrency: $concurrent_ok of $concurrent_rounds rounds clean (two ingests at once; a run during a submission)"
  echo "total: $total kills, $failures failures, $(($(date +%s) - start_all)) s wall clock (preparation included)"
}
trap 'serve_stop; echo "stopped by SIGTERM (a time bound) during the $phase"; summary; exit 124' TERM

# ---- The portal: `cyberstat serve` on a warehouse copy, with its own portal folder ----
# One operator account and its API token, made once; every kill starts from a copy of that folder.
portal_prepare() {
  token=$(serve_operator_token "$base/portal")
  [ -n "$token" ] || { echo "no API token" >&2; exit 1; }
}

# The settings of the service on warehouse $1: portal folder $1.portal, settings file $1.properties.
serve_on() {
  local wh=$1
  cat >"$wh.properties" <<PROPS
warehouse.dir = $wh
work.dir = $wh.work
portal.dir = $wh.portal
portal.reports-dir = $wh.reports
PROPS
  serve_start "$wh.properties" "$2"
}

# After a restart on the folders a killed service left: it answers; nothing half received is left in the
# portal folder; every upload record that names a submission names one the warehouse holds, and none whose
# file the warehouse holds still waits for its confirmation.
portal_whole() {
  local wh=$1 code id
  for path in /api/v1/countries/CZ/submissions /api/v1/deliveries; do
    code=$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$serve_url$path" || true)
    [ "$code" = 200 ] || { echo "GET $path answered $code after the restart"; return 1; }
  done
  if [ -n "$(ls -A "$wh.portal/uploads/.incoming" 2>/dev/null)" ]; then
    echo "spooled request parts left in $wh.portal/uploads/.incoming"; return 1
  fi
  for folder in "$wh.portal"/uploads/U*; do
    [ -d "$folder" ] || continue
    [ -f "$folder/upload.json" ] || { echo "$folder: received bytes without a record"; return 1; }
    ! ls "$folder"/*.tmp >/dev/null 2>&1 || { echo "$folder: a record half written"; return 1; }
    id=$(jq -r '.submissionId // empty' "$folder/upload.json")
    [ -z "$id" ] || [ -d "$wh/submissions/$id" ] || [ -d "$wh/submissions/rejected/$id" ] \
      || { echo "$folder names submission $id, which the warehouse does not hold"; return 1; }
    # A confirmation the killed service committed is recorded at the restart: no record waits for it.
    if [ "$(jq -r .status "$folder/upload.json")" = VALIDATED ] && jq -e --arg sha "$(jq -r .sha256 "$folder/upload.json")" \
        'select(.properties.sha256 == $sha)' "$wh"/tables/observations/_log/*.json >/dev/null 2>&1; then
      echo "$folder still waits for a confirmation although the warehouse holds its file"; return 1
    fi
  done
}

# An upload into the service, killed: the service is started and answering, the upload is sent, and the
# service (not the client) is killed at a moment drawn uniformly over an uninterrupted upload's duration
# (the service's first upload, in which Spark starts). "Finished before the kill" is an upload answered
# before the moment. Every RERUN_EVERY-th kill: the service again on the same folders, the portal checks,
# the same upload again, the outcome, and the warehouse's clean-up.
upload_scenario() {
  local n=$1 ref=$base/ref-upload wh code curl_pid why i=0
  portal_prepare
  cp -a "$base/wh" "$ref"
  cp -a "$base/portal" "$ref.portal"
  serve_on "$ref" "$log/ref-upload" || { fail "the service did not start"; tail -5 "$log/ref-upload" >&2; return; }
  t0=$(now_ms)
  code=$(serve_upload_cz "$base/ref-upload.json")
  duration=$(($(now_ms) - t0))
  serve_stop
  [ "$code" = 201 ] || { fail "the uninterrupted upload answered $code"; return; }
  outcome upload "$ref" "$base/expected-upload" || fail "outcome of the uninterrupted upload"
  echo "upload: uninterrupted in $duration ms (the service's first upload, Spark starting in it); $n kills"
  while [ "$i" -lt "$n" ]; do
    wh=$base/k-upload
    rm -rf "$wh" "$wh".*
    cp -a "$base/wh" "$wh"
    cp -a "$base/portal" "$wh.portal"
    serve_on "$wh" "$log/serve" || { fail "the service did not start"; tail -5 "$log/serve" >&2; serve_stop; continue; }
    delay=$((RANDOM * 32768 + RANDOM))
    delay=$((delay % (duration > 0 ? duration : 1)))
    serve_upload_cz "$base/answer.json" >"$base/code" &
    curl_pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -0 "$curl_pid" 2>/dev/null; then
      kill -KILL "$serve_pid" 2>/dev/null || true
      wait "$serve_pid" 2>/dev/null || true
      wait "$curl_pid" 2>/dev/null || true
      i=$((i + 1))
      kills[upload]=$((kills[upload] + 1))
    else
      wait "$curl_pid" 2>/dev/null || true
      serve_stop
      completed[upload]=$((completed[upload] + 1))
      continue   # answered before the kill: not a kill, draw again
    fi
    if ./cyberstat warehouse check --warehouse "$wh" >"$log/check" 2>&1; then
      checks[upload]=$((checks[upload] + 1))
    else
      fail "upload killed at $delay ms: warehouse check"; cat "$log/check" >&2
    fi
    [ $((i % rerun_every)) -eq 0 ] || continue
    serve_on "$wh" "$log/serve-again" || { fail "upload killed at $delay ms: the service did not start again"; \
      tail -5 "$log/serve-again" >&2; serve_stop; continue; }
    ! grep -q '^Removed [0-9]* leftovers' "$log/serve-again" || portal_leftovers=$((portal_leftovers + 1))
    why=$(portal_whole "$wh") || fail "upload killed at $delay ms: $why"
    code=$(serve_upload_cz "$base/answer-again.json")
    serve_stop
    if [ "$code" = 201 ] || { [ "$code" = 200 ] && [ "$(jq -r .receipt.status "$base/answer-again.json")" = duplicate ]; }; then
      reruns[upload]=$((reruns[upload] + 1))
    else
      fail "upload killed at $delay ms: the same upload again answered $code"; head -c 600 "$base/answer-again.json" >&2
      continue
    fi
    rm -rf "$base/got"
    if outcome upload "$wh" "$base/got" >"$log/outcome" 2>&1 \
        && diff -r -x log "$base/expected-upload" "$base/got" >"$log/diff" 2>&1; then
      equal[upload]=$((equal[upload] + 1))
    else
      fail "upload killed at $delay ms: after the upload again, not as uninterrupted"; cat "$log/outcome" "$log/diff" >&2
    fi
    if ./cyberstat warehouse clean --older-than 0s --warehouse "$wh" >"$log/clean" 2>&1 \
        && ./cyberstat warehouse check --warehouse "$wh" 2>&1 | grep -q "Leftovers: none."; then
      cleaned[upload]=$((cleaned[upload] + 1))
    else
      fail "upload killed at $delay ms: leftovers after clean"; cat "$log/clean" >&2
    fi
  done
}

declare -A kills completed reruns equal checks cleaned seconds
scenarios="run upload ingest import submit"   # the least measured first: CI bounds the harness in time
for scenario in $scenarios; do
  kills[$scenario]=0; completed[$scenario]=0; reruns[$scenario]=0; equal[$scenario]=0; checks[$scenario]=0
  cleaned[$scenario]=0
done

prepare
# For run: a finished earlier run in the output folder, so that kills hit the replacing of a folder too.
cp -a "$base/wh" "$base/ref-run"
./cyberstat run --year 2022 --warehouse "$base/ref-run" --out "$base/ref-run.out" >"$log/ref-run-0" 2>&1

# ---- Concurrency: commands that overlap, no kill ----
# Two platforms' ingests at once must give the alert figures of the two ingests one after the other;
# a run while a submission commits reads one snapshot: its outputs are those of a run before the
# submission or after it, as its manifest's inputs say, never a mixture.
concurrency() {
  phase="concurrency rounds"
  local seq=$base/seq c out
  cp -a "$base/wh" "$seq"
  ./cyberstat ingest-alerts "$samples/alerts/fr-pharos-2022-2024.csv" --platform FR-PHAROS \
    --profile templates/profiles/alerts-fr-pharos.yaml --warehouse-key --warehouse "$seq" >"$log/seq1" 2>&1
  ./cyberstat ingest-alerts "$samples/alerts/de-meldestelle-2022-2024.csv.gz" --platform DE-MELDESTELLE \
    --profile templates/profiles/alerts-de-meldestelle.yaml --warehouse-key --warehouse "$seq" >"$log/seq2" 2>&1
  ./cyberstat alert-metrics --year 2023 --warehouse "$seq" --out "$seq.alerts" >"$log/seq3" 2>&1
  cp -a "$base/wh" "$base/with-cz"
  $(command_of submit "$base/with-cz") >"$log/seq4" 2>&1
  ./cyberstat run --year 2022 --warehouse "$base/with-cz" --out "$base/with-cz.out" >"$log/seq5" 2>&1
  for round in $(seq 1 "$concurrent_rounds"); do
    c=$base/c-$round
    rm -rf "$c" "$c".*
    cp -a "$base/wh" "$c"
    ./cyberstat ingest-alerts "$samples/alerts/fr-pharos-2022-2024.csv" --platform FR-PHAROS \
      --profile templates/profiles/alerts-fr-pharos.yaml --warehouse-key --warehouse "$c" >"$log/c1" 2>&1 &
    local p1=$!
    sleep "0.$((RANDOM % 10))"
    ./cyberstat ingest-alerts "$samples/alerts/de-meldestelle-2022-2024.csv.gz" --platform DE-MELDESTELLE \
      --profile templates/profiles/alerts-de-meldestelle.yaml --warehouse-key --warehouse "$c" >"$log/c2" 2>&1 &
    local p2=$!
    wait "$p1" || { fail "round $round: the FR ingest beside another failed"; cat "$log/c1" >&2; continue; }
    wait "$p2" || { fail "round $round: the DE ingest beside another failed"; cat "$log/c2" >&2; continue; }
    ./cyberstat alert-metrics --year 2023 --warehouse "$c" --out "$c.alerts" >"$log/c3" 2>&1 \
      && cmp -s "$seq.alerts/alerts-2023.csv" "$c.alerts/alerts-2023.csv" \
      || { fail "round $round: two ingests at once differ from one after the other"; continue; }
    c=$base/r-$round   # the run and the submission on a fresh copy: no alerts beyond the prepared ones
    rm -rf "$c" "$c".*
    cp -a "$base/wh" "$c"
    ./cyberstat run --year 2022 --warehouse "$c" --out "$c.out" >"$log/c4" 2>&1 &
    p1=$!
    sleep "$((RANDOM % 8)).$((RANDOM % 10))"
    $(command_of submit "$c") >"$log/c5" 2>&1 || { fail "round $round: a submission during a run failed"; cat "$log/c5" >&2; }
    wait "$p1" || { fail "round $round: a run during a submission failed"; cat "$log/c4" >&2; continue; }
    # The run read the submission or not, as its manifest says; its outputs equal that sequential run's.
    if jq -e '.inputs[] | select(.file == "cz-2013-2022.csv")' "$c.out/manifest.json" >/dev/null; then
      out=$base/with-cz.out
    else
      out=$base/ref-run.out
    fi
    if diff -r -x manifest.json "$out" "$c.out" >"$log/c6" 2>&1 \
        && ./cyberstat warehouse check --warehouse "$c" --out "$c.out" >"$log/c7" 2>&1; then
      concurrent_ok=$((concurrent_ok + 1))
      echo "concurrency round $round: clean (the run read $([ "$out" = "$base/ref-run.out" ] && echo "the warehouse before" || echo "the warehouse after") the submission)"
    else
      fail "round $round: the run beside a submission is not a sequential run, or the warehouse check failed"
      head -20 "$log/c6" "$log/c7" >&2
    fi
  done
}
[ "$concurrent_rounds" -eq 0 ] || concurrency

for scenario in $scenarios; do
  case $scenario in
    submit) n=$submit_kills ;; ingest) n=$ingest_kills ;; run) n=$run_kills ;; import) n=$import_kills ;;
    upload) n=$upload_kills ;;
  esac
  [ "$n" -gt 0 ] || continue
  phase="$scenario kills"
  scenario_start=$(date +%s)
  if [ "$scenario" = upload ]; then
    upload_scenario "$n"
    seconds[upload]=$(($(date +%s) - scenario_start))
    continue
  fi
  # The uninterrupted command: its duration (the span kills are drawn from) and its outcome.
  ref=$base/ref-$scenario
  [ "$scenario" = run ] || cp -a "$base/wh" "$ref"
  t0=$(now_ms)
  $(command_of "$scenario" "$ref") >"$log/ref-$scenario" 2>&1 || { fail "uninterrupted $scenario"; cat "$log/ref-$scenario" >&2; continue; }
  duration=$(($(now_ms) - t0))
  outcome "$scenario" "$ref" "$base/expected-$scenario" || fail "outcome of the uninterrupted $scenario"
  echo "$scenario: uninterrupted in $duration ms; $n kills"
  i=0
  while [ "$i" -lt "$n" ]; do
    wh=$base/k-$scenario
    rm -rf "$wh" "$wh.out" "$wh.alerts" "$base"/.k-"$scenario".out.*
    cp -a "$base/wh" "$wh"
    [ "$scenario" != run ] || cp -a "$base/ref-run.out" "$wh.out"
    delay=$((RANDOM * 32768 + RANDOM))
    delay=$((300 + delay % (duration > 300 ? duration - 300 : 1)))
    $(command_of "$scenario" "$wh") >"$log/killed" 2>&1 &
    pid=$!
    sleep "$(printf '%d.%03d' $((delay / 1000)) $((delay % 1000)))"
    if kill -0 "$pid" 2>/dev/null; then
      # The launcher execs java: $pid is the JVM itself.
      kill -KILL "$pid" 2>/dev/null || true
      wait "$pid" 2>/dev/null || true
      i=$((i + 1))
      kills[$scenario]=$((kills[$scenario] + 1))
    else
      wait "$pid" 2>/dev/null || true
      completed[$scenario]=$((completed[$scenario] + 1))
      continue   # finished before the kill: not a kill, draw again
    fi
    if ./cyberstat warehouse check --warehouse "$wh" --out "$wh.out" >"$log/check" 2>&1; then
      checks[$scenario]=$((checks[$scenario] + 1))
    else
      fail "$scenario killed at $delay ms: warehouse check"; cat "$log/check" >&2
    fi
    if [ "$scenario" = run ]; then
      why=$(run_folder_whole "$wh.out") || fail "run killed at $delay ms: $why"
    fi
    # Every kill is checked; every RERUN_EVERY-th is also rerun, compared and cleaned (a rerun costs a
    # Spark start: rerunning all would take the harness past CI's time).
    [ $((i % rerun_every)) -eq 0 ] || continue
    if $(command_of "$scenario" "$wh") >"$log/rerun" 2>&1; then
      reruns[$scenario]=$((reruns[$scenario] + 1))
    else
      fail "$scenario killed at $delay ms: the rerun failed"; tail -5 "$log/rerun" >&2; continue
    fi
    rm -rf "$base/got"
    if outcome "$scenario" "$wh" "$base/got" >"$log/outcome" 2>&1 \
        && diff -r -x log "$base/expected-$scenario" "$base/got" >"$log/diff" 2>&1; then
      equal[$scenario]=$((equal[$scenario] + 1))
    else
      fail "$scenario killed at $delay ms: after the rerun, not as uninterrupted"; cat "$log/outcome" "$log/diff" >&2
    fi
    if ./cyberstat warehouse clean --older-than 0s --warehouse "$wh" --out "$wh.out" >"$log/clean" 2>&1 \
        && ./cyberstat warehouse check --warehouse "$wh" --out "$wh.out" 2>&1 | grep -q "Leftovers: none."; then
      cleaned[$scenario]=$((cleaned[$scenario] + 1))
    else
      fail "$scenario killed at $delay ms: leftovers after clean"; cat "$log/clean" >&2
    fi
  done
  seconds[$scenario]=$(($(date +%s) - scenario_start))
done

summary
[ "$failures" -eq 0 ]
