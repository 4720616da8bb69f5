"""Reading Label Studio exports: both layouts, streaming in any layout, refusals with located errors."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import orjson
import pytest
from hypothesis import example as hypothesis_example
from hypothesis import given
from hypothesis import strategies as st

from annotate.errors import ExportFormatError, InputError
from annotate.labelstudio import json_array
from annotate.labelstudio.export import export_sha256, iter_export, iter_json_array

FIXTURE = Path(__file__).parent / "fixtures" / "ls_export_example.json"
FIX = "export the project again from Label Studio as JSON (Export > JSON, or `annotate ls pull`)"


def example() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads(FIXTURE.read_text(encoding="utf-8"))
    return data


def write(tmp_path: Path, content: bytes | str, name: str = "export.json") -> Path:
    path = tmp_path / name
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def error_of(path: Path) -> str:
    with pytest.raises(InputError) as caught:
        list(iter_export(path))
    return str(caught.value)


def test_snapshot_export_made_through_the_ui() -> None:
    tasks = list(iter_export(FIXTURE))
    assert [t.id for t in tasks] == [1, 2, 3]
    assert {t.layout for t in tasks} == {"snapshot"}
    first, second, third = tasks
    assert first.doc_id == "doc-0001"
    assert first.text == example()[0]["data"]["text"]  # CRLF, emoji and flag kept exactly
    assert [a.annotator for a in first.annotations] == [
        "annotator1@example.org",
        "annotator2@example.org",
    ]
    assert first.predictions[0]["model_version"] == "heuristics-0.1"
    assert [(a.id, a.was_cancelled, a.ground_truth) for a in second.annotations] == [
        (3, True, False),
        (4, False, True),
    ]
    assert [(d.id, d.annotator, d.is_draft) for d in second.drafts] == [
        (4, "annotator1@example.org", True)
    ]
    assert third.annotations == ()
    assert len(third.drafts) == 1
    assert second.annotations[1].lead_time == pytest.approx(11.817)
    assert second.annotations[1].updated_at.startswith("2026-")


def test_legacy_layout_predictions_as_ids_and_users_as_ints(tmp_path: Path) -> None:
    data = example()
    for task in data:
        task["predictions"] = [p["id"] for p in task["predictions"]]
        task.pop("drafts")
        for ann in task["annotations"]:
            ann["completed_by"] = ann["completed_by"]["id"]
    tasks = list(iter_export(write(tmp_path, json.dumps(data, ensure_ascii=False))))
    assert [t.layout for t in tasks] == ["legacy", "legacy", "snapshot"]  # task 3: nothing says
    assert tasks[0].predictions == ({"id": 1},)
    assert [a.annotator for a in tasks[0].annotations] == ["user:1", "user:2"]
    assert tasks[1].drafts == ()


def test_doc_id_falls_back_to_the_task_id(tmp_path: Path) -> None:
    data = example()[:1]
    del data[0]["data"]["doc_id"]
    (task,) = iter_export(write(tmp_path, json.dumps(data)))
    assert task.doc_id == "1"


def test_export_sha256_hashes_the_bytes() -> None:
    assert export_sha256(FIXTURE) == hashlib.sha256(FIXTURE.read_bytes()).hexdigest()


# --- streaming: the splitter agrees with a whole-file parse, in every layout -----------

TRICKY = st.text(
    alphabet=st.sampled_from(
        [
            *'}{][,:"\\/ \n\t\r',
            "\N{ARABIC LETTER BEH}",
            "\N{ARABIC KASRA}",
            "\N{GRINNING FACE}",
            "\N{ZERO WIDTH NON-JOINER}",
            "x",
            "1",
        ]
    ),
    max_size=40,
)
JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**53), 2**53) | TRICKY,
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(TRICKY, inner, max_size=3),
    max_leaves=12,
)


@st.composite
def raw_tasks(draw: st.DrawFn) -> dict[str, Any]:
    return {
        "id": draw(st.integers(1, 10**6)),
        "data": {"text": draw(TRICKY), "extra": draw(JSON_VALUES)},
        "annotations": [
            {
                "id": draw(st.integers(1, 1000)),
                "completed_by": draw(st.integers(1, 9)),
                "result": draw(st.lists(st.dictionaries(TRICKY, JSON_VALUES, max_size=3))),
                "was_cancelled": draw(st.booleans()),
                "ground_truth": False,
            }
            for _ in range(draw(st.integers(0, 2)))
        ],
        "meta": draw(JSON_VALUES),
    }


def dump(tasks: list[dict[str, Any]], layout: str) -> bytes:
    if layout == "compact":  # the legacy /export: json.dumps(tasks, ensure_ascii=False)
        return json.dumps(tasks, ensure_ascii=False).encode("utf-8")
    if layout == "indent":
        return json.dumps(tasks, ensure_ascii=False, indent=1).encode("utf-8")
    if layout == "orjson":
        return orjson.dumps(tasks)
    lines = [json.dumps(t, ensure_ascii=False) for t in tasks]  # one task per line
    return ("[\n" + ",\n".join(lines) + "\n]\n").encode("utf-8")


# A four-byte character that the window's last byte cut in two, where the buffer ended
# exactly at the window (found by hypothesis): the parser must grow the window, not fail.
_CUT_CHARACTER = [
    {
        "id": 100000,
        "data": {"text": "", "extra": []},
        "annotations": [],
        "meta": {"": None, '111"\N{GRINNING FACE}': None, '1""""' + "\N{GRINNING FACE}" * 3: []},
    },
    {
        "id": 100000,
        "data": {"text": '1111111111"""""', "extra": None},
        "annotations": [],
        "meta": [],
    },
    {
        "id": 1000,
        "data": {"text": "", "extra": {"": [False, False], '11"': None, '1111""': False}},
        "annotations": [
            {
                "id": 100,
                "completed_by": 1,
                "result": [{"": None, "1": [False, -100000], '1111111"\N{GRINNING FACE}': None}],
                "was_cancelled": False,
                "ground_truth": False,
            },
            {
                "id": 1,
                "completed_by": 1,
                "result": [],
                "was_cancelled": False,
                "ground_truth": False,
            },
        ],
        "meta": None,
    },
]


