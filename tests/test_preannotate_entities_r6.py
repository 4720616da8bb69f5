"""Entity error classes of people, organisations, groups and titles found on the sets I and J
(written without the tool) and on at least one older dev set (session 5), each rule tested
on an invented sentence (offsets with text.index)."""

from __future__ import annotations

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

# --- nationality adjectives after a definite plural noun ------------------------------------


def test_a_plural_nisba_after_a_definite_noun_is_an_adjective() -> None:
    text = "وقال رئيس الوفد إن المراقبين البولنديين غادروا برفقة المهندسين الكينيين أمس."
    got = spans(predict(text))
    assert at(text, "NORP", "البولنديين") not in got
    assert at(text, "NORP", "الكينيين") not in got


def test_a_plural_nisba_after_a_verb_or_a_preposition_is_still_a_people() -> None:
    text = "واتهم البولنديون جيرانهم بالتصعيد، فيما دعا الوزير إلى حماية الكينيين."
    got = spans(predict(text))
    assert at(text, "NORP", "البولنديون") in got
    assert at(text, "NORP", "الكينيين") in got


# --- باسم: the preposition of a post, not a given name ----------------------------------------


def test_bism_after_a_speaking_post_is_no_given_name() -> None:
    text = "وقال الناطق باسم الجناح المتمرد كوفي منساه إن مقاتليه انسحبوا."
    got = spans(predict(text))
    assert at(text, "PER", "باسم الجناح") not in got
    assert at(text, "OCC", "الناطق باسم الجناح المتمرد") in got
    assert at(text, "PER", "كوفي منساه") in got


def test_bism_as_a_given_name_is_kept() -> None:
    text = "وقال باسم الخطيب إن الحكومة ستجتمع غداً."
    assert at(text, "PER", "باسم الخطيب") in spans(predict(text))


# --- the standing of a holder or of his body qualifies the post -------------------------------


def test_a_retired_holder_or_a_splinter_body_keeps_the_adjective_in_the_post() -> None:
    text = "والتقى السفير الكيني المتقاعد بيتر كامانغا أمس الناطق باسم الكتلة المنشقة كوفي منساه."
    got = spans(predict(text))
    assert at(text, "OCC", "السفير الكيني المتقاعد") in got
    assert at(text, "PER", "بيتر كامانغا") in got
    assert at(text, "OCC", "الناطق باسم الكتلة المنشقة") in got
    assert at(text, "PER", "كوفي منساه") in got
