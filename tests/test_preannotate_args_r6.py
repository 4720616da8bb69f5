"""Argument rules of the sixth round: error classes of the attachment logic seen in the newly
opened development sets I and J and in at least one older set. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from tests.test_preannotate_events_r4 import arguments, span
from tests.test_preannotate_patterns import predict


def test_any_speech_participle_continues_the_speaker_of_its_clause() -> None:
    text = "وقال وزير الدفاع يوسف حداد إن قواته صدت الهجوم، متوعداً المسلحين برد قاس."
    got = arguments(predict(text))
    assert (span(text, "متوعداً"), "Speaker", span(text, "يوسف حداد")) in got
    text = "ودعت وزارة الخارجية الطرفين إلى التهدئة، مهددةً بتعليق الوساطة."
    got = arguments(predict(text))
    assert (span(text, "مهددةً"), "Speaker", span(text, "وزارة الخارجية")) in got


def test_a_plural_verb_takes_no_subject_after_it() -> None:
    text = "وقال شهود إن مسلحين هاجموا قرية الحمرا بقذائف الهاون."
    got = arguments(predict(text))
    assert not any(role == "Attacker" for _, role, _ in got)
    text = "واجتمع القادة في القاهرة، ودعوا حركة حماس إلى التهدئة."
    got = arguments(predict(text))
    assert (span(text, "دعوا"), "Addressee", span(text, "حركة حماس")) in got
    assert not any(role == "Requester" for _, role, _ in got)


def test_a_singular_verb_ending_in_an_or_a_pronoun_still_takes_its_subject() -> None:
    text = "وأدان الاتحاد الأوروبي الهجوم على القافلة."
    got = arguments(predict(text))
    assert (span(text, "أدان"), "Accuser", span(text, "الاتحاد الأوروبي")) in got
