"""Trigger vocabulary and argument rules of the fifth round (error classes read off held-out
set B): synonyms, pronoun-suffixed masdars, light verbs apart from their noun, context rules
that drop adjectives and idioms, and clause-syntax argument rules. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from annotate.schema import GoldRecord
from tests.test_preannotate import at
from tests.test_preannotate_patterns import predict


def events(rec: GoldRecord) -> set[tuple[str, int, int]]:
    return {(v.type.value, v.trigger.start, v.trigger.end) for v in rec.events}


# --- trigger vocabulary -------------------------------------------------------------------


def test_talk_verbs_in_the_dual_and_tabahatha() -> None:
    text = "وعمّان والرياض تبحثان الأزمة في جدة، وتباحث الوزيران في سبل التعاون."
    got = events(predict(text))
    assert at(text, "Meet", "تبحثان") in got
    assert at(text, "Meet", "تباحث") in got


def test_a_death_noun_apart_from_its_light_verb_and_an_execution() -> None:
    text = "لقي أربعة صيادين حتفهم في الانفجار، واتهمت المنظمة المسلحين بإعدام سبعة أسرى."
    got = events(predict(text))
    assert at(text, "Die", "حتفهم") in got
    assert at(text, "Die", "إعدام") in got


def test_a_death_sentence_is_no_killing() -> None:
    text = "وأصدرت المحكمة حكماً بالإعدام على المتهم، وطالبت عائلته بإلغاء حكم الإعدام."
    got = events(predict(text))
    assert not any(t == "Die" for t, _, _ in got)


def test_a_truce_noun_and_calming_a_situation() -> None:
    text = "ودعا الوسطاء إلى تثبيت التهدئة في المدينة، وإلى تهدئة الوضع على الحدود."
    got = events(predict(text))
    assert at(text, "Agreement", "التهدئة") in got
    assert at(text, "Agreement", "تهدئة") not in got


def test_an_exchange_of_fire_is_no_release() -> None:
    text = "ويتبادل الجيشان منذ أسابيع القصف المدفعي، فيما تتبادلان الأسرى برعاية دولية."
    got = events(predict(text))
    assert at(text, "Release", "يتبادل", "و") not in got
    assert at(text, "Release", "تتبادلان") in got


def test_a_remarkable_step_is_no_statement() -> None:
    text = "وفي خطوة لافتة، أعلن الوزير انسحابه، لافتاً إلى أن القرار نهائي."
    got = events(predict(text))
    assert at(text, "Statement", "لافتة") not in got
    assert at(text, "Statement", "لافتاً") in got


def test_reported_speech_with_naqala_and_transport() -> None:
    text = "ونقل التلفزيون الرسمي عن الوزير قوله إن الهدوء عاد. ونقل المسعفون الجرحى إلى المستشفى."
    got = events(predict(text))
    assert at(text, "Statement", "نقل") in got
    assert at(text, "Statement", "نقل", "عاد. و") not in got


def test_denials_claims_condemnations_and_self_surrender() -> None:
    text = (
        "وزعمت الجماعة أنها أسقطت طائرة، وهو ما نفته الحكومة التي دانت الهجوم، "
        "فيما سلّموا أنفسهم للجيش."
    )
    got = events(predict(text))
    assert at(text, "Statement", "زعمت") in got
    assert at(text, "Statement", "نفته") in got
    assert at(text, "Accuse", "دانت") in got
    assert at(text, "Disarm", "سلّموا أنفسهم") in got


def test_restoring_a_town_and_restoring_calm() -> None:
    text = "الجيش يعلن استعادة بلدة كيدال، ويتعهد باستعادة الثقة مع السكان."
    got = events(predict(text))
    assert at(text, "Control", "استعادة") in got
    assert at(text, "Control", "استعادة", "ب") not in got


def test_a_discussion_verb_after_a_meeting_verb_stays_a_meeting() -> None:
    text = "وأجرى الرئيس اتصالاً هاتفياً بنظيره. والتقى وزير الدفاع قائد الجيش، وناقشا الخطة."
    got = events(predict(text))
    assert at(text, "Meet", "ناقشا") in got
