"""Gold releases: exports -> versions, determinism, immutability, verify, diff, load."""

from __future__ import annotations

import tempfile
from pathlib import Path

import orjson
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import annotate.release as release_module
from annotate.conflicts import Conflict
from annotate.errors import GoldVersionError
from annotate.gold import (
    CHANGELOG,
    CONFLICTS,
    MANIFEST,
    RECORDS,
    diff_gold,
    file_sha256,
    load_gold,
    verify_gold,
    versions,
)
from annotate.release import merge_exports
from annotate.schema import EntityType, GoldRecord
from tests.export_builder import Ann, document, task, write_export
from tests.merge_strategies import TEXT, entity, record, records

OTHER_TEXT = "التقى الرئيس في أنقرة وزير الخارجية الروسي سيرغي لافروف."


def _record(doc_id: str, rec: GoldRecord) -> GoldRecord:
    return rec.model_copy(update={"id": doc_id})


def _doc(doc_id: str, text: str = TEXT) -> GoldRecord:
    return _record(doc_id, record(text=text))


def snapshot(root: Path) -> dict[str, bytes]:
    return {
        str(p.relative_to(root)): p.read_bytes() for p in sorted(root.rglob("*")) if p.is_file()
    }


def release_files(path: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(path.iterdir())}


def two_exports(tmp: Path) -> tuple[Path, Path]:
    moscow = entity("x", "موسكو", EntityType.GPE)
    lavrov = entity("y", "لافروف", EntityType.PER)
    a = _record("a", record((moscow, lavrov)))
    b_doc = _doc("b", OTHER_TEXT)
    first = write_export(
        tmp / "first.json",
        [
            task(
                1, document(a), [Ann("ali", a, 1), Ann("badr", _record("a", record((moscow,))), 2)]
            ),
            task(2, document(b_doc), [Ann("ali", b_doc, 3, cancelled=True)]),
        ],
    )
    second = write_export(
        tmp / "second.json",
        [task(7, document(a), [Ann("chadi", _record("a", record((moscow,))), 9)])],
    )
    return first, second


def test_release_layout_provenance_and_changelog(tmp_path):
    first, second = two_exports(tmp_path)
    gold = tmp_path / "gold"
    outcome = merge_exports([first, second], gold, message="first batch")
    assert outcome.version == "v0001"
    assert outcome.path == gold / "v0001"
    assert outcome.path is not None
    assert sorted(p.name for p in outcome.path.iterdir()) == [
        "agreement.json",
        "conflicts.jsonl",
        "manifest.json",
        "records.jsonl",
        "report.html",
    ]
    (rec,) = load_gold("v0001", gold)
    # Doc b only had a cancelled annotation: no gold record for it.
    assert rec.id == "a"
    assert [(e.surface, e.type.value) for e in rec.entities] == [("موسكو", "GPE")]
    assert rec.provenance.annotators == ("ali", "badr", "chadi")
    assert rec.provenance.source_exports == tuple(sorted([file_sha256(first), file_sha256(second)]))
    assert outcome.unannotated == 1
    manifest = orjson.loads((outcome.path / MANIFEST).read_bytes())
    assert manifest["files"][RECORDS] == file_sha256(outcome.path / RECORDS)
    assert manifest["counts"]["entities"] == {"GPE": 1}
    assert manifest["created_from"] is None
    assert [s["name"] for s in manifest["sources"]] == sorted(
        ["first.json", "second.json"], key=lambda n: file_sha256(tmp_path / n)
    )
    (conflict,) = [
        Conflict.from_json(orjson.loads(line))
        for line in (outcome.path / CONFLICTS).read_bytes().splitlines()
    ]
    assert (conflict.kind.value, conflict.at and conflict.at.surface) == ("span", "لافروف")
    log = (gold / CHANGELOG).read_text(encoding="utf-8")
    assert "## v0001 (" in log
    assert "first batch" in log
    assert "- 1 documents (0 adjudicated), 1 entities, 0 events, 0 arguments" in log
    assert verify_gold(gold) == []


