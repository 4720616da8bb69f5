"""Talk to a Label Studio server through its SDK: connect, push tasks, pull a snapshot export.

Facts this relies on (research/label_studio.md §3-4, verified on label-studio 1.23.2 with
label-studio-sdk 2.1.2): bulk import is synchronous, so the counts can be checked right
after it; the server refuses a config that drops labels used in annotations or drafts,
so `push` checks that itself first and names the labels; only the snapshot export gives
full predictions, drafts, expanded `completed_by` and tasks without annotations.

The API key lives in memory only: it is never written to disk, logged, or put in a message.
"""

from __future__ import annotations

import os
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any, Self, TypeVar

import httpx
import orjson
from label_studio_sdk.client import LabelStudio
from label_studio_sdk.core.api_error import ApiError
from label_studio_sdk.label_interface import LabelInterface

from annotate.errors import LabelStudioError, located
from annotate.jsonl import atomic_write_bytes
from annotate.labelstudio.tasks import Task
from annotate.text import sha256_text

T = TypeVar("T")

URL_ENV = "LABEL_STUDIO_URL"
KEY_ENV = "LABEL_STUDIO_API_KEY"
DEFAULT_URL = "http://localhost:8080"
# research/label_studio.md §4: 500 tasks import in 0.9 s, 1500 in 3.2 s; stay in 500-1000.
BATCH_SIZE = 500
MAX_BATCH_SIZE = 1000
EXPORT_TIMEOUT = 600.0
PAGE_SIZE = 1000


@dataclass(frozen=True)
class Connection:
    """A checked connection: the server answered and accepted the key. Close it when done."""

    url: str
    client: LabelStudio
    user_email: str
    http: httpx.Client

    def __repr__(self) -> str:  # keeps the client (and its key) out of any repr
        return f"Connection(url={self.url!r}, user={self.user_email!r})"

    def close(self) -> None:
        self.http.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _call(url: str, what: str, func: Callable[[], T]) -> T:
    """Run one SDK call; turn transport and HTTP failures into a one-line LabelStudioError."""
    try:
        return func()
    except httpx.TransportError as err:
        raise LabelStudioError(
            located(url, f"cannot reach the server ({type(err).__name__})", "is it running?")
        ) from err
    except ApiError as err:
        if err.status_code in (401, 403):
            raise LabelStudioError(
                located(
                    url,
                    f"the server refused the API key (HTTP {err.status_code})",
                    f"check --api-key or {KEY_ENV} (Account & Settings > Legacy token)",
                )
            ) from err
        raise LabelStudioError(
            located(url, f"{what} failed (HTTP {err.status_code}): {_body(err.body)}")
        ) from err


def _body(body: Any) -> str:
    text = body if isinstance(body, str) else orjson.dumps(body).decode()
    return " ".join(text.split())[:300]


def connect(
    url: str | None = None, api_key: str | None = None, timeout: float = 120.0
) -> Connection:
    """Connect to `url` (or $LABEL_STUDIO_URL) with `api_key` (or $LABEL_STUDIO_API_KEY)."""
    url = (url or os.environ.get(URL_ENV) or DEFAULT_URL).rstrip("/")
    key = api_key or os.environ.get(KEY_ENV)
    if not key:
        raise LabelStudioError(located(url, "no API key", f"pass --api-key or set {KEY_ENV}"))
    http = httpx.Client(timeout=timeout, follow_redirects=True)
    client = LabelStudio(base_url=url, api_key=key, httpx_client=http)
    try:
        me = _call(url, "who-am-i", lambda: client.users.whoami())
    except BaseException:
        http.close()
        raise
    return Connection(url=url, client=client, user_email=me.email or "", http=http)


# --- projects ----------------------------------------------------------------------


def find_project(conn: Connection, title: str) -> int | None:
    """The id of the project titled `title`, None when there is none."""
    ids = [
        p.id
        for p in _call(conn.url, "listing projects", lambda: list(conn.client.projects.list()))
        if p.title == title and p.id is not None
    ]
    if len(ids) > 1:
        raise LabelStudioError(
            located(conn.url, f"{len(ids)} projects are titled {title!r}", "rename all but one")
        )
    return ids[0] if ids else None


