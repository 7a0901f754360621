#!/usr/bin/env bash
# Does a change alter what the demo produces? Runs `./cyberstat demo` as built at two revisions and
# compares everything it makes:
#   1. the outputs (out/: CSVs, SDMX, key findings, PDFs, workbooks, feedback sheets) byte for byte,
#      and manifest.json field by field except its timings and the metrics table's commit id and
#      time — both runs read one and the same warehouse state (the base's demo loads it; the other
#      revision's demo runs on a copy, where every sample file is a duplicate);
#   2. loading: each revision's demo on a fresh warehouse, the lines it prints and the warehouse it
#      builds (every raw file, validation report, normalised figures, Parquet file and commit-log
#      entry), with ids and times masked, since they are made from the clock.
# Both builds run from exported trees without .git, so neither stamps a git revision into its run id.
#
#   bench/compare/compare-demo.sh [BASE] [OTHER]    defaults: main, and the work tree as it is (WORKTREE)
set -euo pipefail
home="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
base="${1:-main}"
other="${2:-WORKTREE}"
work="$home/work/compare-demo"
rm -rf "$work"
mkdir -p "$work"

export_tree() {   # export_tree REV DIR: the tree of a commit, or the work tree with its uncommitted changes
  mkdir -p "$2"
  if [ "$1" = WORKTREE ]; then
    (cd "$home" && tar --exclude=./work --exclude='*/target' --exclude=./.git --exclude=./bench/data \
      --exclude=./bench/results --exclude=./out --exclude=./warehouse -cf - .) | tar -xf - -C "$2"
  else
    git -C "$home" archive "$1" | tar -xf - -C "$2"
  fi
}

build() {   # build DIR
  (cd "$1" && { mvn -q -B -o -DskipTests package >/dev/null 2>&1 || mvn -q -B -DskipTests package >/dev/null; })
}

demo() {    # demo TREE WAREHOUSE OUT LOG
  (cd "$1" && ./cyberstat demo --warehouse "$2" --out "$3" >"$4" 2>&1) || { cat "$4" >&2; exit 1; }
}

echo "building $base and $other ..." >&2
export_tree "$base" "$work/tree-base"
export_tree "$other" "$work/tree-other"
build "$work/tree-base"
build "$work/tree-other"

echo "demo of $base on a fresh warehouse ..." >&2
demo "$work/tree-base" "$work/wh-base" "$work/out-base" "$work/demo-base.log"
cp -a "$work/wh-base" "$work/wh-same-state"
echo "demo of $other on a copy of that warehouse ..." >&2
demo "$work/tree-other" "$work/wh-same-state" "$work/out-other" "$work/demo-other-same-state.log"
echo "demo of $other on a fresh warehouse ..." >&2
demo "$work/tree-other" "$work/wh-other" "$work/out-other-fresh" "$work/demo-other.log"

python3 - "$work" <<'PY'
import collections, hashlib, json, os, re, sys
work = sys.argv[1]
failures = []

def files(root):
    out = {}
    for d, _, names in os.walk(root):
        for n in names:
            p = os.path.join(d, n)
            out[os.path.relpath(p, root)] = p
    return out

# 1. The outputs of the same warehouse state.
a, b = files(os.path.join(work, "out-base")), files(os.path.join(work, "out-other"))
if sorted(a) != sorted(b):
    failures.append("output files differ: only in base %s, only in other %s" % (sorted(set(a) - set(b)), sorted(set(b) - set(a))))
compared = 0
for name in sorted(set(a) & set(b)):
    if name == "manifest.json":
        def stable(m):
            m = json.load(open(m))
            for k in ("startedAt", "finishedAt"):
                m.pop(k)
            m["timings"] = [t["stage"] for t in m["timings"]]
            m["table"].pop("commitId"); m["table"].pop("committedAt")
            return m
        if stable(a[name]) != stable(b[name]):
            failures.append("manifest.json differs beyond timings and the table commit")
    elif open(a[name], "rb").read() != open(b[name], "rb").read():
        failures.append("%s differs" % name)
    compared += 1
