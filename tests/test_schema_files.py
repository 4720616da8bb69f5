"""schemas/ is generated: it must match the schema in code."""

from __future__ import annotations

import json
from pathlib import Path

from annotate.schema import SCHEMA_VERSION, EventType, Role
from annotate.schema_files import rendered, stale_files, write_schema_files

ROOT = Path(__file__).resolve().parent.parent


def test_schemas_folder_is_fresh() -> None:
    stale = stale_files(ROOT / "schemas")
    assert not stale, f"stale: {[p.name for p in stale]}; run `annotate schema export`"


def test_write_then_check_round_trip(tmp_path: Path) -> None:
    assert len(stale_files(tmp_path)) == 3
    assert len(write_schema_files(tmp_path)) == 3
    assert stale_files(tmp_path) == []
    assert write_schema_files(tmp_path) == []
    (tmp_path / "guidelines.md").write_text("edited\n", encoding="utf-8")
    assert stale_files(tmp_path) == [tmp_path / "guidelines.md"]


def test_json_schema_describes_gold_records() -> None:
    schema = json.loads(rendered()["gold_record.schema.json"])
    assert schema["$id"].endswith(SCHEMA_VERSION)
    assert set(schema["required"]) >= {"id", "text", "text_sha256"}
    assert set(schema["$defs"]["Role"]["enum"]) == {r.value for r in Role}


def test_guidelines_cover_every_event_type_and_role() -> None:
    text = rendered()["guidelines.md"]
    for event_type in EventType:
        assert f"`{event_type.value}`" in text
    for role in Role:
        assert f"| {role.value} (" in text
    assert "للكرملين" in text  # the لل decision is written down


def test_guidelines_say_where_each_attribute_applies() -> None:
    text = rendered()["guidelines.md"]
    assert "On: every event. Values: `POSITIVE`" in text
    assert "On: Agreement events." in text
    assert "On: ORG entities." in text
