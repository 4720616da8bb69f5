"""Names no lexicon holds, found from the context Arabic news introduces them in: a compass
noun, a list after a dual or plural descriptor. Every sentence is invented (its names too);
the negative ones put common words after the same cues."""

from __future__ import annotations

import pytest

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

_NAMES = ("PER", "ORG", "GPE", "LOC", "FAC")


def _names(text: str) -> set[tuple[str, int, int]]:
    return {s for s in spans(predict(text)) if s[0] in _NAMES}


# --- compass nouns ----------------------------------------------------------------------------


def test_an_unknown_word_after_a_compass_noun_is_a_place() -> None:
    text = "واندلعت اشتباكات عنيفة شمال كيروندا أمس، وقتل جندي جنوب غربي بيلادوغو."
    got = _names(text)
    assert at(text, "GPE", "كيروندا") in got
    assert at(text, "GPE", "بيلادوغو") in got


def test_a_place_found_after_a_compass_noun_is_found_again() -> None:
    text = "وقع الهجوم في شمال ماروكيني، ثم انسحب المسلحون إلى ماروكيني."
    got = _names(text)
    assert at(text, "GPE", "ماروكيني") in got
    assert at(text, "GPE", "ماروكيني", "إلى ") in got


@pytest.mark.parametrize(
    "text",
    [
        "واندلعت اشتباكات شمال شرق البلاد.",
        "وامتد القتال شرق وشمال البلاد.",
        "وتقع القاعدة جنوب خط التماس الذي رسمته الهدنة.",
        "وتراجعت القوات غرب نهر كبير.",
    ],
)
def test_a_common_noun_after_a_compass_noun_is_no_place(text: str) -> None:
    assert not {s for s in _names(text) if s[0] == "GPE"}


# --- lists after dual and plural descriptors --------------------------------------------------


def test_both_names_after_a_dual_descriptor_are_places() -> None:
    text = "وفر السكان من قريتي ماسوكو وبيلانغا بعد الهجوم."
    got = _names(text)
    assert at(text, "GPE", "ماسوكو") in got
    assert at(text, "GPE", "بيلانغا") in got


def test_a_hyphenated_name_closes_a_dual_list() -> None:
    text = "وتقدمت القوات نحو محافظتي أواكيرا وهوت-موبايا أمس."
    got = _names(text)
    assert at(text, "GPE", "أواكيرا") in got
    assert at(text, "GPE", "هوت-موبايا") in got


def test_a_plural_descriptor_lists_its_places_with_commas() -> None:
    text = "وهاجم المسلحون قرى ماسوكو، تيلاري وكاروبي ليلا."
    got = _names(text)
    assert {at(text, "GPE", w) for w in ("ماسوكو", "تيلاري", "كاروبي")} <= got


def test_a_second_descriptor_is_no_name() -> None:
    text = "واتهمت الحكومة المتمردين بقصف بلدات وقرى"
    assert not _names(text)


# --- place descriptors ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "وفي مدينة أخرى قتل جندي.",
        "وانتقل القتال إلى إقليم آخر.",
        "وتقع المدرسة في إقليم جبلي بعيد.",
    ],
)
def test_an_adjective_after_a_place_descriptor_is_no_place(text: str) -> None:
    assert not {s for s in _names(text) if s[0] == "GPE"}


# --- the speaker of a reported statement ------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأوضح تيودور سيمانكو أن الاتفاق لم يطبق بعد.", "تيودور سيمانكو"),
        ("وأضاف أوكونكو إيزيبويه أن الوضع الإنساني يتدهور.", "أوكونكو إيزيبويه"),
        ("وأكد غريغوري ماسيلانو، وهو ضابط سابق، أن المسلحين فروا.", "غريغوري ماسيلانو"),
        ("وقال نيكولاس ماتوبيلا للصحفيين إن القوات انسحبت.", "نيكولاس ماتوبيلا"),
        ("وصرحت أدجوا كوفينتي في بيان أن المفاوضات تعثرت.", "أدجوا كوفينتي"),
    ],
)
def test_the_unknown_name_after_a_verb_of_saying_is_a_person(text: str, name: str) -> None:
    assert at(text, "PER", name) in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "وقال شهود عيان إن المسلحين أحرقوا المنازل.",
        "وقال مسؤول محلي إن القصف استمر.",
        "وذكر موقع إخباري أن الهجوم وقع فجرا.",
        "وقال سكان محليون إن القتلى مدنيون.",
        "وقال دبلوماسي غربي إن المحادثات متعثرة.",
        "وأكد تمسك بلاده بالاتفاق.",
        "وقال مصدر مطلع للصحفيين إن الوفد غادر.",
    ],
)
def test_a_common_subject_after_a_verb_of_saying_is_no_person(text: str) -> None:
    assert not {s for s in _names(text) if s[0] == "PER"}


