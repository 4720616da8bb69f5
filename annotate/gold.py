"""Versioned gold releases under `gold/`: write once, verify, diff, load.

Layout of one release (`gold/v0001/`, `gold/v0002/`, ...):

* `records.jsonl`: one `GoldRecord` per document, sorted by id, UTF-8 (Arabic readable);
* `conflicts.jsonl`: the decisions left for adjudication (`annotate.merge.Conflict`);
* `agreement.json` and `report.html`: inter-annotator agreement;
* `manifest.json`: the sha256 of every other file, counts per type, schema and tool
  versions, the source exports and their hashes, the version it was created from.

`gold/CHANGELOG.md` gains an entry per release. A release is written into a hidden
temporary directory inside `gold/` and renamed into place, so a failure leaves nothing
half-written, and an existing version is never overwritten (`GoldVersionError`).
The manifest holds no timestamp: the same inputs give byte-identical releases.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import TracebackType
from typing import Any, Self

import orjson
from pydantic import ValidationError

from annotate.errors import GoldVersionError, InputError, located
from annotate.gold_diff import GoldDiff, iter_diff, iter_records_json
from annotate.jsonl import atomic_write_bytes, pydantic_errors, read_jsonl
from annotate.schema import GoldRecord

RECORDS = "records.jsonl"
CONFLICTS = "conflicts.jsonl"
AGREEMENT = "agreement.json"
REPORT = "report.html"
MANIFEST = "manifest.json"
CHANGELOG = "CHANGELOG.md"
RELEASE_FILES = (RECORDS, CONFLICTS, AGREEMENT, REPORT)
VERSION_RE = re.compile(r"v(\d{4})")
_CHANGELOG_HEAD = (
    "# Gold changelog\n\nOne entry per release, newest first (written by `annotate merge`).\n"
)


# --- versions ---------------------------------------------------------------------------


def versions(gold_dir: Path) -> list[str]:
    """Released versions in `gold_dir`, oldest first (temporary directories are not)."""
    if not gold_dir.is_dir():
        return []
    return sorted(p.name for p in gold_dir.iterdir() if p.is_dir() and VERSION_RE.fullmatch(p.name))


def next_version(gold_dir: Path, wanted: str | None = None) -> str:
    """The version to release: `wanted` if it is new and after the latest, else latest + 1."""
    existing = versions(gold_dir)
    latest = existing[-1] if existing else None
    if wanted is None:
        number = int(latest[1:]) + 1 if latest else 1
        return f"v{number:04d}"
    if not VERSION_RE.fullmatch(wanted):
        raise GoldVersionError(
            located(wanted, "not a version name", "use v followed by four digits, e.g. v0003")
        )
    if (gold_dir / wanted).exists():
        raise GoldVersionError(
            located(
                str(gold_dir / wanted),
                "this version exists already and released versions are never overwritten",
                "leave --version out to take the next one",
            )
        )
    if latest is not None and wanted < latest:
        raise GoldVersionError(
            located(
                str(gold_dir / wanted),
                f"out of order: the latest release is {latest}",
                "pick a later version",
            )
        )
    return wanted


def resolve_version(gold_dir: Path, name: str) -> Path:
    """The directory of version `name` ('latest' is the newest); GoldVersionError if absent."""
    if name == "latest":
        existing = versions(gold_dir)
        if not existing:
            raise GoldVersionError(located(str(gold_dir), "no gold version released yet"))
        name = existing[-1]
    path = gold_dir / name
    if not (path / RECORDS).is_file():
        known = ", ".join(versions(gold_dir)) or "none"
        raise GoldVersionError(located(str(path), "no such gold version", f"known: {known}"))
    return path


def records_path(target: Path | str, gold_dir: Path = Path("gold")) -> Path:
    """The records file meant by a version name, a version directory or a JSONL path."""
    path = Path(target)
    if path.is_file():
        return path
    if (path / RECORDS).is_file():
        return path / RECORDS
    if isinstance(target, str) and (target == "latest" or VERSION_RE.fullmatch(target)):
        return resolve_version(gold_dir, target) / RECORDS
    raise InputError(located(str(target), "not a gold version, version directory or records file"))


def load_gold(target: Path | str, gold_dir: Path = Path("gold")) -> Iterator[GoldRecord]:
    """Stream the records of a gold version ('v0002', 'latest', a directory or a JSONL path)."""
    yield from read_jsonl(records_path(target, gold_dir), GoldRecord)


# --- counts and hashes ------------------------------------------------------------------


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as f:
        while chunk := f.read(1 << 20):
            digest.update(chunk)
    return digest.hexdigest()


@dataclass
class Counts:
    """Counts per type of a set of gold records."""

    documents: int = 0
    entities: Counter[str] = field(default_factory=Counter)
    events: Counter[str] = field(default_factory=Counter)
    arguments: Counter[str] = field(default_factory=Counter)
    adjudicated: int = 0

    def add(self, record: dict[str, Any]) -> None:
        """Count one record given as GoldRecord JSON."""
        self.documents += 1
        self.adjudicated += bool(record["provenance"]["adjudicated"])
        for e in record["entities"]:
            self.entities[e["type"]] += 1
        for v in record["events"]:
            self.events[v["type"]] += 1
            for a in v["arguments"]:
                self.arguments[a["role"]] += 1

    def merge(self, other: Counts) -> None:
        """Add the counts of other records."""
        self.documents += other.documents
        self.adjudicated += other.adjudicated
        self.entities.update(other.entities)
        self.events.update(other.events)
        self.arguments.update(other.arguments)

    def to_json(self) -> dict[str, Any]:
        return {
            "documents": self.documents,
            "adjudicated": self.adjudicated,
            "entities": dict(sorted(self.entities.items())),
            "events": dict(sorted(self.events.items())),
            "arguments": dict(sorted(self.arguments.items())),
            "entities_total": sum(self.entities.values()),
            "events_total": sum(self.events.values()),
            "arguments_total": sum(self.arguments.values()),
        }


# --- diff -----------------------------------------------------------------------------


def diff_gold(a: Path | str, b: Path | str, gold_dir: Path = Path("gold")) -> GoldDiff:
    """Documents added, removed and changed (spans, arguments, attributes) from A to B."""
    out = GoldDiff()
    for what, doc_id, d in iter_diff(records_path(a, gold_dir), records_path(b, gold_dir)):
        if what == "added":
            out.added.append(doc_id)
        elif what == "removed":
            out.removed.append(doc_id)
        elif d is not None:
            out.changed.append(d)
        else:
            out.unchanged += 1
    return out


# --- verify -----------------------------------------------------------------------------


def verify_gold(gold_dir: Path) -> list[str]:
    """Check every release: file hashes, no extra file, records valid and sorted, counts.

    Returns one located problem per line (empty when all is well). Raises InputError when
    `gold_dir` is not a directory.
    """
    if not gold_dir.is_dir():
        raise InputError(located(str(gold_dir), "not a directory"))
    problems: list[str] = []
    changelog = gold_dir / CHANGELOG
    logged = changelog.read_text(encoding="utf-8") if changelog.is_file() else ""
    for version in versions(gold_dir):
        problems.extend(_verify_version(gold_dir / version))
        if f"## {version} " not in logged:
            problems.append(located(str(changelog), f"no entry for {version}"))
    return problems


def _verify_version(path: Path) -> list[str]:
    manifest_path = path / MANIFEST
    try:
        manifest = orjson.loads(manifest_path.read_bytes())
        files: dict[str, str] = manifest["files"]
    except (OSError, orjson.JSONDecodeError, KeyError, TypeError) as error:
        return [located(str(manifest_path), f"missing or unreadable manifest ({error})")]
    problems = []
    present = {p.name for p in path.iterdir()} - {MANIFEST}
    for name in sorted(present - files.keys()):
        problems.append(located(str(path / name), "not listed in the manifest"))
    for name, expected in sorted(files.items()):
        target = path / name
        if not target.is_file():
            problems.append(located(str(target), "listed in the manifest but missing"))
        elif file_sha256(target) != expected:
            problems.append(located(str(target), "sha256 differs from the manifest"))
    if (path / RECORDS).is_file():
        problems.extend(_verify_records(path / RECORDS, manifest.get("counts")))
    return problems


def _verify_records(path: Path, expected: Any) -> list[str]:
    counts = Counts()
    try:
        for lineno, obj in enumerate(iter_records_json(path), start=1):
            try:
                GoldRecord.model_validate(obj)
            except ValidationError as error:
                return [located(f"{path}:{lineno}", f"invalid record: {pydantic_errors(error)}")]
            counts.add(obj)
    except (InputError, GoldVersionError) as error:
        return [str(error)]
    if expected != counts.to_json():
        return [located(str(path), "counts differ from the manifest")]
    return []


# --- release ----------------------------------------------------------------------------


class Release:
    """A gold version being written: files go to `self.path` (a hidden temporary directory).

    Use as a context manager; `publish()` writes the manifest, renames the directory into
    place and adds the changelog entry. Leaving the block without publishing (an error)
    removes everything written.
    """

    def __init__(self, gold_dir: Path, version: str | None = None) -> None:
        self.gold_dir = gold_dir
        gold_dir.mkdir(parents=True, exist_ok=True)
        self.version = next_version(gold_dir, version)
        existing = versions(gold_dir)
        self.previous = existing[-1] if existing else None
        self.path = Path(tempfile.mkdtemp(prefix=f".{self.version}.", dir=gold_dir))
        # mkdtemp makes the directory private (0700); a release is as readable as gold/.
        self.path.chmod(gold_dir.stat().st_mode & 0o777)
        self.published = False

    def __enter__(self) -> Self:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if not self.published:
            shutil.rmtree(self.path, ignore_errors=True)

    def publish(
        self,
        counts: Counts,
        *,
        sources: list[dict[str, str]],
        tool_version: str,
        schema_version: str,
        settings: dict[str, Any],
        message: str = "",
        today: dt.date | None = None,
    ) -> Path:
        """Seal the release: manifest, rename into `gold/<version>`, changelog entry."""
        files = {p.name: file_sha256(p) for p in sorted(self.path.iterdir()) if p.name != MANIFEST}
        manifest = {
            "version": self.version,
            "created_from": self.previous,
            "schema_version": schema_version,
            "tool_version": tool_version,
            "sources": sources,
            "settings": settings,
            "message": message,
            "counts": counts.to_json(),
            "files": files,
        }
        (self.path / MANIFEST).write_bytes(
            orjson.dumps(manifest, option=orjson.OPT_INDENT_2 | orjson.OPT_SORT_KEYS) + b"\n"
        )
        entry = self._changelog_entry(manifest, today or dt.datetime.now(dt.UTC).date())
        changelog = self.gold_dir / CHANGELOG
        old = changelog.read_text(encoding="utf-8") if changelog.is_file() else _CHANGELOG_HEAD
        head, sep, rest = old.partition("\n## ")
        new_log = head.rstrip("\n") + "\n\n" + entry + (("\n## " + rest) if sep else "")
        target = self.gold_dir / self.version
        if target.exists():
            raise GoldVersionError(
                located(str(target), "appeared while this release was written; nothing changed")
            )
        try:
            self.path.rename(target)
        except OSError as error:
            raise GoldVersionError(
                located(str(target), f"cannot move the release into place ({error.strerror})")
            ) from error
        try:
            atomic_write_bytes(changelog, [new_log.encode("utf-8")])
            changelog.chmod(0o644)  # the temporary file it was renamed from is private
        except BaseException:
            target.rename(self.path)  # back out: a version without its entry is half-written
            raise
        self.published = True
        return target

    def _changelog_entry(self, manifest: dict[str, Any], today: dt.date) -> str:
        c = manifest["counts"]
        lines = [f"## {self.version} ({today.isoformat()})", ""]
        if manifest["message"]:
            lines += [manifest["message"], ""]
        lines.append(
            f"- {c['documents']} documents ({c['adjudicated']} adjudicated), "
            f"{c['entities_total']} entities, {c['events_total']} events, "
            f"{c['arguments_total']} arguments"
        )
        for kind in ("entities", "events"):
            if c[kind]:
                listed = ", ".join(f"{k} {n}" for k, n in c[kind].items())
                lines.append(f"- {kind.capitalize()}: {listed}")
        sources = ", ".join(f"{s['name']} ({s['sha256'][:12]})" for s in manifest["sources"])
        lines.append(f"- From: {sources or 'no export'}")
        if self.previous is None:
            lines.append("- First release.")
        else:
            lines.append(f"- Changes since {self.previous}: {self._summary()}")
        return "\n".join(lines) + "\n"

    def _summary(self) -> str:
        assert self.previous is not None
        tally: Counter[str] = Counter()
        for what, _, d in iter_diff(self.gold_dir / self.previous / RECORDS, self.path / RECORDS):
            tally[what] += 1
            if d is not None:
                tally["spans_added"] += len(d.spans_added)
                tally["spans_removed"] += len(d.spans_removed)
        return (
            f"{tally['added']} documents added, {tally['removed']} removed, "
            f"{tally['changed']} changed (+{tally['spans_added']} / -{tally['spans_removed']} "
            f"spans), {tally['same']} unchanged."
        )
