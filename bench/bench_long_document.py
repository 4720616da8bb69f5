#!/usr/bin/env python3
"""Is pre-annotation linear in the length of ONE document?

News articles are small, but a PDF report, a transcript or a whole bulletin pasted as one task
is not: a step that scans every title per ORG head, or copies the text up to each mention, is
invisible on articles and quadratic on a long document. This script builds documents of
growing length from the bodies of the seed articles (their no-prediction zones cut out, so
that no "read also" block silences the rest), and times them in one process against the
baseline of the same bodies pre-annotated as separate articles:

    python bench/bench_long_document.py            # seeds/ beside this folder
    python bench/bench_long_document.py --sizes 0.1 0.5 2 --seeds seeds

`s_per_mb` should stay flat across sizes; `long_vs_articles` (seconds per MB of the longest
document over seconds per MB of the same text as articles) near 1.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from annotate.preannotate import Preannotator, default_lexicon, preannotate_encoded
from annotate.preannotate.zones import find_zones
from annotate.schema import Document
from annotate.seeds import load_documents
from annotate.text import normalize

HERE = Path(__file__).resolve().parent


def bodies(seeds: Path) -> list[str]:
    """The seed texts without their zones (datelines, ads, read-also blocks, tags...)."""
    out: list[str] = []
    for doc in load_documents(seeds):
        norm = normalize(doc.text)
        kept, pos = [], 0
        for zone in find_zones(norm.text):
            start, end = norm.raw_span(zone.start, zone.end)
            kept.append(doc.text[pos:start])
            pos = end
        kept.append(doc.text[pos:])
        body = "".join(kept).strip()
        if body:  # an article may be all zone
            out.append(body)
    return out


def seconds(engine: Preannotator, docs: list[Document]) -> float:
    """Wall time of what `annotate preannotate` does with `docs` (tasks serialised)."""
    t = time.perf_counter()
    for _ in preannotate_encoded(docs, engine):
        pass
    return time.perf_counter() - t


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--seeds", type=Path, default=HERE.parent / "seeds")
    ap.add_argument("--sizes", type=float, nargs="+", default=[0.1, 0.4, 1.6], help="MB")
    ap.add_argument("--runs", type=int, default=3, help="runs per size (medians)")
    a = ap.parse_args(argv)

    engine = Preannotator(default_lexicon())
    parts = bodies(a.seeds)
    block = "\n\n".join(parts)
    block_mb = len(block.encode("utf-8")) / 1e6
    rows = []
    for size in sorted(a.sizes):
        copies = max(1, round(size / block_mb))
        long_doc = Document(id="long", text="\n\n".join([block] * copies))
        articles = [
            Document(id=f"a{i}_{j}", text=t) for i in range(copies) for j, t in enumerate(parts)
        ]
        mb = len(long_doc.text.encode("utf-8")) / 1e6
        seconds(engine, articles[: len(parts)])  # warm up
        long_s = statistics.median(seconds(engine, [long_doc]) for _ in range(a.runs))
        articles_s = statistics.median(seconds(engine, articles) for _ in range(a.runs))
        rows.append(
            {
                "text_mb": round(mb, 3),
                "s_per_mb": round(long_s / mb, 3),
                "articles_s_per_mb": round(articles_s / mb, 3),
                "long_vs_articles": round(long_s / articles_s, 2),
            }
        )
    print(
        json.dumps(
            {
                "rows": rows,
                "largest_vs_smallest_s_per_mb": round(
                    rows[-1]["s_per_mb"] / rows[0]["s_per_mb"], 2
                ),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
