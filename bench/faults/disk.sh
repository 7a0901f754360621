#!/usr/bin/env bash
# The disk faults of issue 14, on a real small file system: a tmpfs mounted for the purpose (root, or
# CAP_SYS_ADMIN, is needed to mount it; under CI=true its absence fails, elsewhere it skips saying so).
#
# Full disk: the warehouse (and for `run` the output folder) on the tmpfs, filled so that only a few
# bytes to a few megabytes are free — so the writes stop at different points of each command — then
# `submit`, `ingest-alerts`, `import-population`, `run`, and an upload through `cyberstat serve`'s API.
# Each must either succeed or fail with a short message saying the disk is full and what to do (no
# stack trace, non-zero exit; the service answers an error and keeps running), leave what readers see
# exactly as before (the commit logs, the submissions listing, an earlier run's output folder), and
# `warehouse check` finding nothing damaged. Then the filler is removed and the same command succeeds,
# and `warehouse clean` leaves no leftover.
# Read-only: the same commands on the tmpfs remounted read-only (under the running service, a read-only
# bind mount laid over it) must say so and change nothing; once read-write again they succeed.
#
# Usage: bench/faults/disk.sh        Prints a table (docs/reliability.md records it); exits non-zero on
#                                     any failure.
set -euo pipefail
cd "$(dirname "$0")/../.."
samples=$(pwd)/data-samples
population=$(pwd)/ingest/src/test/resources/eu/cyberstat/ingest/population/demo_pjan.tsv
base=$(mktemp -d "${TMPDIR:-/tmp}/cyberstat-disk.XXXXXX")
disk=$base/disk
log=$base/log
mkdir -p "$disk" "$log"
serve_pid=""
. bench/lib/serve.sh
root=""   # mounting needs root: sudo when not root (as .ci/run installs packages)
[ "$(id -u)" -eq 0 ] || root="sudo -n"
cleanup() {
  serve_stop
  # The tmpfs, and a read-only bind mount over it if a failure left one.
  while mountpoint -q "$disk"; do $root umount -l "$disk" || break; done
  rm -rf "$base"
}
trap cleanup EXIT
failures=0
fail() {
  echo "FAIL: $*" >&2
  failures=$((failures + 1))
}

if ! $root mount -t tmpfs -o size=64m cyberstat-disk-faults "$disk" 2>"$log/mount"; then
  echo "Cannot mount a tmpfs for the disk faults ($(cat "$log/mount")): run as root." >&2
  [ "${CI:-}" != true ] || exit 1
  echo "SKIPPED: the disk faults need a small file system of their own." >&2
  exit 0
fi

./cyberstat -V >/dev/null   # builds once, outside the measured commands

# The prepared warehouse (on the normal disk): two national submissions, one alert export, and a finished
# run in an output folder beside it.
./cyberstat submit "$samples/national/bg-2013-2022.csv" --country BG --warehouse "$base/wh" >"$log/prep" 2>&1
./cyberstat submit "$samples/national/cy-2013-2022.csv" --country CY --warehouse "$base/wh" >>"$log/prep" 2>&1
./cyberstat ingest-alerts "$samples/alerts/nl-meldpunt-2022-2024.jsonl" --platform NL-MELDPUNT \
  --profile templates/profiles/alerts-nl-meldpunt.yaml --warehouse-key --warehouse "$base/wh" >>"$log/prep" 2>&1
./cyberstat run --year 2022 --warehouse "$base/wh" --out "$base/wh.out" >>"$log/prep" 2>&1
token=$(serve_operator_token "$base/portal")

wh=$disk/wh
out=$disk/wh.out
command_of() {
  case $1 in
    submit) echo ./cyberstat submit "$samples/national/cz-2013-2022.csv" --country CZ --warehouse "$wh" ;;
    ingest) echo ./cyberstat ingest-alerts "$samples/alerts/fr-pharos-2022-2024.csv" --platform FR-PHAROS \
              --profile templates/profiles/alerts-fr-pharos.yaml --warehouse-key --warehouse "$wh" ;;
    import) echo ./cyberstat import-population "$population" --warehouse "$wh" ;;
    run) echo ./cyberstat run --year 2022 --warehouse "$wh" --out "$out" ;;
  esac
}

