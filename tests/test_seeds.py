"""Loading articles: exact text, one newline policy, ids and hashes."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest
from hypothesis import given

from annotate.errors import InputError
from annotate.seeds import canonical_text, load_documents, read_document
from tests.strategies import arabic_text

SEEDS = Path(__file__).resolve().parent.parent / "seeds"


def test_seeds_load_exactly() -> None:
    docs = list(load_documents(SEEDS))
    assert [d.id for d in docs] == sorted(p.stem for p in SEEDS.glob("*.txt"))
    assert len(docs) == 5
    for doc in docs:
        raw = (SEEDS / f"{doc.id}.txt").read_bytes()
        assert doc.text == raw.decode(
            "utf-8"
        )  # the seeds have no CR and no BOM: kept byte for byte
        assert doc.sha256 == hashlib.sha256(raw).hexdigest()


def test_seeds_match_the_shared_copy() -> None:
    shared = SEEDS.parent.parent / "shared" / "seeds"
    if not shared.is_dir():
        pytest.skip("the shared seeds are not beside this checkout")
    for path in shared.glob("*.txt"):
        assert (SEEDS / path.name).read_bytes() == path.read_bytes()


@given(arabic_text)
def test_newline_policy_is_idempotent_and_leaves_no_cr(raw: str) -> None:
    once = canonical_text(raw.replace("\n", "\r\n"))
    assert "\r" not in once
    assert canonical_text(once) == once
    assert once == canonical_text(raw)


def test_crlf_bom_and_lone_cr(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes("\ufeffسطر\r\nثان\rثالث 😀".encode())
    doc = read_document(path)
    assert doc.text == "سطر\nثان\nثالث 😀"
    assert doc.id == "a"


def test_bad_files_give_located_errors(tmp_path: Path) -> None:
    bad = tmp_path / "cp1256.txt"
    bad.write_bytes("سلام".encode("cp1256"))
    with pytest.raises(InputError) as info:
        read_document(bad)
    assert str(info.value).startswith(f"{bad}: not UTF-8 (byte 0: ")
    assert str(info.value).endswith("; convert it, e.g. iconv -f WINDOWS-1256 -t UTF-8")
    empty = tmp_path / "empty.txt"
    empty.write_text(" \n", encoding="utf-8")
    with pytest.raises(InputError, match="empty article"):
        read_document(empty)
    with pytest.raises(InputError, match="not a folder"):
        list(load_documents(tmp_path / "missing"))
