"""Argument rules of the fifth round: error classes of the attachment logic seen in at least
two development sets, mostly in the non-wire genres of set D and the wire news of set E.
Every sentence is invented; offsets come from text.index."""

from __future__ import annotations

from tests.test_preannotate_events_r4 import arguments, span
from tests.test_preannotate_patterns import predict


def test_an_incident_takes_no_place_across_a_clause_opener() -> None:
    text = "صدّ الجيش هجوماً للمتمردين فجر الأحد، مؤكداً أن طائراته تلاحق الفارين في إقليم دارفور."
    got = arguments(predict(text))
    attack = span(text, "هجوماً")
    assert (attack, "Time", span(text, "فجر الأحد")) in got
    assert not any(t == attack and role == "Place" for t, role, _ in got)


def test_a_place_of_the_incident_clause_is_still_shared_before_a_clause_opener() -> None:
    text = "قُتل ١٢ مدنياً في قصف مدفعي على مدينة الفاشر، وقالت السلطات إن الحصيلة مرشحة للارتفاع."
    got = arguments(predict(text))
    assert (span(text, "قُتل"), "Place", span(text, "الفاشر")) in got