print("outputs: %d files compared, %s" % (compared, "all identical (manifest: timings and table commit aside)"
                                          if not failures else "DIFFERENCES"))

# 2. Loading: what each demo printed and the warehouse it built, with clock-made ids and times masked.
CLOCK = [(re.compile(r"\b[SPR]20\d{6}T\d{9}-[0-9a-f]{8}"), "<submission-id>"),
         (re.compile(r"\b20\d{6}T\d{6}Z-[0-9a-f]{8}"), "<ingest-id>"),
         (re.compile(r"\bC20\d{6}T\d{9}-[0-9a-f]{8}"), "<commit-id>"),
         (re.compile(r"\b20\d\d-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"), "<time>"),
         (re.compile(r"\d+(\.\d+)? s\b"), "<seconds>"),
         (re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}"), "<uuid>")]
def mask(text):
    for pattern, repl in CLOCK:
        text = pattern.sub(repl, text)
    return text
def lines(log, warehouse):
    return [mask(l.replace(warehouse, "<warehouse>")) for l in open(log, encoding="utf-8").read().splitlines()]
la = lines(os.path.join(work, "demo-base.log"), os.path.join(work, "wh-base"))
lb = lines(os.path.join(work, "demo-other.log"), os.path.join(work, "wh-other"))
# The run's lines name output files with their checksums and the run id: compared in part 1.
cut = lambda ls: ls[:next(i for i, l in enumerate(ls) if l.startswith("Annual run for"))]
if cut(la) != cut(lb):
    failures.append("the demo's loading lines differ")
print("loading lines: %d compared" % len(cut(la)))

def multiset(root):
    m = collections.Counter()
    for rel, p in files(root).items():
        if "/_staging/" in "/" + rel or rel.endswith(".lock") or "/metrics/" in "/" + rel \
                or rel.startswith("_private/alerts-hmac") or "alerts" in rel and rel.endswith(".parquet"):
            continue
        if rel.endswith(".crc"):
            continue  # Hadoop's checksum of the file beside it, which is compared itself
        data = open(p, "rb").read()
        if rel.endswith(".parquet"):
            # parquet-mr lists a column's encodings from a hash set, in an order that changes from one
            # JVM to the next: the data pages (every value) are compared byte for byte, the footer
            # (schema, statistics, that list) as the multiset of its bytes.
            footer = int.from_bytes(data[-8:-4], "little")
            data = data[:-8 - footer] + bytes(sorted(data[-8 - footer:]))
        if rel.endswith(".properties"):
            # A rejected upload's record holds the time it was received.
            data = mask(data.decode("utf-8")).encode()
        if rel.endswith(".json"):
            # Commit-log entries hold maps whose order is the JVM's: compare their content, ids and times masked.
            data = json.dumps(json.loads(mask(data.decode("utf-8"))), sort_keys=True).encode()
        m[(mask(rel), hashlib.sha256(data).hexdigest())] += 1
    return m
ma, mb = multiset(os.path.join(work, "wh-base")), multiset(os.path.join(work, "wh-other"))
if ma != mb:
    failures.append("warehouse content differs: %d entries only in base, %d only in other"
                    % (sum((ma - mb).values()), sum((mb - ma).values())))
    for k in list((ma - mb).keys())[:5]:
        print("  only in base: ", k)
    for k in list((mb - ma).keys())[:5]:
        print("  only in other:", k)
print("warehouse: %d files compared (alert Parquet files hold keyed hashes of a random key: counted, not compared)" % sum(ma.values()))
if failures:
    print("DIFFERENT:\n  " + "\n  ".join(failures))
    sys.exit(1)
print("SAME: the demo of both revisions produces identical outputs and builds the same warehouse")
PY
