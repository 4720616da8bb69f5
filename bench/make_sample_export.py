"""Regenerate gold/samples/seed_export.json: a real Label Studio snapshot export of the seeds.

Starts a throwaway Label Studio (loopback, temporary data dir), pushes the five seed
articles with the heuristics' predictions, and has two annotators submit through the API,
each with their own token:

* annotator 1 submits the hand-checked seed gold (tests/fixtures/seed_gold);
* annotator 2 submits the same with a few realistic differences: a missed entity, a
  GPE/LOC confusion, another tense, a forgotten argument.

Then pulls the snapshot export (`annotate ls pull`'s code), gives the annotators the
anonymous e-mails annotator1@example.org / annotator2@example.org, and writes the file.
Prints how long each step took.

    .venv/bin/python bench/make_sample_export.py [--out gold/samples/seed_export.json]
"""

from __future__ import annotations

import argparse
import secrets
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import httpx
import orjson
from label_studio_sdk.client import LabelStudio

from annotate.evaluate import load_span_gold
from annotate.jsonl import atomic_write_bytes
from annotate.labelstudio.client import Connection, connect, push, snapshot
from annotate.labelstudio.config import labeling_config
from annotate.labelstudio.results import record_results
from annotate.labelstudio.server import LocalServer, find_executable
from annotate.labelstudio.tasks import Task
from annotate.preannotate import default_preannotator
from annotate.seeds import load_documents

ROOT = Path(__file__).resolve().parents[1]
TITLE = "Seed articles (sample)"
ANNOTATORS = ("annotator1@example.org", "annotator2@example.org")
Result = list[dict[str, Any]]


def referenced(result: Result) -> set[str]:
    return {r[k] for r in result if r["type"] == "relation" for k in ("from_id", "to_id")}


def spans(result: Result, control: str) -> list[dict[str, Any]]:
    return [r for r in result if r["type"] == "labels" and r["from_name"] == control]


def miss_an_entity(result: Result) -> Result:
    """Annotator 2 overlooks the last entity that plays no role."""
    free = [r["id"] for r in spans(result, "entity") if r["id"] not in referenced(result)]
    return [r for r in result if not free or r.get("id") != free[-1]]


def confuse_gpe_and_loc(result: Result) -> Result:
    """Annotator 2 labels one place GPE <-> LOC (only where no role depends on the type)."""
    free = [
        r
        for r in spans(result, "entity")
        if r["id"] not in referenced(result) and r["value"]["labels"][0] in ("GPE", "LOC")
    ]
    if not free:
        return result
    target = free[0]["id"]
    out = []
    for r in result:
        if r.get("id") == target and r["type"] == "labels":
            label = "LOC" if r["value"]["labels"][0] == "GPE" else "GPE"
            r = {**r, "value": {**r["value"], "labels": [label]}}
        out.append(r)
    return out


def other_tense(result: Result) -> Result:
    """Annotator 2 reads the first event's tense differently."""
    swap = {"PAST": "PRESENT", "PRESENT": "PAST", "FUTURE": "UNSPECIFIED", "UNSPECIFIED": "PAST"}
    out, done = [], False
    for r in result:
        if not done and r.get("from_name") == "tense":
            r = {**r, "value": {**r["value"], "choices": [swap[r["value"]["choices"][0]]]}}
            done = True
        out.append(r)
    return out


def forget_an_argument(result: Result) -> Result:
    """Annotator 2 leaves out the last argument relation."""
    relations = [i for i, r in enumerate(result) if r["type"] == "relation"]
    return [r for i, r in enumerate(result) if not relations or i != relations[-1]]


DIFFERENCES: list[Callable[[Result], Result]] = [
    miss_an_entity,
    confuse_gpe_and_loc,
    other_tense,
    forget_an_argument,
]


def second_opinion(result: Result, n: int) -> Result:
    """Two of the four differences per document, rotating over the documents."""
    for change in (DIFFERENCES[n % 4], DIFFERENCES[(n + 1) % 4]):
        result = change(result)
    return result


