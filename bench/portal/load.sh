#!/usr/bin/env bash
# Portal load benchmark: N (default 50) concurrent uploads on loopback against `cyberstat serve
# --demo` through the JSON API, twice: first as previews (upload -> validation report and revisions,
# nothing loaded: the upload-to-report time, median and 95th percentile), then as submissions (each
# file its own country and year, so none may conflict). Checks that none was lost or duplicated
# (N accepted receipts, N distinct submission ids, N submissions in the history) and that every
# receipt's SHA-256 is the file's and the raw file's the warehouse keeps. Prints the service's
# resident memory before and after. Before the concurrent uploads, one 10 000-row file is uploaded
# alone REPS times (default 7) as a validation and as a preview: the issue's "report within a
# second" (median and slowest). Results to stdout and bench/results/.
# Usage: bench/portal/load.sh [N]      (N <= 50: 25 Member States x 2 years)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$home"
n="${1:-50}"
work="$(mktemp -d)"
pid=""
cleanup() { if [ -n "$pid" ]; then kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; fi; rm -rf "$work"; }
trap cleanup EXIT
cat > "$work/cyberstat.properties" <<PROPS
warehouse.dir = $work/warehouse
work.dir = $work/work
portal.dir = $work/portal
portal.reports-dir = $work/out
PROPS
./cyberstat serve --demo --port 0 --config "$work/cyberstat.properties" > "$work/serve.log" 2>&1 &
pid=$!
for _ in $(seq 1 600); do
  url="$(sed -n 's/^cyberstat portal on \(http:[^ ]*[^/]\)\/* .*/\1/p' "$work/serve.log")"
  [ -n "$url" ] && break
  kill -0 "$pid" 2>/dev/null || { cat "$work/serve.log" >&2; exit 1; }
  sleep 1
done
[ -n "$url" ] || { echo "serve did not start" >&2; exit 1; }
token="$(./cyberstat accounts token add operator --label load --portal-dir "$work/portal" \
  --config "$work/cyberstat.properties" | grep -o 'cst_[0-9a-f]*_[A-Za-z0-9_-]*' | head -1)"

# N files, each one Member State's figures for one year: each revises the demo's figures of its
# country-year and leaves most of them out (so it is submitted with replace=true).
mkdir -p "$work/files" "$work/answers"
countries=(BE BG CZ DK EE IE EL ES HR IT CY LV LT LU HU MT NL AT PL PT RO SI SK FI SE)
i=0
for year in 2021 2022; do
  for cc in "${countries[@]}"; do
    [ "$i" -ge "$n" ] && break 2
    printf 'country,year,offence,indicator,value,flags,note\n%s,%s,CYB,RECORDED,%d,,\n%s,%s,CYB,SUSPECTS,%d,,\n' \
      "$cc" "$year" $((1000 + RANDOM % 9000)) "$cc" "$year" $((100 + RANDOM % 900)) > "$work/files/$cc-$year.csv"
    i=$((i + 1))
  done