def project_id(conn: Connection, title: str) -> int:
    """The id of the existing project titled `title`."""
    pid = find_project(conn, title)
    if pid is None:
        raise LabelStudioError(
            located(conn.url, f"no project titled {title!r}", "check --project, or push first")
        )
    return pid


# The task list's light form: data (for doc_id + sha256) and prediction versions, without
# the prediction and annotation payloads. `fields="task_only"` leaves the versions empty.
SUMMARY_FIELDS = "id,data,total_predictions,predictions_model_versions"


def _iter_tasks(conn: Connection, pid: int, *, full: bool = False) -> Iterator[dict[str, Any]]:
    """The project's tasks as dicts; `full` adds annotations, drafts and predictions."""
    kwargs: dict[str, Any] = {"fields": "all"} if full else {"include": SUMMARY_FIELDS}
    pager = _call(
        conn.url,
        "listing tasks",
        lambda: conn.client.tasks.list(project=pid, page_size=PAGE_SIZE, **kwargs),
    )
    for task in _call(conn.url, "listing tasks", lambda: list(pager)):
        yield task.dict() if hasattr(task, "dict") else dict(task)


def model_versions(task: dict[str, Any]) -> set[str]:
    """The model versions of a listed task's predictions.

    SQLite servers send them comma-joined in one string, PostgreSQL ones as a list.
    """
    value = task.get("predictions_model_versions") or []
    items = value.split(",") if isinstance(value, str) else value
    return {str(v) for v in items if v}


def used_labels(tasks: Sequence[dict[str, Any]]) -> dict[str, Counter[str]]:
    """Labels and choices used in annotations and drafts, by control name.

    Mirrors the server's project summary (`_get_labels`): a result's `value[type]` list,
    except TextArea texts; relations carry no `from_name` and are not counted.
    """
    used: dict[str, Counter[str]] = defaultdict(Counter)
    for task in tasks:
        holders = [*(task.get("annotations") or []), *(task.get("drafts") or [])]
        for holder in holders:
            for result in holder.get("result") or []:
                kind = result.get("type")
                name = result.get("from_name")
                if not name or kind == "textarea":
                    continue
                values = (result.get("value") or {}).get(kind)
                if isinstance(values, list):
                    used[name].update(str(v) for v in values)
    return dict(used)


def dropped_labels(config: str, used: dict[str, Counter[str]]) -> list[str]:
    """`control:label (count)` for each used label the new `config` no longer has."""
    controls = {c.name: set(c.labels or []) for c in LabelInterface(config).controls}
    dropped = []
    for name in sorted(used):
        for label, count in sorted(used[name].items()):
            if name not in controls or label not in controls[name]:
                dropped.append(f"{name}:{label} ({count})")
    return dropped


# --- push --------------------------------------------------------------------------


@dataclass(frozen=True)
class PushReport:
    """What `push` did and what the server holds afterwards."""

    project_id: int
    created_project: bool
    updated_config: bool
    tasks_imported: int
    tasks_present: int
    predictions_added: int
    server_tasks: int
    server_predictions: int
    changed_texts: tuple[str, ...]
    """Doc ids whose text on the server differs from the pushed one (not touched)."""


def _key(task: Task) -> tuple[str, str]:
    data = task["data"]
    return str(data["doc_id"]), str(data["sha256"])