def test_gold_jsonl_reads_with_pandas(tmp_path):
    pd = pytest.importorskip("pandas")
    first, second = two_exports(tmp_path)
    outcome = merge_exports([first, second], tmp_path / "gold")
    assert outcome.path is not None
    frame = pd.read_json(outcome.path / RECORDS, lines=True)
    assert list(frame["id"]) == ["a"]
    assert frame["entities"][0][0]["surface"] == "موسكو"


def test_second_release_is_v0002_with_a_changelog_diff(tmp_path):
    first, second = two_exports(tmp_path)
    gold = tmp_path / "gold"
    merge_exports([second], gold)
    outcome = merge_exports([first], gold, threshold=0.0)
    assert outcome.version == "v0002"
    assert versions(gold) == ["v0001", "v0002"]
    log = (gold / CHANGELOG).read_text(encoding="utf-8")
    assert log.index("## v0002") < log.index("## v0001")
    assert "Changes since v0001: 0 documents added, 0 removed, 1 changed (+1 / -0 spans)" in log
    manifest = orjson.loads((gold / "v0002" / MANIFEST).read_bytes())
    assert manifest["created_from"] == "v0001"
    (changed,) = diff_gold("v0001", "v0002", gold).changed
    start = TEXT.index("لافروف")
    assert changed.spans_added == (("entity", "PER", start, start + len("لافروف"), "لافروف"),)


def test_existing_version_is_refused_and_nothing_changes(tmp_path):
    first, _ = two_exports(tmp_path)
    gold = tmp_path / "gold"
    merge_exports([first], gold)
    before = snapshot(gold)
    with pytest.raises(GoldVersionError, match="v0001: this version exists already"):
        merge_exports([first], gold, version="v0001")
    assert snapshot(gold) == before


def test_out_of_order_and_malformed_versions_are_refused(tmp_path):
    first, _ = two_exports(tmp_path)
    gold = tmp_path / "gold"
    merge_exports([first], gold, version="v0003")
    with pytest.raises(GoldVersionError, match="out of order"):
        merge_exports([first], gold, version="v0002")
    with pytest.raises(GoldVersionError, match="not a version name"):
        merge_exports([first], gold, version="3")
    assert versions(gold) == ["v0003"]


def test_a_failure_half_way_leaves_nothing_behind(tmp_path, monkeypatch):
    first, _ = two_exports(tmp_path)
    gold = tmp_path / "gold"
    merge_exports([first], gold)
    before = snapshot(gold)

    def broken(*args: object, **kwargs: object) -> str:
        raise OSError("disk full")

    monkeypatch.setattr(release_module, "render_report", broken)
    with pytest.raises(OSError, match="disk full"):
        merge_exports([first], gold)
    assert snapshot(gold) == before
    assert sorted(p.name for p in gold.iterdir()) == [CHANGELOG, "v0001"]


def test_validation_errors_refuse_the_merge_and_write_nothing(tmp_path):
    rec = _doc("a")
    bad = [{"id": "r1", "from_name": "entity", "to_name": "text", "type": "labels",
            "value": {"start": 0, "end": 10_000, "labels": ["GPE"]}}]  # fmt: skip
    export = write_export(
        tmp_path / "bad.json",
        [task(1, document(rec), [Ann("ali", rec, 1, result=bad), Ann("badr", rec, 2)])],
    )
    gold = tmp_path / "gold"
    outcome = merge_exports([export], gold)
    assert outcome.path is None
    assert outcome.report.counts["span-out-of-range"] == 1
    assert list(gold.iterdir()) == []
    skipped = merge_exports([export], gold, skip_invalid=True)
    assert [(d.annotation_id, d.codes) for d in skipped.dropped] == [(1, ("span-out-of-range",))]
    (gold_rec,) = load_gold("latest", gold)
    assert gold_rec.provenance.annotators == ("badr",)


