#!/usr/bin/env python3
"""Build a deterministic synthetic Label Studio snapshot export that speaks OUR schema.

Texts come from `benchcommon.DocGenerator` (the same synthetic news as the shared
`make_corpus.py`, built from the seed articles). Per task a hidden "true" annotation is
made: entity/value mentions the generator inserted, event triggers found by a small
lexicon (mapped onto the schema's event types), arguments linked trigger -> entity with
the first role of that event type that allows the entity's type, event attributes, ORG
subtypes and some entity ids. Each of the N annotators derives a result list from it with
realistic disagreement: missing spans (~7%), shifted boundaries (~8%, some of them with a
proclitic inside), confused labels (~5%), spurious spans, dropped (~10%) and relabelled
(~7%) relations, attributes left empty; ~1% of annotations are cancelled, a few drafts.

Layout: the snapshot export (`completed_by` objects with emails, full predictions with the
hidden annotation as the pre-annotation, drafts), one task per line unless --indent.
Offsets are Python str indices. Byte-identical output for the same arguments.

    python bench/make_export.py --tasks 10000 --out bench/data/export_10k.json   # ~364 MB
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import json
import random
import re
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from benchcommon import ARABIC_LETTER_RE, DEFAULT_SEEDS, TRIGGERS, DocGenerator

from annotate.schema import (
    EVENT_ROLES,
    AgreementKind,
    AgreementStage,
    ControlDirection,
    EventType,
    Modality,
    OrgSubtype,
    Polarity,
    Tense,
)

ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-"
PROCLITIC_CHARS = set("وفبلك")

# The shared generator's labels -> ours (entities) and its trigger classes -> event types.
ENTITY_MAP = {"PER": "PER", "ORG": "ORG", "GPE": "GPE", "LOC": "LOC", "DATE": "DATE"}
ENTITY_MAP |= {"TIME": "TIME", "NUM": "NUM", "MONEY": "NUM"}
EVENT_MAP = {
    "EVENT_CEASEFIRE": EventType.AGREEMENT,
    "EVENT_ATTACK": EventType.ATTACK,
    "EVENT_MEETING": EventType.MEET,
    "EVENT_STATEMENT": EventType.STATEMENT,
    "EVENT_AGREEMENT": EventType.AGREEMENT,
    "EVENT_CASUALTY": EventType.DIE,
    "EVENT_MOVEMENT": EventType.WITHDRAW,
}
WORD_EVENT = {
    "إصابة": EventType.INJURE,
    "جرحى": EventType.INJURE,
    "اعتقال": EventType.RELEASE,
    "مكالمة هاتفية": EventType.PHONE,
    "اتصال هاتفي": EventType.PHONE,
    "نزع السلاح": EventType.DISARM,
    "تسليم": EventType.RELEASE,
    "انتشار": EventType.CONTROL,
    "حصار": EventType.CONTROL,
}
CONFUSABLE = {
    "GPE": ["LOC"],
    "LOC": ["GPE", "FAC"],
    "PER": ["ORG"],
    "ORG": ["PER", "GPE"],
    "DATE": ["NUM", "TIME"],
    "NUM": ["DATE"],
    "TIME": ["DATE"],
}
EVENT_CONFUSABLE = {
    EventType.ATTACK.value: [EventType.DIE.value, EventType.INJURE.value],
    EventType.DIE.value: [EventType.INJURE.value, EventType.ATTACK.value],
    EventType.MEET.value: [EventType.PHONE.value, EventType.STATEMENT.value],
    EventType.AGREEMENT.value: [EventType.MEET.value],
}
ENTITY_TYPES = ["PER", "ORG", "GPE", "LOC", "NUM", "DATE"]
ORG_SUBTYPES = [s.value for s in OrgSubtype]

_TRIGGER_WORDS = {w: EVENT_MAP[label] for label, words in TRIGGERS.items() for w in words}
_TRIGGER_WORDS |= {w: t for w, t in WORD_EVENT.items() if w in _TRIGGER_WORDS}
_L = ARABIC_LETTER_RE
TRIGGER_RE = re.compile(
    rf"(?<![{_L}])(?:وبال|وال|بال|فال|كال|ولل|لل|ال|و|ف|ب|ل|ك)?"
    rf"({'|'.join(map(re.escape, sorted(_TRIGGER_WORDS, key=len, reverse=True)))})"
    rf"(?![{_L}\u064b-\u065f\u0670])"
)
WORD_RE = re.compile(rf"[{_L}0-9٠-٩]+")

_EVENT_VALUES = {t.value for t in EventType}

Span = tuple[int, int, str, str]  # start, end, control, label


def rid(rng: random.Random) -> str:
    return "".join(rng.choice(ID_CHARS) for _ in range(10))


def iso(seconds: int) -> str:
    t = dt.datetime(2024, 1, 1, tzinfo=dt.UTC) + dt.timedelta(seconds=seconds)
    return t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{seconds % 997 * 1000 % 1000000:06d}Z"


def true_spans(rng: random.Random, text: str, mentions: list[Any], target: int) -> list[Span]:
    """~target non-overlapping spans: inserted mentions, lexicon triggers, random words."""
    cands: list[Span] = [(s, e, "entity", ENTITY_MAP[lab]) for s, e, lab in mentions]
    cands += [
        (m.start(1), m.end(1), "trigger", _TRIGGER_WORDS[m.group(1)].value)
        for m in TRIGGER_RE.finditer(text)
    ]
    cands.sort(key=lambda x: (x[0], -x[1]))
    chosen: list[Span] = []
    last_end = -1
    for span in cands:
        if span[0] >= last_end:
            chosen.append(span)
            last_end = span[1]
    if len(chosen) > target:
        chosen = [chosen[i] for i in sorted(rng.sample(range(len(chosen)), target))]
    taken = {(s, e) for s, e, _, _ in chosen}
    words = [(m.start(), m.end()) for m in WORD_RE.finditer(text)]
    tries = 0
    while len(chosen) < target and tries < target * 20 and words:
        tries += 1
        s, e = words[rng.randrange(len(words))]
        if any(a < e and s < b for a, b in taken):
            continue
        taken.add((s, e))
        chosen.append((s, e, "entity", rng.choice(ENTITY_TYPES)))
    chosen.sort()
    return chosen


def true_relations(spans: list[Span]) -> list[tuple[int, int, str]]:
    """(trigger index, entity index, role): nearby entities in the first role that fits."""
    out = []
    for i, (_, _, control, label) in enumerate(spans):
        if control != "trigger":
            continue
        filled: set[str] = set()
        for j in range(max(0, i - 3), min(len(spans), i + 4)):
            if len(filled) >= 3:
                break
            if spans[j][2] != "entity":
                continue
            for spec in EVENT_ROLES[EventType(label)]:
                if spans[j][3] in {t.value for t in spec.allowed} and (
                    spec.multiple or spec.role.value not in filled
                ):
                    filled.add(spec.role.value)
                    out.append((i, j, spec.role.value))
                    break
    return out


def attributes(rng: random.Random, event_type: str) -> dict[str, str]:
    chosen = {}
    if rng.random() < 0.7:
        chosen["polarity"] = Polarity.NEGATIVE if rng.random() < 0.1 else Polarity.POSITIVE
    if rng.random() < 0.5:
        chosen["modality"] = rng.choice(list(Modality))
    if rng.random() < 0.6:
        chosen["tense"] = rng.choice(list(Tense))
    if event_type == EventType.AGREEMENT.value:
        chosen["agreement_kind"] = rng.choice(list(AgreementKind))
        chosen["agreement_stage"] = rng.choice(list(AgreementStage))
    if event_type == EventType.CONTROL.value:
        chosen["control_direction"] = rng.choice(list(ControlDirection))
    return {k: str(v) for k, v in chosen.items()}


def shifted(rng: random.Random, text: str, s: int, e: int) -> tuple[int, int]:
    """A plausible boundary disagreement, still inside the text and without edge spaces."""
    for _ in range(4):
        r = rng.random()
        if r < 0.35 and s > 0 and text[s - 1] in PROCLITIC_CHARS:  # the proclitic included
            ns, ne = s - 1, e
        elif r < 0.6:  # one more word on the right
            m = WORD_RE.search(text, e)
            if not m or m.start() - e > 2:
                continue
            ns, ne = s, m.end()
        elif r < 0.8:  # drop a word of a multi-word span
            sp = text.rfind(" ", s, e)
            if sp <= s:
                continue
            ns, ne = (s, sp) if rng.random() < 0.5 else (sp + 1, e)
        else:  # one character short
            if e - s <= 2:
                continue
            ns, ne = s, e - 1
        surface = text[ns:ne]
        if 0 <= ns < ne <= len(text) and surface.strip() == surface:
            return ns, ne
    return s, e


def region(
    rid_: str, control: str, kind: str, value: dict[str, Any], origin: str
) -> dict[str, Any]:
    return {
        "value": value,
        "id": rid_,
        "from_name": control,
        "to_name": "text",
        "type": kind,
        "origin": origin,
    }


def results(
    rng: random.Random,
    text: str,
    spans: list[Span],
    rels: list[tuple[int, int, str]],
    noisy: bool,
) -> list[dict[str, Any]]:
    """A result list; `noisy` derives an annotator's version from the hidden one."""
    out: list[dict[str, Any]] = []
    id_of: dict[int, str] = {}
    kinds: dict[int, tuple[str, str]] = {}
    confused: set[int] = set()
    origin = "manual" if noisy else "prediction"
    for i, (s, e, control, label) in enumerate(spans):
        r = rng.random() if noisy else 1.0
        if r < 0.07:
            continue
        if r < 0.15:
            s, e = shifted(rng, text, s, e)
        elif r < 0.20:
            table = CONFUSABLE if control == "entity" else EVENT_CONFUSABLE
            label = rng.choice(table.get(label, [label]))
            confused.add(i)
        region_id = rid(rng)
        id_of[i] = region_id
        kinds[i] = (control, label)
        value = {"start": s, "end": e, "text": text[s:e]}
        out.append(region(region_id, control, "labels", {**value, "labels": [label]}, origin))
        if control == "trigger":
            for name, choice in attributes(rng, label).items():
                if not noisy or rng.random() < 0.9:
                    out.append(
                        region(region_id, name, "choices", {**value, "choices": [choice]}, origin)
                    )
        elif label == "ORG" and rng.random() < 0.5:
            subtype = {**value, "choices": [rng.choice(ORG_SUBTYPES)]}
            out.append(region(region_id, "org_subtype", "choices", subtype, origin))
        if control == "entity" and label in ("PER", "ORG", "GPE") and rng.random() < 0.2:
            link = f"wikidata:Q{rng.randrange(1, 10**7)}"
            out.append(
                region(
                    region_id,
                    "entity_id",
                    "textarea",
                    {"start": s, "end": e, "text": [link]},
                    origin,
                )
            )
    extra = 0
    while noisy and rng.random() < 0.6 and extra < 5:
        extra += 1
        m = WORD_RE.search(text, rng.randrange(len(text)))
        if m:
            label = rng.choice(ENTITY_TYPES)
            value = {"start": m.start(), "end": m.end(), "text": m.group(), "labels": [label]}
            out.append(region(rid(rng), "entity", "labels", value, origin))
    for i, j, role in rels:
        if i not in id_of or j not in id_of:
            continue
        if (i in confused or j in confused) and rng.random() < 0.8:
            continue  # a relabelled span usually loses its arguments
        r = rng.random() if noisy else 1.0
        if r < 0.10:
            continue
        if r < 0.17 and kinds[i][0] == "trigger" and kinds[i][1] in _EVENT_VALUES:
            # another role the argument could fill: annotators rarely pick impossible ones
            fits = [
                spec.role.value
                for spec in EVENT_ROLES[EventType(kinds[i][1])]
                if kinds[j][1] in {t.value for t in spec.allowed}
            ]
            role = rng.choice(fits or [role])
        out.append(
            {
                "from_id": id_of[i],
                "to_id": id_of[j],
                "type": "relation",
                "direction": "right",
                "labels": [role],
            }
        )
    status = "needs-review" if noisy and rng.random() < 0.05 else "complete"
    out.append(region(rid(rng), "doc_status", "choices", {"choices": [status]}, origin))
    return out