done
rss() { awk '/VmRSS/ {print $2 / 1024}' "/proc/$pid/status"; }
# The 10 000-row file: every figure one Member State can give (each offence and indicator of the
# reference data, 1990 to 2026: about 4 070 rows, values consistent down the hierarchy), then the same
# rows again until 10 000 rows — each a line-level E_DUPLICATE_KEY, the heaviest report to build. One
# country cannot give 10 000 distinct figures, so the preview (report + revisions against the figures
# in force) is timed on the largest valid file: the 4 070 distinct rows alone.
reference=core/src/main/resources/eu/cyberstat/reference
awk -F, -v offences="$reference/offences.csv" '
  BEGIN { n = 0; while ((getline line < offences) > 0) { if (line ~ /^#/ || line ~ /^code,/) continue;
          split(line, f, ","); o[++n] = f[1]; level[n] = f[3] } }
  /^#/ || /^code,/ { next } { ind[++m] = $1 }
  END { print "country,year,offence,indicator,value,flags,note"
        for (y = 1990; y <= 2026; y++) for (i = 1; i <= n; i++) for (j = 1; j <= m; j++)
          printf "DE,%d,%s,%s,%d,,\n", y, o[i], ind[j], (level[i] == 0 ? 1000000 : level[i] == 1 ? 100000 : 1000) + y % 3 }
' "$reference/indicators.csv" > "$work/rows-valid.csv"
awk 'NR > 1 { row[++k] = $0 } { print } END { for (i = 0; NR - 1 + i < 10000; i++) print row[i % k + 1] }' \
  "$work/rows-valid.csv" > "$work/rows-10000.csv"
reps="${REPS:-7}"
single() { # mode file -> one "seconds status" per line
  for _ in $(seq 1 "$reps"); do
    curl -sS -o "$work/single-$1.json" -w '%{time_total} %{http_code}\n' -H "Authorization: Bearer $token" \
      -F "file=@$2" -F country=DE -F "mode=$1" -F replace=true "$url/api/v1/submissions"
  done
}
# One warm-up request, so that the first timed upload does not pay for class loading alone.
curl -sS -o /dev/null -H "Authorization: Bearer $token" -F "file=@$work/files/BE-2021.csv" -F country=BE \
  -F mode=preview "$url/api/v1/submissions"
single validate "$work/rows-10000.csv" > "$work/single-validate.times"
single preview "$work/rows-valid.csv" > "$work/single-preview.times"
answer() { jq -c '{status: .validation.status, errors: (.validation.errors | length), warnings: (.validation.warnings | length),
  revisions: (if .revisions then {countryYears: (.revisions.countryYears | length), changes: (.revisions.changes | length)}
  else null end)}' "$work/single-$1.json" 2>/dev/null || head -c 300 "$work/single-$1.json"; }
before="$(rss)"

upload() { # mode file -> "seconds status" ; the answer kept in answers/
  local mode="$1" f="$2" name cc
  name="$(basename "$f" .csv)"; cc="${name%%-*}"
  curl -sS -o "$work/answers/$mode-$name.json" -w '%{time_total} %{http_code}\n' \
    -H "Authorization: Bearer $token" -F "file=@$f" -F "country=$cc" -F "mode=$mode" -F replace=true "$url/api/v1/submissions"
}
export -f upload; export work url token
ls "$work"/files/*.csv | xargs -P "$n" -I{} bash -c 'upload preview {}' > "$work/preview.times"
ls "$work"/files/*.csv | xargs -P "$n" -I{} bash -c 'upload submit {}' > "$work/submit.times"
after="$(rss)"

stats() { sort -n | awk '{ t[NR] = $1 } END { m = t[int((NR + 1) / 2)]; p = t[int(NR * 0.95 + 0.999)];
  printf "median %.3f s, 95th percentile %.3f s, max %.3f s", m, p, t[NR] }'; }
result="bench/results/portal-load-$(date -u +%Y%m%dT%H%M%SZ).txt"
mkdir -p bench/results
{
  echo "cyberstat portal load: $n concurrent uploads on loopback, $(nproc) cores, $(date -u +%FT%TZ)"
  echo "one file alone, $reps times each:"
  echo "  validation of $(($(wc -l < "$work/rows-10000.csv") - 1)) rows (upload to report; HTTP $(cut -d' ' -f2 "$work/single-validate.times" | sort -u | tr '\n' ' ')$(answer validate)): $(cut -d' ' -f1 "$work/single-validate.times" | stats)"
  echo "  preview of $(($(wc -l < "$work/rows-valid.csv") - 1)) valid rows (upload to report and revisions; HTTP $(cut -d' ' -f2 "$work/single-preview.times" | sort -u | tr '\n' ' ')$(answer preview)): $(cut -d' ' -f1 "$work/single-preview.times" | stats)"
  echo "previews (upload to report): $(grep -c ' 200$' "$work/preview.times")/$n answered 200; $(cut -d' ' -f1 "$work/preview.times" | stats)"
  echo "submissions (upload to receipt): $(grep -c ' 201$' "$work/submit.times")/$n answered 201; $(cut -d' ' -f1 "$work/submit.times" | stats)"
  ids="$(cat "$work"/answers/submit-*.json | grep -o '"submissionId":"[^"]*"' | sort -u | wc -l)"
  echo "distinct submission ids: $ids"
  ok=0; bad=0
  for a in "$work"/answers/submit-*.json; do
    name="$(basename "$a" .json)"; name="${name#submit-}"
    id="$(grep -o '"submissionId":"[^"]*"' "$a" | head -1 | cut -d'"' -f4)"
    sha="$(grep -o '"sha256":"[^"]*"' "$a" | head -1 | cut -d'"' -f4)"
    file_sha="$(sha256sum "$work/files/$name.csv" | cut -d' ' -f1)"
    raw_sha="$(sha256sum "$work/warehouse/submissions/$id/raw/"* 2>/dev/null | cut -d' ' -f1)"
    if [ -n "$id" ] && [ "$sha" = "$file_sha" ] && [ "$sha" = "$raw_sha" ]; then ok=$((ok + 1)); else bad=$((bad + 1)); fi
  done
  echo "receipts whose SHA-256 = the file's = the stored raw file's: $ok/$n (mismatches or missing: $bad)"
  in_history=0
  for a in "$work"/answers/submit-*.json; do
    id="$(grep -o '"submissionId":"[^"]*"' "$a" | head -1 | cut -d'"' -f4)"
    code="$(curl -sS -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" "$url/api/v1/submissions/$id")"
    [ "$code" = 200 ] && in_history=$((in_history + 1))
  done
  echo "submissions found again through the API: $in_history/$n"
  printf 'service resident memory: %.0f MB before, %.0f MB after\n' "$before" "$after"
} | tee "$result"
echo "saved to $result" >&2