def test_verify_detects_tampering_extra_files_and_missing_entries(tmp_path):
    first, _ = two_exports(tmp_path)
    gold = tmp_path / "gold"
    merge_exports([first], gold)
    records = gold / "v0001" / RECORDS
    records.write_bytes(records.read_bytes().replace("موسكو".encode(), "موسكو".encode()[::-1]))
    (gold / "v0001" / "notes.txt").write_text("x", encoding="utf-8")
    (gold / CHANGELOG).write_text("# Gold changelog\n", encoding="utf-8")
    problems = verify_gold(gold)
    assert f"{records}: sha256 differs from the manifest" in problems
    assert f"{gold / 'v0001' / 'notes.txt'}: not listed in the manifest" in problems
    assert f"{gold / CHANGELOG}: no entry for v0001" in problems


def test_diff_lists_added_removed_and_changed_documents(tmp_path):
    moscow = entity("x", "موسكو", EntityType.GPE)
    a1, a2 = _record("a", record((moscow,))), _record("a", record())
    b, c = _doc("b", OTHER_TEXT), _doc("c")
    old = write_export(
        tmp_path / "old.json",
        [task(1, document(a1), [Ann("ali", a1, 1)]), task(2, document(b), [Ann("ali", b, 2)])],
    )
    new = write_export(
        tmp_path / "new.json",
        [task(1, document(a2), [Ann("ali", a2, 1)]), task(3, document(c), [Ann("ali", c, 3)])],
    )
    gold = tmp_path / "gold"
    merge_exports([old], gold)
    merge_exports([new], gold)
    diff = diff_gold("v0001", "v0002", gold)
    assert diff.added == ["c"]
    assert diff.removed == ["b"]
    (changed,) = diff.changed
    assert changed.id == "a"
    assert changed.spans_removed == (("entity", "GPE", *moscow_span(), "موسكو"),)
    assert changed.spans_added == ()


def moscow_span() -> tuple[int, int]:
    start = TEXT.index("موسكو")
    return start, start + len("موسكو")


# --- determinism ------------------------------------------------------------------------


def _release_bytes(exports: list[Path], root: Path, name: str) -> dict[str, bytes]:
    outcome = merge_exports(exports, root / name)
    assert outcome.path is not None
    return release_files(outcome.path)


@st.composite
def export_sets(draw: st.DrawFn) -> list[list[dict[str, object]]]:
    """Two or three exports over documents a, b with records drawn per annotator."""
    exports: list[list[dict[str, object]]] = []
    ann_id = 0
    for n in range(draw(st.integers(2, 3))):
        tasks: list[dict[str, object]] = []
        for doc_id in draw(st.sets(st.sampled_from(["a", "b"]), min_size=1)):
            anns = []
            for annotator in draw(st.sets(st.sampled_from(["ali", "badr", "chadi"]), min_size=1)):
                ann_id += 1
                anns.append(Ann(annotator, _record(doc_id, draw(records())), ann_id))
            tasks.append(task(100 * n + len(tasks), document(anns[0].record), anns))
        exports.append(tasks)
    return exports


@settings(max_examples=15)
@given(export_sets(), st.randoms())
def test_exports_in_any_order_give_byte_identical_releases(exports, rnd):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = [write_export(root / f"e{i}.json", tasks) for i, tasks in enumerate(exports)]
        shuffled = list(paths)
        rnd.shuffle(shuffled)
        assert _release_bytes(paths, root, "one") == _release_bytes(shuffled, root, "two")


