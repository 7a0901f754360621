"""Medians of the alert benchmark's measurements (bench/alerts/run.sh), as a Markdown table."""
import collections
import statistics
import sys

runs = collections.defaultdict(list)  # (tool, rows) -> [(wall, rss)] per repetition
parts = collections.defaultdict(dict)  # (rows, rep) -> {part: (wall, rss)}
with open(sys.argv[1]) as f:
    for line in f:
        label, wall, rss = line.rstrip("\n").split("\t")
        *name, rows, rep = label.split("-")
        parts[(int(rows), int(rep))]["-".join(name)] = (float(wall), int(rss))

for (rows, rep), p in sorted(parts.items()):
    ingest, metrics = p["cyberstat-ingest"], p["cyberstat-metrics"]
    runs[("cyberstat", rows)].append((ingest[0] + metrics[0], max(ingest[1], metrics[1]), ingest[0], metrics[0]))
    runs[("duckdb", rows)].append((p["duckdb"][0], p["duckdb"][1], None, None))

print("| rows | tool | wall s (median) | rows/s | peak RSS MB | cyberstat / DuckDB | ingest s | metrics s | runs |")
print("|---:|---|---:|---:|---:|---:|---:|---:|---:|")
for rows in sorted({r for _, r in runs}):
    duck = statistics.median(w for w, *_ in runs[("duckdb", rows)])
    for tool in ("cyberstat", "duckdb"):
        m = runs[(tool, rows)]
        wall = statistics.median(w for w, *_ in m)
        rss = max(r for _, r, *_ in m) / 1024
        ingest = statistics.median(i for *_, i, _ in m) if tool == "cyberstat" else None
        metrics = statistics.median(x for *_, x in m) if tool == "cyberstat" else None
        print(f"| {rows:,} | {tool} | {wall:.1f} | {rows / wall:,.0f} | {rss:,.0f} | "
              f"{wall / duck:.2f} | {'' if ingest is None else f'{ingest:.1f}'} | "
              f"{'' if metrics is None else f'{metrics:.1f}'} | {len(m)} |")
