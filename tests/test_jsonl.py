"""JSONL writing and reading: round trips, Arabic kept readable, located errors."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from annotate.errors import InputError
from annotate.jsonl import atomic_write_bytes, read_jsonl, write_jsonl
from annotate.schema import GoldRecord
from tests.strategies import gold_records


@settings(suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(gold_records(), max_size=4))
def test_write_read_round_trip(tmp_path: Path, records: list[GoldRecord]) -> None:
    path = tmp_path / "gold.jsonl"
    assert write_jsonl(path, records) == len(records)
    assert list(read_jsonl(path, GoldRecord)) == records
    if records:
        assert records[0].text.split()[0].encode() in path.read_bytes()  # not \u-escaped


def test_bad_line_is_located(tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "a"}\n\n{oops\n', encoding="utf-8")
    with pytest.raises(InputError) as info:
        list(read_jsonl(path, GoldRecord))
    assert str(info.value).startswith(f"{path}:1: invalid GoldRecord: [text] Field required")
    path.write_text("\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=rf"^{path}:2: invalid JSON"):
        list(read_jsonl(path, GoldRecord))


def test_atomic_write_keeps_the_old_file_on_failure(tmp_path: Path) -> None:
    path = tmp_path / "out.txt"
    path.write_bytes(b"old")

    def chunks() -> list[bytes]:
        raise RuntimeError("boom")

    with pytest.raises(RuntimeError):
        atomic_write_bytes(path, (c for c in chunks()))
    assert path.read_bytes() == b"old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.txt"]


def test_written_files_get_the_usual_mode(tmp_path: Path) -> None:
    import os

    path = tmp_path / "shared.jsonl"
    write_jsonl(path, [{"a": 1}])
    umask = os.umask(0)
    os.umask(umask)
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask
