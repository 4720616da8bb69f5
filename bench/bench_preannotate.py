#!/usr/bin/env python3
"""Throughput and memory of `annotate preannotate` against baselines measured in the same run.

Every measurement runs in its own child process (peak RSS is that of the work alone) on the
same JSONL corpus, streamed document by document; the figures are MB of UTF-8 document text
per second of wall time:

- `read`: read the JSONL and `orjson.loads` each line (the floor of any streaming tool);
- `reference`: the reference pipeline of the shared bench notes: normalise with an offset
  map, one pyahocorasick pass with word boundaries, clitics and leftmost-longest over the same
  100k-entry gazetteer, one date regex, a minimal task serialised with orjson;
- `preannotate`: the real thing, what `annotate preannotate` does per document: build the
  `Document`, pre-annotate it and serialise its task (`preannotate_encoded`), with the packaged
  lexicons plus the same 100k-entry gazetteer (automaton build time reported apart);
- `preannotate --jobs N`: the same spread over N processes (order kept);
- `before` (with `--before DIR`): the same measurement on another checkout of the package, e.g.
  `git archive <commit> annotate | tar -x -C bench/data/before`, interleaved with the others, for a
  before/after ratio measured in the same run.

Memory flatness: `preannotate` runs on two corpus sizes and reports both peak RSS figures.

    python bench/make_corpus.py --size 20MB --out bench/data/corpus_20mb.jsonl
    python bench/make_corpus.py --size 40MB --out bench/data/corpus_40mb.jsonl
    python bench/bench_preannotate.py bench/data/corpus_20mb.jsonl --large bench/data/corpus_40mb.jsonl

`mb_per_s` is wall time; `mb_per_cpu_s` is per CPU second (per core, the workers' included),
which a loaded machine disturbs less. Compare ratios measured in one run.
"""

from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent

COMMON = """
import json, resource, sys, time
sys.path.insert(0, {bench!r})
from pathlib import Path
import orjson
corpus = Path(sys.argv[1])
size = int(sys.argv[2])

def docs():
    with corpus.open("rb") as f:
        for line in f:
            if line.strip():
                yield orjson.loads(line)

def gazetteer():
    from benchcommon import build_gazetteer
    return build_gazetteer(size)

def cpu():
    # CPU seconds of this process and its finished children (the --jobs workers)
    return sum(r.ru_utime + r.ru_stime for r in
               map(resource.getrusage, (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN)))

def report(seconds, nbytes, cpu_seconds, **extra):
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(json.dumps({{"seconds": seconds, "cpu_seconds": cpu_seconds, "text_bytes": nbytes,
                      "rss_mb": rss, **extra}}))
"""

CHILD_READ = """
t, c = time.perf_counter(), cpu()
n = 0
for obj in docs():
    n += len(obj["text"].encode("utf-8"))
report(time.perf_counter() - t, n, cpu() - c)
"""

CHILD_REFERENCE = """
import re, ahocorasick
from annotate.text import normalize
t0 = time.perf_counter()
auto = ahocorasick.Automaton()
for surface, label in gazetteer():
    key = normalize(surface).text
    auto.add_word(key, (len(key), label))
auto.make_automaton()
build = time.perf_counter() - t0
PREFIXES = {"", "و", "ف", "ب", "ل", "ك", "وب", "ول", "فب", "فل", "وك", "فك", "ال", "وال", "بال"}
DATE = re.compile(r"\\d{1,2} (?:يناير|فبراير|مارس|ابريل|مايو|يونيو|يوليو|اغسطس|سبتمبر|اكتوبر|نوفمبر|ديسمبر) \\d{4}")
t, c = time.perf_counter(), cpu()
n = 0
out = 0
for obj in docs():
    text = obj["text"]
    n += len(text.encode("utf-8"))
    norm = normalize(text)
    s = norm.text
    found = []
    for end, (klen, label) in auto.iter(s):
        start = end - klen + 1
        if end + 1 < len(s) and s[end + 1].isalnum():
            continue
        ws = start
        while ws > 0 and s[ws - 1].isalnum() and start - ws <= 3:
            ws -= 1
        if s[ws:start] not in PREFIXES or (ws > 0 and s[ws - 1].isalnum()):
            continue
        found.append((start, end + 1, label))
    found.sort(key=lambda f: (f[0], f[0] - f[1]))
    kept, last = [], -1
    for f in found:
        if f[0] >= last:
            kept.append(f)
            last = f[1]
    for m in DATE.finditer(s):
        kept.append((m.start(), m.end(), "DATE"))
    result = []
    for i, (a, b, label) in enumerate(kept):
        ra, rb = norm.raw_span(a, b)
        result.append({"id": f"e{i}", "from_name": "entity", "to_name": "text", "type": "labels",
                       "value": {"start": ra, "end": rb, "text": text[ra:rb], "labels": [label]}})
    out += len(orjson.dumps({"data": {"text": text}, "predictions": [{"result": result}]}))
report(time.perf_counter() - t, n, cpu() - c, build_seconds=build, output_bytes=out)
"""

CHILD_PREANNOTATE = """
from annotate.preannotate import Preannotator, default_lexicon
from annotate.preannotate.lexicon import GazetteerEntry, norm_key
from annotate.schema import Document, parse_span_label
try:
    from annotate.preannotate import preannotate_encoded
except ImportError:  # a checkout from before preannotate_encoded: tasks + the CLI's encoding
    from annotate.preannotate import preannotate_tasks
    from annotate.preannotate.output import TaskSummary
    def preannotate_encoded(docs, engine, jobs):
        for task in preannotate_tasks(docs, engine, jobs=jobs):
            summary = TaskSummary()
            summary.add(task)
            yield [orjson.dumps(task, option=orjson.OPT_SORT_KEYS)], summary
jobs = int(sys.argv[3])
t0 = time.perf_counter()
entries = [GazetteerEntry(norm_key(s), parse_span_label(label), None, 0.7)
           for s, label in gazetteer() if label in ("PER", "ORG", "LOC", "GPE")]
engine = Preannotator(default_lexicon().with_entries(entries))
build = time.perf_counter() - t0
n = 0
out = 0
results = 0

def documents():
    global n
    for obj in docs():
        n += len(obj["text"].encode("utf-8"))
        yield Document(id=obj["id"], text=obj["text"])

t, c = time.perf_counter(), cpu()
for encoded, _ in preannotate_encoded(documents(), engine, jobs=jobs):
    for task in encoded:
        out += len(task)
        # result items: labels and choices carry from_name, relations from_id (a quote in a
        # text is escaped, so neither key can be forged by one)
        results += task.count(b'"from_name"') + task.count(b'"from_id"')
import annotate
report(time.perf_counter() - t, n, cpu() - c, build_seconds=build, output_bytes=out,
       results=results, package=annotate.__file__,
       gazetteer_entries=len(engine.lexicon.gazetteer))
"""


def child(
    body: str, corpus: Path, size: int, *extra: str, package: Path | None = None
) -> dict[str, float]:
    """Run one measurement in a fresh process (`package`: a folder holding another `annotate`)."""
    code = COMMON.format(bench=str(HERE)) + body
    if package is not None:  # ahead of the current directory, which `-c` puts first
        code = f"import sys\nsys.path.insert(0, {str(package.resolve())!r})\n" + code
    proc = subprocess.run(
        [sys.executable, "-c", code, str(corpus), str(size), *extra],
        capture_output=True,
        text=True,
        check=False,
    )
    if proc.returncode != 0:
        raise SystemExit(proc.stderr)
    result: dict[str, float] = json.loads(proc.stdout.strip().splitlines()[-1])
    return result


def mbps(r: dict[str, float]) -> float:
    return r["text_bytes"] / r["seconds"] / 1e6