def _batches(items: Sequence[T], size: int) -> Iterator[Sequence[T]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _ensure_project(
    conn: Connection, title: str, config: str, overlap: int
) -> tuple[int, bool, bool]:
    """Create the project or bring its config and overlap up to date: (id, created, updated)."""
    projects = conn.client.projects
    pid = find_project(conn, title)
    if pid is None:
        created = _call(
            conn.url,
            "creating the project",
            lambda: projects.create(
                title=title,
                label_config=config,
                maximum_annotations=overlap,
                show_skip_button=True,
            ),
        )
        assert created.id is not None
        return created.id, True, False
    project = _call(conn.url, "reading the project", lambda: projects.get(pid))
    changes: dict[str, Any] = {}
    # The server strips the config's surrounding whitespace when it stores it.
    if (project.label_config or "").strip() != config.strip():
        tasks = list(_iter_tasks(conn, pid, full=True))
        dropped = dropped_labels(config, used_labels(tasks))
        if dropped:
            raise LabelStudioError(
                located(
                    f"{conn.url} project {title!r}",
                    "the new config drops labels still used in annotations or drafts: "
                    + ", ".join(dropped),
                    "keep them in the schema, or migrate those annotations first",
                )
            )
        changes["label_config"] = config
    if project.maximum_annotations != overlap:
        changes["maximum_annotations"] = overlap
    if not project.show_skip_button:
        changes["show_skip_button"] = True
    if changes:
        _call(conn.url, "updating the project", lambda: projects.update(pid, **changes))
    return pid, False, "label_config" in changes


def push(
    conn: Connection,
    tasks: Sequence[Task],
    *,
    title: str,
    config: str,
    overlap: int = 1,
    batch_size: int = BATCH_SIZE,
) -> PushReport:
    """Create or update project `title`, import the tasks it lacks, then verify the counts.

    A task is present when a task with the same (doc_id, sha256) exists; a present task
    gets the pushed prediction only if it has none of that model_version yet. Re-running
    with the same tasks changes nothing.
    """
    if len(title) < 3:  # the server answers a bare "Validation error" otherwise
        raise LabelStudioError(located(title, "a project title needs at least 3 characters"))
    if overlap < 1:
        raise LabelStudioError(located(str(overlap), "overlap must be at least 1"))
    batch_size = max(1, min(batch_size, MAX_BATCH_SIZE))
    pid, created, updated = _ensure_project(conn, title, config, overlap)

    existing: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    texts_by_doc: dict[str, set[str]] = defaultdict(set)
    for remote in _iter_tasks(conn, pid):
        data = remote.get("data") or {}
        key = (str(data.get("doc_id")), str(data.get("sha256")))
        existing[key].append(remote)
        texts_by_doc[key[0]].add(key[1])

    new: list[Task] = []
    more_predictions: list[dict[str, Any]] = []
    changed: list[str] = []
    for task in tasks:
        key = _key(task)
        if key in existing:
            remote = existing[key][0]
            versions = model_versions(remote)
            for pred in task.get("predictions") or []:
                if pred["model_version"] not in versions:
                    more_predictions.append({**pred, "task": remote["id"]})
        elif key[0] in texts_by_doc:
            changed.append(key[0])
        else:
            new.append(task)

    projects = conn.client.projects
    for batch in _batches(new, batch_size):
        do_import = partial(projects.import_tasks, pid, request=list(batch), return_task_ids=True)
        _call(conn.url, "importing tasks", do_import)
    for batch in _batches(more_predictions, batch_size):
        add = partial(projects.import_predictions, pid, request=list(batch))
        _call(conn.url, "importing predictions", add)
    server_tasks, server_predictions = _verify(conn, pid, tasks, changed)
    return PushReport(
        project_id=pid,
        created_project=created,
        updated_config=updated,
        tasks_imported=len(new),
        tasks_present=len(tasks) - len(new) - len(changed),
        predictions_added=sum(len(t.get("predictions") or []) for t in new) + len(more_predictions),
        server_tasks=server_tasks,
        server_predictions=server_predictions,
        changed_texts=tuple(changed),
    )


def _verify(
    conn: Connection, pid: int, tasks: Sequence[Task], changed: Sequence[str]
) -> tuple[int, int]:
    """Check that each pushed task is on the server once, with its predictions' versions."""
    remote_by_key: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
    total_predictions = 0
    remote_tasks = list(_iter_tasks(conn, pid))
    for remote in remote_tasks:
        data = remote.get("data") or {}
        remote_by_key[(str(data.get("doc_id")), str(data.get("sha256")))].append(remote)
        total_predictions += int(remote.get("total_predictions") or 0)
    skipped = set(changed)
    problems = []
    for task in tasks:
        key = _key(task)
        if key[0] in skipped:
            continue
        found = remote_by_key.get(key, [])
        if len(found) != 1:
            problems.append(f"{key[0]}: {len(found)} tasks on the server, expected 1")
            continue
        versions = model_versions(found[0])
        for pred in task.get("predictions") or []:
            if pred["model_version"] not in versions:
                problems.append(f"{key[0]}: prediction {pred['model_version']!r} missing")
    if problems:
        raise LabelStudioError(
            located(
                f"{conn.url} project {pid}",
                f"verification after import failed: {'; '.join(problems[:5])}"
                + (f" (and {len(problems) - 5} more)" if len(problems) > 5 else ""),
            )
        )
    return len(remote_tasks), total_predictions


# --- pull --------------------------------------------------------------------------


@dataclass(frozen=True)
class HashMismatch:
    """A task whose text no longer matches the sha256 it was pushed with."""

    task_id: int
    doc_id: str
    reason: str


@dataclass(frozen=True)
class PullReport:
    """What a snapshot export holds."""

    project_id: int
    tasks: int
    annotations: int
    cancelled: int
    ground_truth: int
    drafts: int
    predictions: int
    mismatches: tuple[HashMismatch, ...]


# Everything the merge needs (label_studio.md §3): full predictions and drafts, annotators
# as {id, email, ...}, every task (draft-only and untouched ones too), skipped annotations.
SNAPSHOT_OPTIONS: dict[str, Any] = {
    "task_filter_options": {"only_with_annotations": False},
    "annotation_filter_options": {"usual": True, "ground_truth": True, "skipped": True},
    "serialization_options": {
        "drafts": {"only_id": False},
        "predictions": {"only_id": False},
        "annotations__completed_by": {"only_id": False},
        "include_annotation_history": False,
    },
}


def snapshot(conn: Connection, pid: int, timeout: float = EXPORT_TIMEOUT) -> bytes:
    """Make a snapshot export of project `pid`, download it as JSON, delete it on the server."""
    exports = conn.client.projects.exports
    snap = _call(
        conn.url,
        "creating the export",
        lambda: exports.create(pid, title="annotate pull", **SNAPSHOT_OPTIONS),
    )
    assert snap.id is not None
    export_id = snap.id
    deadline = time.monotonic() + timeout
    status = snap.status
    while status not in ("completed", "failed"):
        if time.monotonic() > deadline:
            raise LabelStudioError(
                located(conn.url, f"export {export_id} not ready after {timeout:.0f} s")
            )
        time.sleep(0.5)
        status = _call(
            conn.url, "export status", lambda: exports.get(pid, export_pk=export_id)
        ).status
    if status == "failed":
        raise LabelStudioError(located(conn.url, f"export {export_id} failed on the server"))
    data = _call(
        conn.url,
        "downloading the export",
        lambda: b"".join(exports.download(pid, export_pk=export_id, export_type="JSON")),
    )
    _call(conn.url, "deleting the export", lambda: exports.delete(pid, export_pk=export_id))
    return data


def check_hashes(tasks: Sequence[dict[str, Any]]) -> list[HashMismatch]:
    """Tasks whose data.text does not hash to data.sha256 (edited in Label Studio, or never set)."""
    mismatches = []
    for task in tasks:
        data = task.get("data") or {}
        text, expected = data.get("text"), data.get("sha256")
        doc_id = str(data.get("doc_id", ""))
        tid = int(task.get("id") or 0)
        if not isinstance(text, str):
            mismatches.append(HashMismatch(tid, doc_id, "data.text is missing"))
        elif not expected:
            mismatches.append(HashMismatch(tid, doc_id, "data.sha256 is missing"))
        elif sha256_text(text) != expected:
            mismatches.append(
                HashMismatch(tid, doc_id, "data.text no longer matches data.sha256 (edited?)")
            )
    return mismatches


def pull(conn: Connection, title: str, out: Path) -> PullReport:
    """Write project `title`'s snapshot export to `out` (atomically) and report on it."""
    pid = project_id(conn, title)
    raw = snapshot(conn, pid)
    try:
        tasks = orjson.loads(raw)
    except orjson.JSONDecodeError as err:
        raise LabelStudioError(located(conn.url, f"export is not JSON ({err})")) from err
    if not isinstance(tasks, list):
        raise LabelStudioError(located(conn.url, "export is not a list of tasks"))
    atomic_write_bytes(out, [raw])
    annotations = [a for t in tasks for a in t.get("annotations") or []]
    return PullReport(
        project_id=pid,
        tasks=len(tasks),
        annotations=len(annotations),
        cancelled=sum(bool(a.get("was_cancelled")) for a in annotations),
        ground_truth=sum(bool(a.get("ground_truth")) for a in annotations),
        drafts=sum(len(t.get("drafts") or []) for t in tasks),
        predictions=sum(len(t.get("predictions") or []) for t in tasks),
        mismatches=tuple(check_hashes(tasks)),
    )
