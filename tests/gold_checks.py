"""Checks shared by the tests of every hand-made gold (seed gold, held-out gold)."""

from __future__ import annotations

from annotate.schema import GoldRecord, role_spec
from annotate.text import PROCLITICS, is_grapheme_boundary, word_bounds


def assert_arguments_respect_the_schema(rec: GoldRecord) -> None:
    """Each argument's role fits its event type and its entity type fits the role; a role that
    is not `multiple` is filled at most once per event."""
    ents = {e.id: e for e in rec.entities}
    for ev in rec.events:
        for arg in ev.arguments:
            spec = role_spec(ev.type, arg.role)
            assert spec is not None, (ev.trigger.surface, arg.role)
            assert ents[arg.entity].type in spec.allowed, (ev.trigger.surface, arg.role)
        roles = [a.role for a in ev.arguments]
        for role in set(roles):
            spec = role_spec(ev.type, role)
            assert spec is not None
            assert spec.multiple or roles.count(role) == 1, (ev.trigger.surface, role)


def gold_spans(rec: GoldRecord) -> list[tuple[str, int, int, str]]:
    """(label, start, end, surface) of every entity/value mention and every trigger."""
    out = [(e.type.value, e.start, e.end, e.surface) for e in rec.entities]
    out += [(v.type.value, v.trigger.start, v.trigger.end, v.trigger.surface) for v in rec.events]
    return out


def assert_spans_follow_the_span_convention(rec: GoldRecord) -> None:
    """Every span is its surface, on grapheme bounds, ends where its last word ends, and only
    proclitics (at most three, the ل of لل included) precede it inside its first word; no span
    starts with لل or with a proclitic + ال."""
    text = rec.text
    lam = "\N{ARABIC LETTER LAM}"
    article = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"
    for label, start, end, surface in gold_spans(rec):
        where = f"{rec.id} {label} {surface!r}"
        assert text[start:end] == surface, where
        assert surface == surface.strip(), where
        assert is_grapheme_boundary(text, start), where
        assert is_grapheme_boundary(text, end), where
        word_start, word_end = word_bounds(text, start, end)
        assert set(text[word_start:start]) <= PROCLITICS, where
        assert len(text[word_start:start]) <= 3, where
        assert word_end == end, where
        assert not surface.startswith(lam + lam), where
        assert not (surface[0] in PROCLITICS and surface[1:3] == article), where
