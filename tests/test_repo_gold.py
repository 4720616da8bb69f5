"""The gold committed in this repository: every hash holds, and it is what the sample export
merges into today (a change to merge or to the schema that alters it must release anew)."""

from __future__ import annotations

import shutil
from pathlib import Path

from annotate.gold import load_gold, verify_gold
from annotate.release import merge_exports

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "gold"
SAMPLE = GOLD / "samples" / "seed_export.json"


def test_committed_gold_verifies() -> None:
    assert verify_gold(GOLD) == []


def test_committed_gold_is_fresh(tmp_path: Path) -> None:
    copy = tmp_path / "gold"
    shutil.copytree(GOLD, copy, ignore=shutil.ignore_patterns("samples"))
    outcome = merge_exports([SAMPLE], copy)
    assert outcome.unchanged, (
        f"merging {SAMPLE.relative_to(ROOT)} no longer gives {outcome.version}; release a new "
        "version with `annotate merge gold/samples/seed_export.json --gold gold/`"
    )


def test_committed_gold_covers_the_seeds() -> None:
    seeds = sorted(p.stem for p in (ROOT / "seeds").glob("*.txt"))
    records = list(load_gold(GOLD / "v0001"))
    assert [r.id for r in records] == seeds
    for rec in records:
        assert rec.text == (ROOT / "seeds" / f"{rec.id}.txt").read_text(encoding="utf-8")
        for ent in rec.entities:
            assert rec.text[ent.start : ent.end] == ent.surface
