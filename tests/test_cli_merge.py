"""`annotate merge`, `annotate gold diff|verify`, `annotate export`: exit codes and exact lines."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import orjson
import pytest
from typer.testing import CliRunner

from annotate.cli import app
from annotate.gold import RECORDS
from annotate.schema import EntityType
from tests.export_builder import Ann, document, task, write_export
from tests.merge_strategies import entity, record

runner = CliRunner()
FIXTURE = Path(__file__).parent / "fixtures" / "ls_export_example.json"
BAD_RESULT = [
    {
        "id": "r1",
        "from_name": "entity",
        "to_name": "text",
        "type": "labels",
        "value": {"start": 0, "end": 10_000, "labels": ["GPE"]},
    }
]


def run(*args: str | Path) -> Any:
    return runner.invoke(app, [str(a) for a in args])


def exports(tmp: Path) -> tuple[Path, Path]:
    moscow = entity("x", "موسكو", EntityType.GPE)
    rec = record((moscow,))
    good = write_export(
        tmp / "good.json", [task(1, document(rec), [Ann("ali", rec, 1), Ann("badr", rec, 2)])]
    )
    bad = write_export(
        tmp / "bad.json",
        [task(1, document(rec), [Ann("ali", rec, 1, result=BAD_RESULT), Ann("badr", rec, 2)])],
    )
    return good, bad


def test_merge_releases_and_prints_a_summary(tmp_path):
    good, _ = exports(tmp_path)
    gold = tmp_path / "gold"
    result = run("merge", good, "--gold", gold, "--message", "first batch")
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == [
        f"{gold / 'v0001'}: 1 documents (0 adjudicated), 1 entities, 0 events, 0 arguments",
        "agreement: span F1 1.000 exact / 1.000 tolerant / 1.000 partial, alpha 1.000, "
        "relation F1 n/a (2 annotators)",
        f"conflicts: 0 in {gold / 'v0001' / 'conflicts.jsonl'}",
        f"report: {gold / 'v0001' / 'report.html'}",
    ]
    assert result.stderr == ""


def test_validation_errors_exit_1_and_write_nothing(tmp_path):
    _, bad = exports(tmp_path)
    gold = tmp_path / "gold"
    result = run("merge", bad, "--gold", gold)
    assert result.exit_code == 1
    assert result.stderr.splitlines() == [
        "Error: validation found 1 error(s); nothing was merged (fix them in Label Studio, "
        "or pass --skip-invalid to drop the annotations that have them)"
    ]
    assert "error   span-out-of-range: 1" in result.stdout
    assert not gold.exists() or list(gold.iterdir()) == []


def test_skip_invalid_drops_and_lists_what_it_dropped(tmp_path):
    _, bad = exports(tmp_path)
    gold = tmp_path / "gold"
    result = run("merge", bad, "--gold", gold, "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"dropped {bad}: task 1 (doc1), annotation 1 by ali: span-out-of-range",
        "dropped 1 annotation(s) or task(s) with errors",
    ]
    assert result.stdout.startswith(f"{gold / 'v0001'}: 1 documents")


def test_existing_version_exits_2_with_the_reason(tmp_path):
    good, _ = exports(tmp_path)
    gold = tmp_path / "gold"
    assert run("merge", good, "--gold", gold).exit_code == 0
    result = run("merge", good, "--gold", gold, "--version", "v0001")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {gold / 'v0001'}: this version exists already and released versions are "
        "never overwritten; leave --version out to take the next one"
    ]


def test_bad_threshold_and_missing_export_exit_2(tmp_path):
    good, _ = exports(tmp_path)
    result = run("merge", good, "--gold", tmp_path / "gold", "--threshold", "1.5")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        "Error: --threshold: 1.5 is not in [0, 1); 0.5 (the default) asks for a strict majority"
    ]
    missing = tmp_path / "missing.json"
    result = run("merge", missing, "--gold", tmp_path / "gold")
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {missing}: cannot read (No such file or directory)"
    ]


def test_real_label_studio_export_merges_with_skip_invalid(tmp_path):
    # A real export made through the UI (placeholder labels, a skipped annotation, a ground
    # truth, drafts): without --skip-invalid it is refused, with it the rest merges.
    gold = tmp_path / "gold"
    assert run("merge", FIXTURE, "--gold", gold).exit_code == 1
    result = run("merge", FIXTURE, "--gold", gold, "--skip-invalid")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[-1].startswith("dropped ")


def test_gold_verify_and_diff(tmp_path):
    good, _ = exports(tmp_path)
    gold = tmp_path / "gold"
    run("merge", good, "--gold", gold)
    run("merge", good, "--gold", gold, "--threshold", "0")
    result = run("gold", "verify", gold)
    assert result.exit_code == 0
    assert result.stdout == f"{gold}: 2 version(s) verified, every hash matches\n"
    result = run("gold", "diff", "v0001", "v0002", "--gold", gold)
    assert result.exit_code == 0
    assert result.stdout.splitlines() == ["0 added, 0 removed, 0 changed, 1 unchanged"]
    records = gold / "v0002" / RECORDS
    records.write_bytes(records.read_bytes().replace(b'"GPE"', b'"LOC"'))
    result = run("gold", "verify", gold)
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{records}: sha256 differs from the manifest",
        f"{records}: counts differ from the manifest",
    ]
    result = run("gold", "diff", "v0001", "v0002", "--gold", gold)
    assert result.stdout.splitlines()[:3] == [
        "~ doc1: +1 -1 spans, +0 -0 arguments, 0 attribute(s) changed",
        f"    + entity LOC [{_moscow()}) موسكو",
        f"    - entity GPE [{_moscow()}) موسكو",
    ]


def _moscow() -> str:
    from tests.merge_strategies import at

    start, end = at("موسكو")
    return f"{start},{end}"


def test_gold_diff_of_an_unknown_version_exits_2(tmp_path):
    gold = tmp_path / "gold"
    gold.mkdir()
    result = run("gold", "diff", "v0001", "v0002", "--gold", gold)
    assert result.exit_code == 2
    assert result.stderr.splitlines() == [
        f"Error: {gold / 'v0001'}: no such gold version; known: none"
    ]


@pytest.mark.parametrize("fmt", ["conll", "conll-split", "jsonl", "spacy"])
def test_export_formats(tmp_path, fmt):
    if fmt == "spacy":
        pytest.importorskip("spacy")
    good, _ = exports(tmp_path)
    gold = tmp_path / "gold"
    run("merge", good, "--gold", gold)
    out = tmp_path / f"out.{fmt}"
    result = run("export", "--format", fmt, "--gold", gold, "-o", out)
    assert result.exit_code == 0, result.output
    assert result.stdout == f"{out}: 1 documents from {gold / 'v0001'} ({fmt})\n"
    assert out.stat().st_size > 0
    if fmt == "jsonl":
        assert orjson.loads(out.read_bytes())["entities"][0]["surface"] == "موسكو"


def test_merging_the_same_exports_again_releases_nothing(tmp_path):
    good, _ = exports(tmp_path)
    gold = tmp_path / "gold"
    assert run("merge", good, "--gold", gold).exit_code == 0
    before = sorted(p.name for p in gold.iterdir())
    changelog = (gold / "CHANGELOG.md").read_bytes()
    result = run("merge", good, "--gold", gold)
    assert result.exit_code == 0, result.output
    assert result.stdout == (
        f"{gold / 'v0001'}: up to date with these exports; nothing new to release\n"
    )
    assert sorted(p.name for p in gold.iterdir()) == before  # no v0002, no temp dir left
    assert (gold / "CHANGELOG.md").read_bytes() == changelog
    # Other settings make other gold: that is a new version.
    assert run("merge", good, "--gold", gold, "--threshold", "0.3").exit_code == 0
    assert (gold / "v0002").is_dir()
