#!/usr/bin/env python3
"""Time validate + merge + write of a gold release against a bare `orjson.loads`, in one run.

Each measurement runs in its own child process, so that peak RSS (`ru_maxrss` of the child)
is that of the work alone. Baseline and merge alternate; medians are compared. The
baseline is `orjson.loads(data)` on bytes already read (the read is not timed, GC on as in
any Python program; a GC-off figure is printed too); the merge reads the file itself and
writes a complete release (records, conflicts, agreement, report, manifest) into a
temporary gold directory, with `skip_invalid=True` because the generated export carries
deliberate errors.

    python bench/make_export.py --tasks 10000 --out bench/data/export_10k.json
    python bench/bench_merge.py bench/data/export_10k.json --runs 3
    python bench/bench_merge.py bench/data/export_10k.json --runs 3 --jobs 2

With --jobs 2 the workers are forked children: their peak RSS is reported apart.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

CHILD_BASELINE = """
import gc, json, resource, sys, time
from pathlib import Path
import orjson
data = Path(sys.argv[1]).read_bytes()
if sys.argv[2] == "gc-off":
    gc.disable()
t = time.perf_counter()
tasks = orjson.loads(data)
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss, "tasks": len(tasks)}))
"""

CHILD_MERGE = """
import json, resource, sys, tempfile, time
from pathlib import Path
from annotate.release import merge_exports
with tempfile.TemporaryDirectory(dir=sys.argv[2]) as tmp:
    t = time.perf_counter()
    outcome = merge_exports(
        [Path(sys.argv[1])], Path(tmp) / "gold", skip_invalid=True, jobs=int(sys.argv[3])
    )
    seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
workers = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({
    "seconds": seconds, "rss_mb": rss, "worker_rss_mb": workers, "tasks": outcome.report.tasks,
    "documents": outcome.counts.documents, "dropped": len(outcome.dropped),
    "conflicts": sum(outcome.conflicts.values()),
    "span_f1": outcome.agreement["overall"]["spans"]["tolerant_f1"],
}))
"""


def child(code: str, *args: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, *args], check=True, capture_output=True, text=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("export", type=Path, nargs="?", default=Path("bench/data/export_10k.json"))
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--jobs", type=int, default=1, help="merge processes (pass 2)")
    args = ap.parse_args()
    if not args.export.exists():
        raise SystemExit(f"{args.export}: missing; run bench/make_export.py first")
    size_mb = args.export.stat().st_size / 1e6
    scratch = args.export.parent
    base: list[float] = []
    base_off: list[float] = []
    merge: list[float] = []
    base_rss: list[float] = []
    merge_rss: list[float] = []
    last: dict[str, object] = {}
    load_before = os.getloadavg()
    for _ in range(args.runs):
        b = child(CHILD_BASELINE, str(args.export), "gc-on")
        m = child(CHILD_MERGE, str(args.export), str(scratch), str(args.jobs))
        g = child(CHILD_BASELINE, str(args.export), "gc-off")
        assert b["tasks"] == m["tasks"], (b, m)
        base.append(float(b["seconds"]))  # type: ignore[arg-type]
        base_off.append(float(g["seconds"]))  # type: ignore[arg-type]
        merge.append(float(m["seconds"]))  # type: ignore[arg-type]
        base_rss.append(float(b["rss_mb"]))  # type: ignore[arg-type]
        merge_rss.append(float(m["rss_mb"]))  # type: ignore[arg-type]
        last = m
        print(
            f"run: orjson.loads {b['seconds']:.2f} s (gc off {g['seconds']:.2f} s), "
            f"validate+merge+write {m['seconds']:.2f} s, peak RSS {m['rss_mb']:.0f} MB "
            f"(workers {m['worker_rss_mb']:.0f} MB)",
            flush=True,
        )
    b_med, m_med, g_med = (statistics.median(x) for x in (base, merge, base_off))
    load = ", ".join(f"{a:.2f}" for a in load_before + os.getloadavg())
    print(f"export: {args.export} ({size_mb:.0f} MB); last merge: {last}")
    print(f"load average (1, 5, 15 min) before and after: {load} on {os.cpu_count()} CPUs")
    print(f"orjson.loads (baseline): median {b_med:.2f} s, peak RSS {max(base_rss):.0f} MB")
    print(
        f"validate+merge+write (jobs={args.jobs}): median {m_med:.2f} s, peak RSS {max(merge_rss):.0f} MB"
    )
    print(f"ratio merge / orjson.loads: {m_med / b_med:.2f} (target <= 1.25)")
    print(f"ratio merge / orjson.loads with gc disabled ({g_med:.2f} s): {m_med / g_med:.2f}")


if __name__ == "__main__":
    main()