def user(k: int) -> dict[str, Any]:
    return {"id": k, "email": f"annotator{k}@example.org", "first_name": "", "last_name": ""}


def make_task(gen: DocGenerator, ti: int, args: argparse.Namespace) -> dict[str, Any]:
    text, mentions = gen.generate(ti)
    if len(text) > args.max_chars:
        cut = text.rfind("\n\n", 0, args.max_chars)
        cut = args.max_chars if cut < args.max_chars // 2 else cut
        text = text[:cut].rstrip()
        mentions = [m for m in mentions if m[1] <= len(text)]
    rng = random.Random(args.seed * 1_000_033 + ti)
    task_id = ti + 1
    spans = true_spans(rng, text, mentions, max(10, min(80, round(rng.gauss(args.spans, 6)))))
    rels = true_relations(spans)
    t0 = task_id * 37
    prediction = {
        "id": task_id,
        "model_version": "heuristics-bench",
        "score": round(rng.random(), 4),
        "result": results(rng, text, spans, rels, noisy=False),
        "created_at": iso(t0),
        "updated_at": iso(t0),
        "task": task_id,
        "project": 1,
    }
    who = rng.sample(range(2, 2 + max(8, 2 * args.annotators)), args.annotators)
    annotations = []
    for k in range(args.annotators):
        cancelled = rng.random() < args.cancel_rate
        created = t0 + rng.randint(60, 86400 * 30)
        lead = round(rng.uniform(60, 1800), 3)
        annotations.append(
            {
                "id": ti * args.annotators + k + 1,
                "completed_by": user(who[k]),
                "result": [] if cancelled else results(rng, text, spans, rels, noisy=True),
                "was_cancelled": cancelled,
                "ground_truth": False,
                "created_at": iso(created),
                "updated_at": iso(created + int(lead)),
                "lead_time": lead,
                "parent_prediction": task_id,
                "task": task_id,
                "project": 1,
            }
        )
    drafts = []
    if rng.random() < args.draft_rate:
        drafts.append(
            {
                "id": task_id,
                "user": user(who[0])["email"],
                "result": results(rng, text, spans[: len(spans) // 2], [], noisy=True),
                "lead_time": 12.5,
                "was_postponed": False,
                "created_at": iso(t0 + 99),
                "updated_at": iso(t0 + 99),
                "task": task_id,
                "annotation": None,
            }
        )
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return {
        "id": task_id,
        "annotations": annotations,
        "drafts": drafts,
        "predictions": [prediction],
        "data": {"text": text, "title": f"doc {task_id}", "doc_id": f"doc-{ti:07d}", "sha256": sha},
        "meta": {},
        "created_at": iso(t0),
        "updated_at": iso(t0 + 86400 * 31),
        "inner_id": task_id,
        "total_annotations": sum(not a["was_cancelled"] for a in annotations),
        "cancelled_annotations": sum(a["was_cancelled"] for a in annotations),
        "total_predictions": 1,
        "project": 1,
        "updated_by": who[-1],
    }


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    ap.add_argument("--tasks", type=int, default=1000)
    ap.add_argument("--annotators", type=int, default=3)
    ap.add_argument("--spans", type=float, default=18, help="mean hidden spans per task")
    ap.add_argument("--max-chars", type=int, default=6000)
    ap.add_argument("--cancel-rate", type=float, default=0.01)
    ap.add_argument("--draft-rate", type=float, default=0.02)
    ap.add_argument(
        "--indent", type=int, default=None, help="pretty-print (default: one task per line)"
    )
    ap.add_argument("--seeds", default=DEFAULT_SEEDS)
    ap.add_argument("--seed", type=int, default=13)
    ap.add_argument("--out", type=Path, required=True)
    args = ap.parse_args(argv)
    started = time.perf_counter()
    gen = DocGenerator(args.seeds, seed=args.seed)
    args.out.parent.mkdir(parents=True, exist_ok=True)
    with args.out.open("w", encoding="utf-8", newline="\n") as f:
        f.write("[\n")
        for ti in range(args.tasks):
            if ti:
                f.write(",\n")
            f.write(json.dumps(make_task(gen, ti, args), ensure_ascii=False, indent=args.indent))
        f.write("\n]\n")
    size = args.out.stat().st_size
    print(
        json.dumps(
            {
                "tasks": args.tasks,
                "bytes": size,
                "seconds": round(time.perf_counter() - started, 1),
                "out": str(args.out),
            }
        )
    )


if __name__ == "__main__":
    main()
