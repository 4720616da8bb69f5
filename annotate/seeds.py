"""Load articles into Documents, with the one newline policy applied once, at ingestion.

Newline policy: the file is decoded as strict UTF-8, a leading byte-order mark is dropped,
and CR LF and lone CR become LF. Nothing else changes: no Unicode normalisation, no
trimming, tashkeel and tatweel kept. The resulting string is the stored text for good.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from annotate.errors import InputError, located
from annotate.schema import Document


def canonical_text(raw: str) -> str:
    """Apply the ingestion policy to a decoded text (idempotent)."""
    if raw.startswith("\ufeff"):
        raw = raw[1:]
    return raw.replace("\r\n", "\n").replace("\r", "\n")


def read_document(path: Path) -> Document:
    """One .txt file as a Document whose id is the file name stem."""
    try:
        data = path.read_bytes()
    except OSError as err:
        raise InputError(located(str(path), f"cannot read: {err.strerror}")) from err
    try:
        raw = data.decode("utf-8")
    except UnicodeDecodeError as err:
        raise InputError(
            located(
                str(path),
                f"not UTF-8 (byte {err.start}: {data[err.start : err.start + 1]!r})",
                "convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8",
            )
        ) from err
    text = canonical_text(raw)
    if not text.strip():
        raise InputError(located(str(path), "empty article", "remove the file or give it text"))
    return Document(id=path.stem, text=text, source=path.name)


def load_documents(folder: Path) -> Iterator[Document]:
    """Every `*.txt` of `folder`, sorted by name."""
    if not folder.is_dir():
        raise InputError(located(str(folder), "not a folder of .txt articles"))
    for path in sorted(folder.glob("*.txt")):
        yield read_document(path)
