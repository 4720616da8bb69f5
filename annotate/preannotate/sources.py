"""Articles to pre-annotate, from folders of .txt, single .txt files, or JSONL of {"id","text"}.

Documents are yielded one at a time (a JSONL corpus of any size streams), with the ingestion
newline policy of `annotate.seeds` applied to JSONL texts too. A bad line or file raises a
located `InputError` (`corpus.jsonl:17: ...`).
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from pydantic import ValidationError

from annotate.errors import InputError, located
from annotate.jsonl import iter_jsonl_objects, pydantic_errors
from annotate.schema import Document
from annotate.seeds import canonical_text, load_documents, read_document


def source_size(sources: Sequence[Path]) -> int:
    """Total bytes of the inputs (for a progress bar); 0 for what cannot be sized."""
    total = 0
    for path in sources:
        if path.is_dir():
            total += sum(p.stat().st_size for p in path.glob("*.txt"))
        elif path.is_file():
            total += path.stat().st_size
    return total


def _jsonl_documents(path: Path) -> Iterator[Document]:
    for lineno, obj in iter_jsonl_objects(path):
        where = f"{path}:{lineno}"
        if not isinstance(obj, dict):
            raise InputError(located(where, "not a JSON object", 'write {"id": ..., "text": ...}'))
        text = obj.get("text")
        doc_id = obj.get("id")
        if not isinstance(text, str) or not text.strip():
            raise InputError(located(where, 'missing or empty "text"', "give every line a text"))
        if not isinstance(doc_id, str | int) or isinstance(doc_id, bool) or str(doc_id) == "":
            raise InputError(located(where, 'missing "id"', "give every line a string id"))
        try:
            yield Document(
                id=str(doc_id),
                text=canonical_text(text),
                title=str(obj.get("title") or ""),
                source=str(obj.get("source") or path.name),
            )
        except ValidationError as err:
            raise InputError(located(where, pydantic_errors(err))) from err


def iter_documents(sources: Sequence[Path]) -> Iterator[Document]:
    """Every document of `sources`, in the order given (folders sorted by file name)."""
    for path in sources:
        if path.is_dir():
            yield from load_documents(path)
        elif not path.exists():
            raise InputError(located(str(path), "no such file or folder"))
        elif path.suffix == ".jsonl":
            yield from _jsonl_documents(path)
        elif path.suffix == ".txt":
            yield read_document(path)
        else:
            raise InputError(
                located(
                    str(path),
                    f"unsupported input type {path.suffix or '(none)'!r}",
                    "give a folder of .txt files, a .txt file or a .jsonl file",
                )
            )