@settings(max_examples=15)
@given(export_sets())
def test_merging_an_export_twice_equals_merging_it_once(exports):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = [write_export(root / f"e{i}.json", tasks) for i, tasks in enumerate(exports)]
        once = _release_bytes(paths, root, "once")
        # The same file twice, and a copy under another name holding the same annotations.
        copy = write_export(root / "copy.json", exports[0])
        twice = _release_bytes([*paths, paths[0], copy], root, "twice")
        assert once[RECORDS] == twice[RECORDS]
        assert once[CONFLICTS] == twice[CONFLICTS]


@settings(max_examples=5)
@given(export_sets())
def test_spilling_and_worker_processes_give_the_same_release(exports):
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        paths = [write_export(root / f"e{i}.json", tasks) for i, tasks in enumerate(exports)]
        plain = merge_exports(paths, root / "plain")
        spilled = merge_exports(paths, root / "spilled", budget=1, jobs=2)
        assert plain.path is not None
        assert spilled.path is not None
        assert release_files(plain.path) == release_files(spilled.path)


def test_report_is_self_contained_html_with_charts(tmp_path):
    first, second = two_exports(tmp_path)
    outcome = merge_exports([first, second], tmp_path / "gold")
    assert outcome.path is not None
    html = (outcome.path / "report.html").read_text(encoding="utf-8")
    assert html.startswith("<!DOCTYPE html>")
    assert "<title>Gold release v0001</title>" in html
    assert "<svg" in html
    assert "<script" not in html
    assert "http://" not in html.replace('xmlns="http://www.w3.org/2000/svg"', "")
    assert "https://" not in html
    for heading in ("Gold counts per label", "Agreement per label", "Conflicts by kind"):
        assert heading in html


def test_gold_jsonl_reads_with_hf_datasets(tmp_path, monkeypatch):
    """The committed release as downstream projects load it: `load_dataset("json", ...)`."""
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("HF_DATASETS_OFFLINE", "1")
    from datasets import load_dataset

    records = Path(__file__).resolve().parent.parent / "gold" / "v0001" / RECORDS
    expected = [orjson.loads(line) for line in records.read_bytes().splitlines()]
    data = load_dataset(
        "json", data_files=str(records), split="train", cache_dir=str(tmp_path / "cache")
    )
    assert data["id"] == [r["id"] for r in expected]
    for row, want in zip(data, expected, strict=True):
        text = row["text"]
        assert [(e["start"], e["end"], e["type"]) for e in row["entities"]] == [
            (e["start"], e["end"], e["type"]) for e in want["entities"]
        ]
        assert all(text[e["start"] : e["end"]] == e["surface"] for e in row["entities"])
        assert [len(v["arguments"]) for v in row["events"]] == [
            len(v["arguments"]) for v in want["events"]
        ]


def test_a_legacy_user_id_is_the_snapshot_email_of_that_user(tmp_path):
    """Ali annotated one task before a snapshot export and one after a legacy one."""
    moscow = entity("x", "موسكو", EntityType.GPE)
    a = _record("a", record((moscow,)))
    b = _record("b", record((moscow,)))
    snapshot = task(1, document(a), [Ann("ali@example.org", a, 11)])
    snapshot["annotations"][0]["completed_by"] = {"id": 8, "email": "ali@example.org"}
    legacy = task(2, document(b), [Ann("ignored", b, 12), Ann("badr@example.org", b, 13)])
    legacy["annotations"][0]["completed_by"] = 8
    legacy["annotations"][1]["completed_by"] = 9  # no snapshot names user 9: kept as is
    exports = [
        write_export(tmp_path / "legacy.json", [legacy]),
        write_export(tmp_path / "snapshot.json", [snapshot]),
    ]
    outcome = merge_exports(exports, tmp_path / "gold")
    assert outcome.agreement["annotators"] == ["ali@example.org", "user:9"]
    assert outcome.path is not None
    rows = [orjson.loads(line) for line in (outcome.path / RECORDS).read_bytes().splitlines()]
    assert [r["provenance"]["annotators"] for r in rows] == [
        ["ali@example.org"],
        ["ali@example.org", "user:9"],
    ]
