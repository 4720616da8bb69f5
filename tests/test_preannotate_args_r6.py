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


def test_a_verb_after_lakinna_with_a_pronoun_keeps_the_subject_of_the_clause() -> None:
    text = "ولم تؤكد وزارة الدفاع عدد القتلى، لكنها دانت الهجوم على القافلة."
    got = arguments(predict(text))
    assert (span(text, "دانت"), "Accuser", span(text, "وزارة الدفاع")) in got


def test_the_people_freed_follow_an_past_the_doer_a_date_or_an_adjective() -> None:
    text = "أفرجت حركة حماس، مساء الأحد، عن ستة رهائن في رفح."
    got = arguments(predict(text))
    assert (span(text, "أفرجت"), "Person", span(text, "ستة رهائن")) in got
    text = "وطالبت الحكومة بالإفراج الفوري عن ثلاثة صحفيين محتجزين."
    got = arguments(predict(text))
    assert (span(text, "الإفراج"), "Person", span(text, "ثلاثة صحفيين")) in got


def test_an_an_of_a_later_clause_names_nobody_freed() -> None:
    text = "أفرجت السلطات عن الموقوفين، وقالت إن التحقيق كشف عن ثلاثة متورطين."
    got = arguments(predict(text))
    assert not any(role == "Person" for _, role, _ in got)


def test_the_doer_of_a_withdrawal_or_disarmament_named_through_its_fighters() -> None:
    text = "واستعاد الجيش البلدة بعد انسحاب مسلحي حركة الشباب منها."
    got = arguments(predict(text))
    assert (span(text, "انسحاب"), "Agent", span(text, "حركة الشباب")) in got
    text = "وبدأت المرحلة الأخيرة من نزع سلاح مقاتلي جبهة البوليساريو."
    got = arguments(predict(text))
    assert (span(text, "نزع سلاح"), "Agent", span(text, "جبهة البوليساريو")) in got


def test_a_release_noun_takes_its_genitive_as_doer_only_before_an() -> None:
    text = "ونص الاتفاق على إفراج الخرطوم عن 40 معتقلاً."
    got = arguments(predict(text))
    assert (span(text, "إفراج"), "Agent", span(text, "الخرطوم")) in got


def test_the_body_of_a_counted_subject_laid_the_weapons_down() -> None:
    text = "وسلّم نحو 300 مقاتل من حركة العدل والمساواة أسلحتهم للجيش."
    got = arguments(predict(text))
    assert (span(text, "سلّم"), "Agent", span(text, "حركة العدل والمساواة")) in got
