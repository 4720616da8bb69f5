#!/usr/bin/env python3
"""Time `validate_exports` against a bare `orjson.loads` of the same export, in one run.

Each measurement runs in its own child process (so that peak RSS is that of the work
alone, read with `resource.getrusage(RUSAGE_SELF)` in the child); baseline and validation
alternate, and the medians are compared. The baseline is `orjson.loads(data)` on bytes
already read (the read is not timed); validation reads the file itself.

    python bench/make_export.py --tasks 10000 --out bench/data/export_10k.json
    python bench/bench_validate.py bench/data/export_10k.json --runs 3
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

CHILD_BASELINE = """
import gc, json, resource, sys, time
from pathlib import Path
import orjson
data = Path(sys.argv[1]).read_bytes()
if sys.argv[2:] == ["gc-off"]:
    gc.disable()
t = time.perf_counter()
tasks = orjson.loads(data)
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss, "tasks": len(tasks)}))
"""

CHILD_VALIDATE = """
import json, resource, sys, time
from pathlib import Path
from annotate.validate import validate_exports
t = time.perf_counter()
report = validate_exports([Path(sys.argv[1])])
seconds = time.perf_counter() - t
rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
print(json.dumps({"seconds": seconds, "rss_mb": rss, "tasks": report.tasks,
                  "summary": report.summary()}))
"""


def child(code: str, path: Path, *extra: str) -> dict[str, object]:
    out = subprocess.run(
        [sys.executable, "-c", code, str(path), *extra], check=True, capture_output=True, text=True
    )
    result: dict[str, object] = json.loads(out.stdout)
    return result


def main() -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("export", type=Path, nargs="?", default=Path("bench/data/export_10k.json"))
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    if not args.export.exists():
        raise SystemExit(f"{args.export}: missing; run bench/make_export.py first")
    size_mb = args.export.stat().st_size / 1e6
    base: list[float] = []
    base_gc_off: list[float] = []
    val: list[float] = []
    base_rss: list[float] = []
    val_rss: list[float] = []
    summary = None
    for _ in range(args.runs):
        b = child(CHILD_BASELINE, args.export)
        v = child(CHILD_VALIDATE, args.export)
        g = child(CHILD_BASELINE, args.export, "gc-off")
        base_gc_off.append(float(g["seconds"]))  # type: ignore[arg-type]
        assert b["tasks"] == v["tasks"], (b, v)
        base.append(float(b["seconds"]))  # type: ignore[arg-type]
        val.append(float(v["seconds"]))  # type: ignore[arg-type]
        base_rss.append(float(b["rss_mb"]))  # type: ignore[arg-type]
        val_rss.append(float(v["rss_mb"]))  # type: ignore[arg-type]
        summary = v["summary"]
        print(
            f"run: orjson.loads {b['seconds']:.2f} s (gc off {g['seconds']:.2f} s), "
            f"validate {v['seconds']:.2f} s",
            flush=True,
        )
    b_med, v_med = statistics.median(base), statistics.median(val)
    print(f"export: {args.export} ({size_mb:.0f} MB, {summary})")
    print(f"orjson.loads (baseline): median {b_med:.2f} s, peak RSS {max(base_rss):.0f} MB")
    print(f"validate_exports:        median {v_med:.2f} s, peak RSS {max(val_rss):.0f} MB")
    g_med = statistics.median(base_gc_off)
    print(f"orjson.loads, gc disabled: median {g_med:.2f} s (the stricter baseline)")
    print(f"ratio validate / orjson.loads: {v_med / b_med:.2f} (target <= 1.25)")
    print(f"ratio validate / orjson.loads with gc disabled: {v_med / g_med:.2f}")


if __name__ == "__main__":
    main()