def cpu_mbps(r: dict[str, float]) -> float:
    """MB per CPU second: throughput per core, whatever else the machine is running."""
    return r["text_bytes"] / r["cpu_seconds"] / 1e6


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("corpus", type=Path, help="JSONL corpus from make_corpus.py")
    ap.add_argument(
        "--large", type=Path, help="a larger corpus: preannotate's RSS on it is compared"
    )
    ap.add_argument(
        "--gazetteer", type=int, default=100_000, help="gazetteer entries (default 100k)"
    )
    ap.add_argument("--runs", type=int, default=3, help="runs per measurement (medians)")
    ap.add_argument("--jobs", type=int, default=2, help="processes for the --jobs run (0: skip)")
    ap.add_argument(
        "--before",
        type=Path,
        help="a folder holding another checkout of the `annotate` package, measured alike",
    )
    a = ap.parse_args(argv)

    rows: dict[str, list[dict[str, float]]] = {"read": [], "reference": [], "preannotate": []}
    if a.before is not None:
        rows["before"] = []
    for _ in range(a.runs):  # interleaved, so that machine noise hits every row alike
        rows["read"].append(child(CHILD_READ, a.corpus, a.gazetteer))
        rows["reference"].append(child(CHILD_REFERENCE, a.corpus, a.gazetteer))
        rows["preannotate"].append(child(CHILD_PREANNOTATE, a.corpus, a.gazetteer, "1"))
        if a.before is not None:
            rows["before"].append(
                child(CHILD_PREANNOTATE, a.corpus, a.gazetteer, "1", package=a.before)
            )
    med = {k: statistics.median(mbps(r) for r in v) for k, v in rows.items()}
    core = {k: statistics.median(cpu_mbps(r) for r in v) for k, v in rows.items()}
    summary: dict[str, object] = {
        "corpus": str(a.corpus),
        "text_mb": rows["read"][0]["text_bytes"] / 1e6,
        "gazetteer_entries": rows["preannotate"][0]["gazetteer_entries"],
        "mb_per_s": {k: round(v, 2) for k, v in med.items()},
        "mb_per_cpu_s": {k: round(v, 2) for k, v in core.items()},
        "preannotate_vs_reference": round(med["preannotate"] / med["reference"], 3),
        "preannotate_vs_reference_per_core": round(core["preannotate"] / core["reference"], 3),
        "preannotate_vs_read": round(med["preannotate"] / med["read"], 4),
        **(
            {
                "before_package": rows["before"][0]["package"],
                "preannotate_vs_before": round(med["preannotate"] / med["before"], 2),
                "preannotate_vs_before_per_core": round(core["preannotate"] / core["before"], 2),
            }
            if "before" in med
            else {}
        ),
        "build_seconds": {
            "reference": round(rows["reference"][0]["build_seconds"], 2),
            "preannotate": round(rows["preannotate"][0]["build_seconds"], 2),
        },
        "results_per_text_mb": round(
            rows["preannotate"][0]["results"] / (rows["preannotate"][0]["text_bytes"] / 1e6)
        ),
        "rss_mb": {
            "read": rows["read"][0]["rss_mb"],
            "preannotate": rows["preannotate"][0]["rss_mb"],
        },
    }
    if a.jobs > 1:
        par = child(CHILD_PREANNOTATE, a.corpus, a.gazetteer, str(a.jobs))
        summary[f"jobs_{a.jobs}_mb_per_s"] = round(mbps(par), 2)
        summary[f"jobs_{a.jobs}_speedup"] = round(mbps(par) / med["preannotate"], 2)
        summary[f"jobs_{a.jobs}_mb_per_cpu_s"] = round(cpu_mbps(par), 2)
    if a.large is not None:
        big = child(CHILD_PREANNOTATE, a.large, a.gazetteer, "1")
        summary["rss_mb_large"] = {
            "text_mb": round(big["text_bytes"] / 1e6, 1),
            "preannotate": big["rss_mb"],
            "mb_per_s": round(mbps(big), 2),
        }
    print(json.dumps(summary, indent=2, ensure_ascii=False))


if __name__ == "__main__":
    main()
