"""Argument rules of the seventh round: error classes of the attachment logic seen in the newly
opened development sets K and L and in at least one older set. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from tests.test_preannotate_events_r4 import arguments, span
from tests.test_preannotate_patterns import predict


def test_a_quoted_accused_before_its_masdar_is_the_object_not_the_subject() -> None:
    text = 'ونفى المتحدث باسم الجيش أحمد حسن الخبر، واتهم "حركة الشباب" بقصف أحياء سكنية.'
    got = arguments(predict(text))
    accuse = span(text, "اتهم")
    assert (accuse, "Accused", span(text, "حركة الشباب")) in got
    assert (accuse, "Accuser", span(text, "حركة الشباب")) not in got


def test_the_ba_apart_from_a_quoted_masdar_opens_the_accusation() -> None:
    text = 'واتهم رئيس الوزراء محمد علي "حركة الشباب" بـ"ترهيب السكان".'
    got = arguments(predict(text))
    accuse = span(text, "اتهم")
    assert (accuse, "Accused", span(text, "حركة الشباب")) in got
    assert (accuse, "Accuser", span(text, "محمد علي")) in got


def test_a_mention_inside_a_relative_clause_on_the_object_is_not_the_accused() -> None:
    text = (
        "واتهم المتحدث باسم الحكومة سمير علي التحالف الذي يتزعمه الرئيس السابق محمد حسن "
        'بـ"السعي إلى نسف الاتفاق".'
    )
    got = arguments(predict(text))
    assert not any(role == "Accused" for _, role, _ in got)


def test_the_genitive_of_a_bare_feminine_noun_is_not_the_accused() -> None:
    text = "واتهم رئيس الوزراء محمد علي إدارة ترامب بالتخلي عن الحلفاء."
    got = arguments(predict(text))
    assert (span(text, "اتهم"), "Accused", span(text, "ترامب")) not in got
    text = "واتهم رئيس الوزراء محمد علي فصائل مسلحة عراقية واشنطن بانتهاك السيادة."
    got = arguments(predict(text))
    assert (span(text, "اتهم"), "Accused", span(text, "واشنطن")) in got
