#!/usr/bin/env python3
"""Instructions executed by `annotate preannotate`'s document loop, counted by valgrind.

On a shared machine wall and CPU times of one build against another swing by 10-20 % from
run to run; the instruction count of the same work does not (two runs agree within 0.1 %).
Each package runs in its own process under `valgrind --tool=callgrind` with instrumentation
off while the lexicon and the 100k-entry bench gazetteer are built, switched on for the
document loop only (`callgrind_control -i on` once the child says it is ready), and the
totals are compared. Fewer instructions is not the same as less time (cache misses in the
automaton do not count), but a change that removes work shows up here first.

    python bench/bench_instructions.py bench/data/corpus_20mb.jsonl --docs 40 \\
        --package build/new --package build/old

`--package DIR` (repeatable): a folder holding an installed `annotate` (e.g. from
`pip install --no-deps --target DIR .`); without any, the importable one. Needs valgrind.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent

CHILD = """
import os, sys, time
sys.path.insert(0, {bench!r})
import orjson
from annotate.preannotate import Preannotator, default_lexicon, preannotate_encoded
from annotate.preannotate.lexicon import GazetteerEntry, norm_key
from annotate.schema import Document, parse_span_label
from benchcommon import build_gazetteer
corpus, ndocs, flag, size = sys.argv[1], int(sys.argv[2]), sys.argv[3], int(sys.argv[4])
with open(corpus, "rb") as f:
    lines = [line for line in f if line.strip()][:ndocs]
docs = [Document(id=o["id"], text=o["text"]) for o in map(orjson.loads, lines)]
entries = [GazetteerEntry(norm_key(s), parse_span_label(label), None, 0.7)
           for s, label in build_gazetteer(size) if label in ("PER", "ORG", "LOC", "GPE")]
engine = Preannotator(default_lexicon().with_entries(entries))
list(preannotate_encoded(docs[:2], engine, jobs=1))  # first-call caches, lazy imports
with open(flag, "w") as f:
    f.write("ready")
time.sleep(2)  # the parent switches instrumentation on meanwhile
for _ in preannotate_encoded(docs, engine, jobs=1):
    pass
os._exit(0)  # no interpreter teardown in the count
"""


def count(corpus: Path, docs: int, size: int, package: Path | None) -> int:
    """Instructions of the document loop in one fresh process."""
    with tempfile.TemporaryDirectory() as tmp:
        flag = Path(tmp) / "flag"
        out = Path(tmp) / "callgrind.out"
        code = CHILD.format(bench=str(HERE))
        if package is not None:
            code = f"import sys\nsys.path.insert(0, {str(package.resolve())!r})\n" + code
        proc = subprocess.Popen(
            [
                "valgrind",
                "--tool=callgrind",
                "--instr-atstart=no",
                f"--callgrind-out-file={out}",
                sys.executable,
                "-c",
                code,
                str(corpus),
                str(docs),
                str(flag),
                str(size),
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
        )
        while not flag.exists():
            if proc.poll() is not None:
                raise SystemExit(proc.stderr.read() if proc.stderr else "child failed")
            time.sleep(0.5)
        subprocess.run(
            ["callgrind_control", "-i", "on", str(proc.pid)],
            check=True,
            capture_output=True,
        )
        _, err = proc.communicate()
        m = re.search(r"Collected\s*:\s*(\d+)", err)
        if m is None:
            raise SystemExit(err)
        return int(m.group(1))


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path, help="JSONL corpus from make_corpus.py")
    ap.add_argument("--docs", type=int, default=40, help="documents counted (default 40)")
    ap.add_argument(
        "--gazetteer", type=int, default=100_000, help="gazetteer entries (default 100k)"
    )
    ap.add_argument(
        "--package",
        type=Path,
        action="append",
        help="a folder holding an installed `annotate` (repeatable; the first is the base)",
    )
    a = ap.parse_args(argv)
    if shutil.which("valgrind") is None or shutil.which("callgrind_control") is None:
        raise SystemExit("valgrind (callgrind) is needed")
    packages: list[Path | None] = list(a.package) if a.package else [None]
    counts = {str(p or "importable"): count(a.corpus, a.docs, a.gazetteer, p) for p in packages}
    base = next(iter(counts.values()))
    print(
        json.dumps(
            {
                "corpus": str(a.corpus),
                "docs": a.docs,
                "instructions": counts,
                "vs_first": {k: round(v / base, 3) for k, v in counts.items()},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
