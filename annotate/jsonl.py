"""JSONL and JSON files: deterministic UTF-8 writing, atomic replacement, located read errors."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import orjson
from pydantic import BaseModel, ValidationError

from annotate.errors import InputError, located

M = TypeVar("M", bound=BaseModel)


def dumps_line(obj: Any) -> bytes:
    """One JSON line: UTF-8 (Arabic stays readable in diffs), keys sorted, newline-terminated."""
    return orjson.dumps(obj, option=orjson.OPT_SORT_KEYS | orjson.OPT_APPEND_NEWLINE)


def pydantic_errors(err: ValidationError) -> str:
    """A pydantic error as `[field -> 0 -> end] message` items joined by '; '."""
    parts = []
    for e in err.errors():
        loc = " -> ".join(str(p) for p in e["loc"])
        parts.append(f"[{loc}] {e['msg']}" if loc else str(e["msg"]))
    return "; ".join(parts)


def atomic_write_bytes(path: Path, chunks: Iterable[bytes]) -> None:
    """Write `chunks` to a temporary file beside `path`, then rename it into place.

    A failure half-way leaves the old file (or no file) behind, never a truncated one.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        # mkstemp creates 0600; give the file the mode a plain open() would (0666 - umask).
        umask = os.umask(0)
        os.umask(umask)
        os.fchmod(fd, 0o666 & ~umask)
        with os.fdopen(fd, "wb") as f:
            for chunk in chunks:
                f.write(chunk)
        Path(tmp).replace(path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_jsonl(path: Path, records: Iterable[BaseModel | dict[str, Any]]) -> int:
    """Write one JSON object per line, atomically; returns the number of lines."""
    count = 0

    def lines() -> Iterator[bytes]:
        nonlocal count
        for rec in records:
            obj = rec.model_dump(mode="json") if isinstance(rec, BaseModel) else rec
            count += 1
            yield dumps_line(obj)

    atomic_write_bytes(path, lines())
    return count


def iter_jsonl_objects(path: Path) -> Iterator[tuple[int, Any]]:
    """Yield (line number, parsed object) for each non-blank line; errors carry path:line."""
    try:
        f = path.open("rb")
    except OSError as err:
        raise InputError(located(str(path), f"cannot read: {err.strerror}")) from err
    with f:
        for lineno, raw in enumerate(f, start=1):
            if not raw.strip():
                continue
            try:
                yield lineno, orjson.loads(raw)
            except orjson.JSONDecodeError as err:
                raise InputError(
                    located(
                        f"{path}:{lineno}",
                        f"invalid JSON ({err})",
                        "each line must be one JSON object",
                    )
                ) from err


def read_jsonl(path: Path, model: type[M]) -> Iterator[M]:
    """Parse each line of `path` into `model`; the first bad line raises a located InputError."""
    for lineno, obj in iter_jsonl_objects(path):
        try:
            yield model.model_validate(obj)
        except ValidationError as err:
            raise InputError(
                located(f"{path}:{lineno}", f"invalid {model.__name__}: {pydantic_errors(err)}")
            ) from err


def write_json(path: Path, obj: Any) -> None:
    """Write one JSON document, indented, UTF-8, atomically."""
    atomic_write_bytes(
        path, [orjson.dumps(obj, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"]
    )