@given(
    tasks=st.lists(raw_tasks(), min_size=1, max_size=6),
    layout=st.sampled_from(["compact", "indent", "orjson", "lines"]),
    window=st.sampled_from([8, 64, 1 << 16]),
)
@hypothesis_example(tasks=_CUT_CHARACTER, layout="lines", window=64)
def test_streaming_equals_a_whole_parse(
    tmp_path_factory: pytest.TempPathFactory, tasks: list[dict[str, Any]], layout: str, window: int
) -> None:
    path = tmp_path_factory.mktemp("stream") / "export.json"
    path.write_bytes(dump(tasks, layout))
    old = json_array._FIRST_WINDOW, json_array.CHUNK
    json_array._FIRST_WINDOW, json_array.CHUNK = window, window * 3  # force refills and regrowth
    try:
        got = list(iter_export(path))
        raw = list(iter_json_array(path))
    finally:
        json_array._FIRST_WINDOW, json_array.CHUNK = old
    assert raw == tasks
    assert [(t.id, t.data) for t in got] == [(t["id"], t["data"]) for t in tasks]
    assert [[a.result for a in t.annotations] for t in got] == [
        [a["result"] for a in t["annotations"]] for t in tasks
    ]


@given(cut=st.integers(min_value=0))
def test_every_truncation_is_a_located_error(
    tmp_path_factory: pytest.TempPathFactory, cut: int
) -> None:
    data = FIXTURE.read_bytes().rstrip()
    path = tmp_path_factory.mktemp("cut") / "export.json"
    path.write_bytes(data[: cut % len(data)])
    with pytest.raises(ExportFormatError) as caught:
        list(iter_export(path))
    assert str(caught.value).startswith(str(path))


# --- refusals ------------------------------------------------------------------------


def test_empty_and_blank_files(tmp_path: Path) -> None:
    for content in (b"", b"  \n"):
        path = write(tmp_path, content)
        assert error_of(path) == (f"{path}: empty file, not a Label Studio JSON export; {FIX}")


def test_truncated_export(tmp_path: Path) -> None:
    data = FIXTURE.read_bytes()
    cut = data.index(b"doc-0003")  # inside the third task: two are complete
    path = write(tmp_path, data[:cut])
    assert error_of(path) == (
        f"{path}: truncated: the file ends inside the JSON array after 2 complete task(s); "
        "download the export again (it was cut off)"
    )


def test_latin1_bytes(tmp_path: Path) -> None:
    path = write(
        tmp_path, '[{"id": 1, "data": {"text": "café"}, "annotations": []}]'.encode("latin-1")
    )
    assert error_of(path) == (
        f"{path}:1: item 1: not UTF-8 (byte 0xe9 at file offset 32); Label Studio writes "
        f"UTF-8, so this file was re-encoded or is not an export; {FIX}"
    )