def submit(url: str, token: str, task: dict[str, Any], result: Result, lead_time: float) -> None:
    with httpx.Client(timeout=60) as http:
        client = LabelStudio(base_url=url, api_key=token, httpx_client=http)
        client.annotations.create(
            task["id"],
            result=result,
            lead_time=lead_time,
            parent_prediction=task["predictions"][0]["id"],
        )


def anonymise(export: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Annotators become annotatorN@example.org / "Annotator N", numbered by user id."""
    ids = sorted({a["completed_by"]["id"] for t in export for a in t["annotations"]})
    alias = {uid: n for n, uid in enumerate(ids, start=1)}
    emails = {}
    for task in export:
        for a in task["annotations"]:
            user = a["completed_by"]
            n = alias[user["id"]]
            emails[user["email"]] = f"annotator{n}@example.org"
            a["completed_by"] = {
                **user,
                "email": f"annotator{n}@example.org",
                "first_name": "Annotator",
                "last_name": str(n),
            }
    for task in export:
        for draft in task["drafts"]:
            draft["user"] = emails.get(draft["user"], "annotator@example.org")
    return export


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "gold" / "samples" / "seed_export.json")
    parser.add_argument("--seeds", type=Path, default=ROOT / "seeds")
    parser.add_argument("--gold", type=Path, default=ROOT / "tests" / "fixtures" / "seed_gold")
    parser.add_argument("--label-studio", type=Path, default=None)
    args = parser.parse_args()

    docs = list(load_documents(args.seeds))
    gold = load_span_gold(args.gold, {d.id: d for d in docs})
    engine = default_preannotator()
    tasks: list[Task] = [engine.task(d) for d in docs]
    executable = find_executable(args.label_studio or ROOT / ".ls-venv" / "bin" / "label-studio")

    with tempfile.TemporaryDirectory(prefix="ls-sample-") as tmp:
        server = LocalServer(
            executable, Path(tmp), username="admin@example.org", password=secrets.token_hex(8)
        )
        t0 = time.perf_counter()
        with server:
            t_start = time.perf_counter() - t0
            tokens = {
                email: server.add_user(email, secrets.token_hex(8), "Annotator", str(n))
                for n, email in enumerate(ANNOTATORS, start=1)
            }
            conn: Connection
            with connect(server.url, server.token) as conn:
                t0 = time.perf_counter()
                report = push(conn, tasks, title=TITLE, config=labeling_config(), overlap=2)
                t_push = time.perf_counter() - t0
                remote = {
                    t.data["doc_id"]: t.dict()
                    for t in conn.client.tasks.list(project=report.project_id, fields="all")
                    if t.data is not None
                }
                t0 = time.perf_counter()
                for n, doc in enumerate(docs):
                    hand = record_results(gold[doc.id])
                    task = remote[doc.id]
                    submit(server.url, tokens[ANNOTATORS[0]], task, hand, 300.0 + 60 * n)
                    changed = second_opinion(hand, n)
                    submit(server.url, tokens[ANNOTATORS[1]], task, changed, 240.0 + 45 * n)
                t_annotate = time.perf_counter() - t0
                t0 = time.perf_counter()
                export = orjson.loads(snapshot(conn, report.project_id))
                t_pull = time.perf_counter() - t0
    # One task per line: a real export's size (an indented one is 2.4 times bigger) and
    # diffs that still show which task changed.
    lines = [orjson.dumps(t, option=orjson.OPT_SORT_KEYS) for t in anonymise(export)]
    atomic_write_bytes(args.out, [b"[\n", b",\n".join(lines), b"\n]\n"])
    annotations = sum(len(t["annotations"]) for t in export)
    print(f"wrote {args.out}: {len(export)} tasks, {annotations} annotations")
    print(
        f"server start {t_start:.1f} s, push of {len(tasks)} tasks {t_push:.2f} s, "
        f"annotations {t_annotate:.2f} s, pull {t_pull:.2f} s"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