# What readers see: every commit-log entry, the submissions listing, the finished run's outputs.
seen() {
  (cd "$wh" && find . -path '*/_log/*.json' -print0 | sort -z | xargs -0 sha256sum) || echo "no warehouse"
  ./cyberstat submissions --warehouse "$wh" 2>&1 || echo "submissions: exit $?"
  (cd "$out" 2>/dev/null && find . -type f -print0 | sort -z | xargs -0 sha256sum) || echo "no output folder"
}

fresh() {
  [ -z "$(findmnt -n -o OPTIONS "$disk" | grep -w ro)" ] || $root mount -o remount,rw "$disk"
  rm -rf "$disk"/*
  cp -a "$base/wh" "$wh"
  cp -a "$base/wh.out" "$out"
  cp -a "$base/portal" "$disk/portal"
}

# Leaves $1 bytes free on the tmpfs.
fill_to() {
  local avail
  avail=$(df --output=avail -B1 "$disk" | tail -1)
  [ "$avail" -le "$1" ] || fallocate -l $((avail - $1)) "$disk/filler"
}

# A message a person can act on: the disk (or read-only) named, what to do, no stack trace, short.
message_ok() {
  local file=$1 words=$2
  grep -q "$words" "$file" || { echo "no \"$words\" in: $(head -c 400 "$file")"; return 1; }
  ! grep -qE '^\s+at [a-z]|Exception in thread|^Caused by:' "$file" || { echo "a stack trace: $(grep -m1 -E '^\s+at ' "$file")"; return 1; }
  [ "$(wc -l <"$file")" -le 12 ] || { echo "$(wc -l <"$file") lines of output"; return 1; }
}

declare -A tried failed_clearly succeeded unchanged again said
row() { tried[$1]=0; failed_clearly[$1]=0; succeeded[$1]=0; unchanged[$1]=0; again[$1]=0; }
commands=${COMMANDS:-"submit ingest import run upload"}
for c in $commands; do row "$c"; done
row read-only

cat >"$base/serve.properties" <<PROPS
warehouse.dir = $wh
work.dir = $base/serve-work
portal.dir = $disk/portal
portal.reports-dir = $out
PROPS

# Turns the disk read-only for command $1, and back. For a command the tmpfs itself is remounted. Under
# the running service that waits for the files it holds open for writing ("mount point is busy"), so a
# read-only bind mount is laid over the tmpfs: whatever the service opens from then on is on a
# read-only file system, as after a disk error; a lazy unmount of the bind mount undoes it.
make_read_only() {
  if [ "$1" = upload ]; then
    $root mount --bind "$disk" "$disk"
    $root mount -o remount,bind,ro "$disk"
  else
    $root mount -o remount,ro "$disk"
  fi
}
make_writable() {
  if [ "$1" = upload ]; then $root umount -l "$disk"; else $root mount -o remount,rw "$disk"; fi
}

# One command on a disk with $2 bytes free ("ro": read-only): it succeeds or says so; readers see what
# they saw; once freed it succeeds; clean leaves nothing.
attempt() {
  local c=$1 free=$2 key=$1 status words before after code
  [ "$free" != ro ] || key=read-only
  fresh
  [ "$c" != upload ] || { serve_start "$base/serve.properties" "$log/serve" || { fail "$c: the service did not start"; tail -5 "$log/serve" >&2; return; }; }
  before=$(seen)
  if [ "$free" = ro ]; then
    make_read_only "$c"
    words="read-only file system"
  else
    fill_to "$free"
    words="No space left on the device of"
  fi
  tried[$key]=$((tried[$key] + 1))
  status=0
  if [ "$c" = upload ]; then
    code=$(serve_upload_cz "$base/answer.json")
    { echo "HTTP $code"; jq -r '.message // empty' "$base/answer.json" 2>/dev/null || cat "$base/answer.json"; } >"$log/attempt"
    case $code in 201) status=0 ;; *) status=1 ;; esac
    # The service answers an uploader in its own words, no server path: 507 Insufficient Storage, or
    # 503 Service Unavailable while its storage is read-only.
    if [ "$free" = ro ]; then
      words="its storage is read-only"
      [ "$code" = 503 ] || fail "$c on a read-only disk: answered $code, not 503"
    else
      words="its disk is full"
      [ "$code" = 201 ] || [ "$code" = 507 ] || fail "$c with $free bytes free: answered $code, not 507"
    fi
    kill -0 "$serve_pid" 2>/dev/null || fail "$c on $free: the service stopped"
  else
    $(command_of "$c") >"$log/attempt" 2>&1 || status=$?
  fi
  if [ "$status" -eq 0 ]; then
    succeeded[$key]=$((succeeded[$key] + 1))
  elif why=$(message_ok "$log/attempt" "$words"); then
    failed_clearly[$key]=$((failed_clearly[$key] + 1))
    # The first message of each kind, printed with the table (the user's view, the tmpfs's path shortened).
    kind=full
    [ "$free" != ro ] || kind=read-only
    if [ -z "${said[$c-$kind]:-}" ]; then
      said[$c-$kind]=1
      echo "- $c, $([ "$kind" = full ] && echo "$free bytes free" || echo read-only): $(tr '\n' ' ' <"$log/attempt" | sed "s|$base|…|g; s/ *$//")" >>"$base/messages"
    fi
  else
    fail "$c with $free bytes free: $why"
  fi
  [ "$free" != ro ] || make_writable "$c"
  rm -f "$disk/filler"
  if [ "$status" -ne 0 ]; then
    after=$(seen)
    if [ "$before" = "$after" ] && ./cyberstat warehouse check --warehouse "$wh" --out "$out" >"$log/check" 2>&1; then
      unchanged[$key]=$((unchanged[$key] + 1))
    else
      fail "$c with $free bytes free: what readers see changed, or the warehouse check failed"
      diff <(echo "$before") <(echo "$after") | head -10 >&2
      cat "$log/check" >&2
    fi
    # Space again: the same command succeeds.
    if [ "$c" = upload ]; then
      code=$(serve_upload_cz "$base/answer.json")
      [ "$code" = 201 ] && status=0 || { head -c 400 "$base/answer.json" >&2; status=1; }
    else
      status=0
      $(command_of "$c") >"$log/again" 2>&1 || { status=$?; tail -5 "$log/again" >&2; }
    fi
    if [ "$status" -eq 0 ] && ./cyberstat warehouse clean --older-than 0s --warehouse "$wh" --out "$out" >"$log/clean" 2>&1 \
        && ./cyberstat warehouse check --warehouse "$wh" --out "$out" 2>&1 | grep -q "Leftovers: none."; then
      again[$key]=$((again[$key] + 1))
    else
      fail "$c with $free bytes free: once freed, the command again or the clean-up failed"
    fi
  fi
  [ "$c" != upload ] || serve_stop
}

start=$(date +%s)
# Free space from nothing to a few megabytes: each command stops at another of its writes.
for c in $commands; do
  # The run writes megabytes (the report set); the others kilobytes.
  levels="0 16384 131072 1048576"
  [ "$c" != run ] || levels="0 262144 2097152 8388608"
  for free in $levels; do
    attempt "$c" "$free"
  done
  attempt "$c" ro
done

echo
echo "Disk faults, $(date -u +%Y-%m-%d), $(nproc) cores, a 64 MB tmpfs filled to leave 0 B, 16 KB, 128 KB, 1 MB free (run: 0 B, 256 KB, 2 MB, 8 MB), then read-only:"
echo "| command | tries | succeeded (enough space) | refused, saying the disk is full / read-only, no stack trace | readers see what they saw, check clean | once freed: the command again succeeds, clean leaves nothing |"
echo "|---|---:|---:|---:|---:|---:|"
for c in $commands read-only; do
  echo "| $c | ${tried[$c]} | ${succeeded[$c]} | ${failed_clearly[$c]} | ${unchanged[$c]} | ${again[$c]} |"
done
echo "total: $failures failures, $(($(date +%s) - start)) s"
echo
echo "What the first refusal of each kind said:"
cat "$base/messages" 2>/dev/null || true
[ "$failures" -eq 0 ]
