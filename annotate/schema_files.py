"""The generated files of schemas/: what they should contain, and writing or checking them."""

from __future__ import annotations

from pathlib import Path

import orjson

from annotate.guidelines import guidelines_markdown
from annotate.jsonl import atomic_write_bytes
from annotate.labelstudio.config import labeling_config
from annotate.schema import SCHEMA_VERSION, GoldRecord

CONFIG_FILE = "labeling_config.xml"
JSON_SCHEMA_FILE = "gold_record.schema.json"
GUIDELINES_FILE = "guidelines.md"


def gold_json_schema() -> str:
    """JSON Schema of one gold JSONL line, from the pydantic model."""
    schema = GoldRecord.model_json_schema(mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    schema["$id"] = f"annotate/gold_record/{SCHEMA_VERSION}"
    return orjson.dumps(schema, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS).decode() + "\n"


def rendered() -> dict[str, str]:
    """File name -> expected content for every generated file."""
    return {
        CONFIG_FILE: labeling_config(),
        JSON_SCHEMA_FILE: gold_json_schema(),
        GUIDELINES_FILE: guidelines_markdown(),
    }


def stale_files(out: Path) -> list[Path]:
    """The generated files under `out` that are missing or differ from the schema in code."""
    stale = []
    for name, content in rendered().items():
        path = out / name
        if not path.is_file() or path.read_text(encoding="utf-8") != content:
            stale.append(path)
    return stale


def write_schema_files(out: Path) -> list[Path]:
    """Write every generated file that changed; returns the paths written."""
    written = []
    for path in stale_files(out):
        atomic_write_bytes(path, [rendered()[path.name].encode("utf-8")])
        written.append(path)
    return written