def test_utf16_file(tmp_path: Path) -> None:
    path = write(tmp_path, '[{"id": 1}]'.encode("utf-16"))
    assert error_of(path) == (
        f"{path}:1: UTF-16 text, not UTF-8: the file was re-saved in another encoding; {FIX}"
    )


def test_json_min_export(tmp_path: Path) -> None:
    row = {"text": "نص", "id": 1, "annotator": 1, "annotation_id": 2, "entity": []}
    path = write(tmp_path, json.dumps([row]))
    assert error_of(path) == (
        f"{path}: item 1: a JSON-MIN export (flat records), not a Label Studio JSON export; "
        "export the project as JSON, not JSON-MIN/CSV/TSV: only JSON keeps annotators, "
        "cancelled annotations and relations (Export > JSON, or `annotate ls pull`)"
    )


def test_csv_export(tmp_path: Path) -> None:
    path = write(tmp_path, "id,text,entity,annotator\n1,نص,[],1\n", "export.csv")
    assert error_of(path) == f"{path}:1: not JSON: this looks like a CSV/TSV export; {FIX}"


def test_import_task_list(tmp_path: Path) -> None:
    path = write(tmp_path, json.dumps([{"data": {"text": "نص"}}]))
    assert error_of(path) == (
        f"{path}: item 1: a task without 'annotations': an import task list, not an export; {FIX}"
    )


@pytest.mark.parametrize(
    ("content", "what"),
    [
        (
            '{"id": 1}',
            "1: a JSON object (or JSON lines), not a Label Studio JSON export (an array of tasks)",
        ),
        ("[]", "1: the export holds no tasks (an empty array)"),
        (
            '[{"id": 1, "data": {"text": "x"}, "annotations": []}] x',
            "1: unexpected content after the closing ']'",
        ),
        (
            '[{"id": 1, "data": {"text": "x"}, "annotations": []} {"id": 2}]',
            "1: item 1: expected ',' or ']' after the previous task",
        ),
        (
            '[{"id": 1, "data": {"text": "x"}, "annotations": [tru]}]',
            "1: item 1: invalid JSON (invalid literal, expected 'true')",
        ),
        ("[1]", " item 1: expected a task object, got int"),
    ],
)
def test_not_an_export(tmp_path: Path, content: str, what: str) -> None:
    path = write(tmp_path, content)
    message = error_of(path)
    assert message.startswith(f"{path}:{what}")


@pytest.mark.parametrize(
    ("patch", "what"),
    [
        ({"id": "1"}, "item 1: id: expected int, got str"),
        ({"data": "text"}, "task 1 (item 1): data: expected dict, got str"),
        ({"data": {"text": 5}}, "task 1 (item 1): data.text: expected str, got int"),
        (
            {"data": {"text": "x", "doc_id": 7}},
            "task 1 (item 1): data.doc_id: expected str, got int",
        ),
        ({"annotations": {}}, "task 1 (item 1): annotations: expected list, got dict"),
        (
            {"annotations": [{"id": 1, "result": "x"}]},
            "task 1 (item 1): annotations[0].result: expected list, got str",
        ),
        (
            {"annotations": [{"id": 1, "result": [1]}]},
            "task 1 (item 1): annotations[0].result[0]: expected dict, got int",
        ),
        (
            {"annotations": [{"id": None, "result": []}]},
            "task 1 (item 1): annotations[0].id: expected int or str, got null",
        ),
        (
            {"annotations": [{"id": 1, "result": [], "was_cancelled": "no"}]},
            "task 1 (item 1): annotations[0].was_cancelled: expected bool, got str",
        ),
        (
            {"annotations": [{"id": 1, "result": [], "completed_by": [1]}]},
            "task 1 (item 1): annotations[0]: expected a user (object, id or email), got [1]",
        ),
        ({"predictions": [[1]]}, "task 1 (item 1): predictions[0]: expected dict, got list"),
        (
            {"drafts": [{"id": 1, "result": {}}]},
            "task 1 (item 1): drafts[0].result: expected list, got dict",
        ),
    ],
)
def test_wrong_types_anywhere_in_the_envelope(
    tmp_path: Path, patch: dict[str, Any], what: str
) -> None:
    task: dict[str, Any] = {"id": 1, "data": {"text": "x"}, "annotations": []}
    task.update(patch)
    path = write(tmp_path, json.dumps([task]))
    assert error_of(path) == f"{path}: {what}; {FIX}"


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nope.json"
    assert error_of(path) == f"{path}: cannot read (No such file or directory)"
