#!/usr/bin/env python3
"""Build a deterministic synthetic Arabic news corpus from the seed articles.

Sentences/lines of the seed articles are shuffled into new documents with a
fixed seed; entity mentions are re-drawn (real names with their spelling
variants such as قره باغ / قرة باغ / كاراباخ, plus synthetic names), clitics
(و ف ب ل ك) are varied, numbers and dates are re-drawn (some in Arabic-Indic
digits) and a little orthographic noise is added (tashkeel, tatweel, bare
alef for hamza forms, ى/ي, ة/ه, Persian ی/ک).

Examples:
    python make_corpus.py --size 10MB --out data/corpus_10mb.jsonl
    python make_corpus.py --size 100MB --out data/corpus_100mb.jsonl
    python make_corpus.py --size 5MB --format txt --out data/corpus_5mb_txt/

The size is the total UTF-8 size of the document texts (not of the JSONL
framing).  Output is byte-identical for the same --size/--seed/seeds folder.
Standard library only. Copied from the team's shared bench generators; only lint fixes.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchcommon import DEFAULT_SEEDS, DocGenerator


def parse_size(s: str) -> int:
    s = s.strip().upper().replace(" ", "")
    mult = 1
    for suf, m in (("GB", 10**9), ("MB", 10**6), ("KB", 10**3), ("B", 1)):
        if s.endswith(suf):
            mult = m
            s = s[: -len(suf)]
            break
    return int(float(s) * mult)


def iter_docs(gen: DocGenerator, target_bytes: int):
    total = 0
    i = 0
    while total < target_bytes:
        text, _ = gen.generate(i)
        total += len(text.encode("utf-8"))
        yield i, text
        i += 1


def main(argv=None):
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument(
        "--size", default="10MB", help="total UTF-8 text size, e.g. 10MB, 100MB (default 10MB)"
    )
    ap.add_argument("--out", required=True, help="output .jsonl file, or folder for --format txt")
    ap.add_argument("--format", choices=["jsonl", "txt"], default="jsonl")
    ap.add_argument(
        "--seeds",
        default=DEFAULT_SEEDS,
        help="folder with the seed .txt articles (default %(default)s)",
    )
    ap.add_argument(
        "--seed",
        type=int,
        default=13,
        help="random seed (default 13; make_export.py uses the same default)",
    )
    a = ap.parse_args(argv)

    target = parse_size(a.size)
    t0 = time.perf_counter()
    gen = DocGenerator(a.seeds, seed=a.seed)
    n = 0
    nbytes = 0
    nchars = 0
    if a.format == "jsonl":
        Path(a.out).resolve().parent.mkdir(parents=True, exist_ok=True)
        with Path(a.out).open("w", encoding="utf-8", newline="\n") as f:
            for i, text in iter_docs(gen, target):
                f.write(json.dumps({"id": f"doc-{i:07d}", "text": text}, ensure_ascii=False))
                f.write("\n")
                n += 1
                nbytes += len(text.encode("utf-8"))
                nchars += len(text)
    else:
        Path(a.out).mkdir(parents=True, exist_ok=True)
        for i, text in iter_docs(gen, target):
            with (Path(a.out) / f"doc-{i:07d}.txt").open("w", encoding="utf-8", newline="\n") as f:
                f.write(text)
            n += 1
            nbytes += len(text.encode("utf-8"))
            nchars += len(text)
    dt = time.perf_counter() - t0
    print(
        json.dumps(
            {
                "out": a.out,
                "format": a.format,
                "docs": n,
                "text_bytes": nbytes,
                "text_chars": nchars,
                "seed": a.seed,
                "seconds": round(dt, 2),
            }
        )
    )


if __name__ == "__main__":
    main()