# --- an occupation before a name --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقالت المحامية نادية بوكاري إن موكلها بريء.", "نادية بوكاري"),
        ("وقال الباحث في الشؤون الأفريقية ماركو تيلوني إن الوضع معقد.", "ماركو تيلوني"),
        ("وقال الناشط الحقوقي سامي كوليبا إن القصف استمر.", "سامي كوليبا"),
    ],
)
def test_the_name_after_an_occupation_is_a_person_and_the_occupation_no_post(
    text: str, name: str
) -> None:
    got = spans(predict(text))
    assert at(text, "PER", name) in got
    assert not {s for s in got if s[0] == "OCC"}


# --- a post in a body named by its kind -------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وقال القيادي في الجبهة كومار نيلسون إن المفاوضات ستستأنف.", "كومار نيلسون"),
        ("وقال وزير في الحكومة ديفيد كامارا إن الوضع هادئ.", "ديفيد كامارا"),
    ],
)
def test_the_name_after_a_post_in_a_bare_body_is_a_person(text: str, name: str) -> None:
    assert at(text, "PER", name) in _names(text)


def test_a_post_in_a_bare_body_takes_no_name_from_a_function_word() -> None:
    text = "وقال عضو في الحزب منذ عشرين عاما إن الهدنة انهارت."
    assert not {s for s in _names(text) if s[0] == "PER"}


# --- coordination with a known place ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وامتدت المعارك إلى جوبا وكاجوكيجي.", "كاجوكيجي"),
        ("وامتدت المعارك بين ماسيسانو وبونيا.", "ماسيسانو"),
        ("وزار الوفد كينشاسا وكيكويتا في جولة واحدة.", "كيكويتا"),
    ],
)
def test_an_unknown_name_joined_to_a_known_town_is_a_place(text: str, name: str) -> None:
    assert at(text, "GPE", name) in _names(text)


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("وقالت الوكالة إن سلطات قره باغ وافقت على وقف لإطلاق النار.", "وافقت"),
        ("وأكدت فرنسا وشركاؤها دعم الاتفاق.", "وشركاؤها"),
        ("وأكدت الخرطوم وقوفها إلى جانب الحكومة.", "وقوفها"),
        ("ووقعت كينشاسا وتعهدت بالانسحاب.", "وتعهدت"),
    ],
)
def test_a_verb_or_a_noun_after_a_known_town_is_no_place(text: str, word: str) -> None:
    start = text.index(word)
    assert not {s for s in _names(text) if start <= s[1] < start + len(word)}


# --- armed groups -----------------------------------------------------------------------------


def test_a_faction_is_named_after_its_head() -> None:
    text = "واستولى مسلحو فصيل أحرار الجبل على البلدة، وانسحب فصيل مسلح آخر."
    got = _names(text)
    assert at(text, "ORG", "فصيل أحرار الجبل") in got
    assert not {s for s in got if s[0] == "ORG" and s[1] > text.index("وانسحب")}


def test_a_free_movement_keeps_its_adjective() -> None:
    text = "وقتل أربعة من عناصر حركة كاتانغا الحرة في الكمين."
    assert at(text, "ORG", "حركة كاتانغا الحرة") in _names(text)


def test_a_party_named_for_a_cause_keeps_it() -> None:
    text = "وأعلن حزب التجمع من أجل الديمقراطية والتنمية مقاطعة الانتخابات."
    assert at(text, "ORG", "حزب التجمع من أجل الديمقراطية والتنمية") in _names(text)


def test_the_purpose_of_an_action_is_no_part_of_a_name() -> None:
    text = "ودعت اللجنة الدولية من أجل الإفراج عن الرهائن."
    assert at(text, "ORG", "اللجنة الدولية") in _names(text)


