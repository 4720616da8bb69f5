"""Place, facility, weapon and value error classes found on the sets written without the tool
(I, J) and on at least one older dev set (session 5), each rule tested on an invented sentence
(offsets with text.index)."""

from __future__ import annotations

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

# --- counted weapons --------------------------------------------------------------------------


def test_a_count_of_weapons_nests_the_weapon_phrase() -> None:
    text = "وسلّم المسلحون خمس بنادق آلية و٢٢ بندقية رشاشة، وأسقط الجيش ثلاث مسيّرات."
    got = spans(predict(text))
    assert at(text, "NUM", "٢٢ بندقية رشاشة") in got
    assert at(text, "WEA", "بندقية رشاشة") in got
    assert at(text, "NUM", "ثلاث مسيّرات") in got
    assert at(text, "WEA", "مسيّرات") in got
    assert at(text, "NUM", "٢٢") not in got


def test_a_partitive_keeps_the_count_and_the_weapons_apart() -> None:
    text = "وضبطت الشرطة ٤٠٠ قطعة من الأسلحة في المستودع."
    got = spans(predict(text))
    assert at(text, "NUM", "٤٠٠ قطعة") in got
    assert at(text, "WEA", "الأسلحة") in got


def test_a_landmine_keeps_its_adjective() -> None:
    text = "وأصيب راعيان بانفجار لغم أرضي قرب الحدود."
    assert at(text, "WEA", "لغم أرضي") in spans(predict(text))
