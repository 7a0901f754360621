# Starting and stopping `cyberstat serve` from a bench script, and an operator's API token: sourced by
# bench/crash/run.sh and bench/faults/disk.sh. Run from the project's root.

# Adds an operator to portal folder $1 and prints an API token of it.
serve_operator_token() {
  echo 'bench operator password 1' | ./cyberstat accounts add operator --role operator --portal-dir "$1" >/dev/null
  ./cyberstat accounts token add operator --label bench --portal-dir "$1" | grep -o 'cst_[0-9a-f]*_[A-Za-z0-9_-]*' | head -1
}

# Starts the service with settings file $1, its output to $2; sets serve_pid, and serve_url once it
# answers (fails if it stops first, or takes over two minutes).
serve_start() {
  ./cyberstat serve --port 0 --config "$1" >"$2" 2>&1 &
  serve_pid=$!
  serve_url=""
  for _ in $(seq 1 1200); do
    serve_url=$(sed -n 's/^cyberstat portal on \(http:[^ ]*[^/]\)\/* .*/\1/p' "$2")
    [ -z "$serve_url" ] || return 0
    kill -0 "$serve_pid" 2>/dev/null || return 1
    sleep 0.1
  done
  return 1
}

# Stops the service started last (SIGTERM, as Ctrl+C), if any.
serve_stop() {
  [ -n "${serve_pid:-}" ] || return 0
  kill -TERM "$serve_pid" 2>/dev/null || true
  wait "$serve_pid" 2>/dev/null || true
  serve_pid=""
}

# Uploads Czechia's sample file through the API of the service started last, with token $token; the
# answer to $1; prints the HTTP status.
serve_upload_cz() {
  curl -sS -o "$1" -w '%{http_code}' -H "Authorization: Bearer $token" \
    -F "file=@data-samples/national/cz-2013-2022.csv" -F country=CZ "$serve_url/api/v1/submissions" 2>/dev/null || true
}