def test_a_short_imperfect_verb_after_a_place_descriptor_is_no_place() -> None:
    text = "وقالت إن ميليشيا محلية تضم شبانا هاجمت منطقة تقع قرب النهر."
    assert not {s for s in _names(text) if s[0] == "GPE"}


def test_a_suburb_names_its_place() -> None:
    text = "وتجددت الاشتباكات في ضاحية مابيلو جنوب العاصمة."
    assert at(text, "GPE", "مابيلو") in _names(text)


def test_a_local_militia_is_no_place_descriptor() -> None:
    text = "وهاجمت ميليشيا محلية مركزا للشرطة."
    assert not {s for s in _names(text) if s[0] == "GPE"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وصرح الناشط الحقوقي إدريس توغوما لوكالة الأنباء بأن القصف استمر.", "إدريس توغوما"),
        ("وقال وزير الدفاع تيموثي كاسونغو للصحفيين إن الجيش صامد.", "تيموثي كاسونغو"),
    ],
)
def test_whom_a_speaker_told_closes_the_name(text: str, name: str) -> None:
    assert at(text, "PER", name) in _names(text)


def test_the_one_quoted_after_an_is_a_person() -> None:
    text = "ونقلت صحيفة محلية عن أوسمان ديكوري تأكيده أن الهجوم فشل."
    assert at(text, "PER", "أوسمان ديكوري") in _names(text)


@pytest.mark.parametrize(
    "text",
    [
        "ونقلت الوكالة عن مصدر مطلع قوله إن الوفد غادر.",
        "ونقلت الوكالة عن شهود عيان قولهم إن القصف استمر.",
    ],
)
def test_a_common_source_quoted_after_an_is_no_person(text: str) -> None:
    assert not {s for s in _names(text) if s[0] == "PER"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("وأعلنت جبهة تحرير كاسامبا وقف إطلاق النار.", "جبهة تحرير كاسامبا"),
        ("وأعلنت حركة إنقاذ الوطن دعمها للاتفاق.", "حركة إنقاذ الوطن"),
    ],
)
def test_a_movement_named_for_a_liberation_keeps_its_cause(text: str, name: str) -> None:
    assert at(text, "ORG", name) in _names(text)


def test_a_movement_that_frees_towns_is_not_named_for_it() -> None:
    text = "وتواصل الحركة تحرير المدن من المسلحين."
    assert not {s for s in _names(text) if s[0] == "ORG"}


def test_an_unknown_word_near_a_place_cue_is_a_place() -> None:
    text = "ووقع الانفجار قرب كاروندا، وفي ضواحي مابيلو، ثم بالقرب من تامورا."
    got = _names(text)
    assert {at(text, "GPE", w) for w in ("كاروندا", "مابيلو", "تامورا")} <= got


@pytest.mark.parametrize("text", ["ووقع الانفجار قرب منزله.", "ووقع الانفجار قرب موقع عسكري."])
def test_a_common_noun_near_a_place_cue_is_no_place(text: str) -> None:
    assert not {s for s in _names(text) if s[0] == "GPE"}


def test_a_preposition_after_a_transliterated_name_closes_it() -> None:
    text = "ودعا زعيم المعارضة تيموثي كوتاندو إلى التظاهر."
    assert at(text, "PER", "تيموثي كوتاندو") in _names(text)


def test_the_nisba_of_a_place_the_story_names_qualifies_a_body() -> None:
    text = "وتقع كاروندا شمال البلاد، وقال الجيش الكاروندي إن القوات الكاروندية انسحبت."
    got = _names(text)
    assert at(text, "ORG", "الجيش الكاروندي") in got
    assert at(text, "ORG", "القوات الكاروندية") in got


def test_the_nisba_of_a_place_the_story_never_names_stays_out() -> None:
    text = "وقال الجيش الكاروندي إن القوات انسحبت."
    assert at(text, "ORG", "الجيش الكاروندي") not in _names(text)


def test_a_word_in_a_whose_nisba_the_story_writes_is_a_place() -> None:
    text = "وتقع كاروندا شمال البلاد، وقال الجيش الكاروندي إن الهدنة صامدة."
    assert at(text, "GPE", "كاروندا") in _names(text)


def test_an_adverb_in_a_with_a_like_adjective_is_no_place() -> None:
    text = "وقال إن الوضع صعب جدا، وإن الأمر الجدي هو الحوار."
    assert not _names(text)
