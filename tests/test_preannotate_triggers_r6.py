"""Trigger rules of round 6, each on invented sentences: handing over (handover.py), firing
with the projectile after the verb, ceasefire agreements named with their object, meetings
after ل, a formal protest, and war in the name of an office or crime."""

from __future__ import annotations

import pytest

from tests.test_preannotate_events_r4 import span, triggers
from tests.test_preannotate_patterns import predict


def found(text: str) -> set[tuple[str, tuple[int, int]]]:
    return triggers(predict(text))


@pytest.mark.parametrize(
    ("text", "surface", "left"),
    [
        # the subject and a number between the verb and the weapons it hands
        ("وسلّم نحو 40 مقاتلاً من الجماعة أسلحتهم إلى الجيش في بلدة شمالية.", "سلّم", "و"),
        ("وأكد أن المقاتلين سلّموا خلال هذه المرحلة بنادق وقذائف هاون.", "سلّموا", ""),
        ("وتعهدت اللجنة بتسليم ٧٠٠ قطعة من الأسلحة الخفيفة قبل نهاية العام.", "تسليم", "ب"),
        # the passive after the weapons
        ("وقالت البعثة إن 500 قطعة سلاح ستُسلَّم الشهر المقبل.", "تُسلَّم", "س"),
        # the present with the object suffixed (the whole phrase, like سلّموا أسلحتهم)
        ("ورفض المقاتلون أن يسلّموا سلاحهم قبل الانتخابات.", "يسلّموا سلاحهم", ""),
    ],
)
def test_handing_over_weapons_is_a_disarm(text: str, surface: str, left: str) -> None:
    assert ("Disarm", span(text, surface, left)) in found(text)


@pytest.mark.parametrize(
    ("text", "surface", "left"),
    [
        ("وسُلّم الأسيران إلى السفارة في العاصمة.", "سُلّم", "و"),
        ("وجرى الاتفاق على تسليم 60 محتجزاً من الطرفين.", "تسليم", ""),
        # a pronoun object handed to someone in a sentence about captivity
        (
            "أفرجت الميليشيا عن ثلاثة صحفيين كانوا محتجزين لديها وسلّمتهم إلى الصليب الأحمر.",
            "سلّمتهم",
            "و",
        ),
    ],
)
def test_handing_over_captives_is_a_release(text: str, surface: str, left: str) -> None:
    assert ("Release", span(text, surface, left)) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وسلّم الوزير رسالة من الرئيس إلى نظيره في العاصمة.",
        "وأكد أن الجنود لن يغادروا قبل تسليم المهمة إلى القوة الجديدة.",
        "واستقبل السفير وسلّمناه مذكرة رسمية بشأن الحادث.",
        "ومن المقرر تسليم ثلاث شحنات من المساعدات إلى المنطقة اليوم.",
    ],
)
def test_handing_over_anything_else_is_no_event(text: str) -> None:
    assert not {t for t in found(text) if t[0] in ("Disarm", "Release")}


def test_firing_with_its_projectile_after_the_verb() -> None:
    text = "وقال إن الجماعة لن تطلق صاروخاً واحداً على المدينة."
    assert ("Attack", span(text, "تطلق")) in found(text)
    text = "وأطلقت الزوارق عليها مدافع المياه قرب الجزيرة."
    assert ("Attack", span(text, "أطلقت")) in found(text)


@pytest.mark.parametrize(
    "text",
    [
        "وأطلقت الدورية أعيرة نارية تحذيرية في الهواء.",
        "وأطلقت الحكومة مبادرة جديدة للحوار مع المعارضة.",
        "وهو الاسم الذي تطلقه الحكومة على المنطقة.",
    ],
)
def test_launching_anything_else_or_warning_shots_is_no_attack(text: str) -> None:
    assert not {t for t in found(text) if t[0] == "Attack"}


def test_an_agreement_noun_with_the_ceasefire_it_names_is_one_trigger() -> None:
    text = "ووقّع الطرفان اتفاقاً لوقف الأعمال العدائية في العاصمة العام الماضي."
    got = found(text)
    assert ("Agreement", span(text, "اتفاقاً لوقف الأعمال العدائية")) in got
    assert len([t for t in got if t[0] == "Agreement"]) == 1
    text = "وطالب الوزير بوقف العمليات الجوية فوق القرى."
    assert ("Agreement", span(text, "وقف العمليات الجوية", "ب")) in found(text)


def test_a_meeting_noun_after_lam_is_a_meeting_and_a_purpose_nominal_is_not() -> None:
    text = "وتوجه الوزير إلى العاصمة للقاء نظيره، وجدد دعمه للحوار بين الطرفين."
    got = found(text)
    assert ("Meet", span(text, "لقاء", "ل")) in got
    assert ("Meet", span(text, "لحوار", "ل")) in got  # لل + noun: the article's ل stays in
    text = "ووصل الوفد إلى العاصمة لبحث التطورات الأخيرة."
    assert not {t for t in found(text) if t[0] == "Meet"}


def test_a_formal_protest_is_an_accusation_and_a_street_protest_is_not() -> None:
    text = "واستدعت الوزارة السفير وسلّمته احتجاجاً شديد اللهجة."
    assert ("Accuse", span(text, "احتجاجاً")) in found(text)
    text = "وخرج المئات إلى الشوارع احتجاجاً على الغلاء."
    assert not found(text)


def test_war_in_the_name_of_an_office_or_a_crime_is_no_attack() -> None:
    text = "وقال وزير الحرب إن القصف قد يرقى إلى جريمة حرب."
    got = found(text)
    assert ("Attack", span(text, "القصف")) in got
    assert not {t for t in got if t[0] == "Attack" and t[1] != span(text, "القصف")}
    text = "وقال إن الحرب انتهت."
    assert ("Attack", span(text, "الحرب")) in found(text)


def test_a_meeting_named_twice_in_its_clause_is_one_trigger() -> None:
    text = "وقال الوزير: ناقشنا هذا الموضوع في اجتماع اللجنة المشتركة الشهر الماضي."
    assert {t for t in found(text) if t[0] == "Meet"} == {("Meet", span(text, "اجتماع"))}
    text = "وقال إن المحادثات مع الجانب الآخر ستُستأنف في جولة رابعة الشهر المقبل."
    assert {t for t in found(text) if t[0] == "Meet"} == {("Meet", span(text, "المحادثات"))}
    text = "وقال إن حكومته جاهزة لجولة مفاوضات في العاصمة."
    assert {t for t in found(text) if t[0] == "Meet"} == {("Meet", span(text, "مفاوضات"))}
    # a round in a clause of its own, and a verb whose في leads to no meeting, stay
    text = "وعقد الطرفان جولة جديدة من المفاوضات، بعد جولة أولى في الدوحة."
    assert ("Meet", span(text, "جولة", "بعد ")) in found(text)
    text = "وبحث الوزير مع نظيره في العاصمة سبل التعاون."
    assert ("Meet", span(text, "بحث", "و")) in found(text)


# --- attributes -----------------------------------------------------------------------------


def attrs(text: str, surface: str, left: str = "") -> dict[str, object]:
    rec = predict(text)
    start, end = span(text, surface, left)
    [event] = [v for v in rec.events if (v.trigger.start, v.trigger.end) == (start, end)]
    return event.attributes.model_dump()


def test_the_first_person_of_the_imperfect_is_present() -> None:
    text = "وقالت المتحدثة: نحن ندين الهجوم، ونحمّل الجماعة المسؤولية، وأؤكد أننا سنرد."
    assert attrs(text, "ندين")["tense"] == "PRESENT"
    assert attrs(text, "نحمّل", "و")["tense"] == "PRESENT"
    assert attrs(text, "أؤكد", "و")["tense"] == "PRESENT"
    text = "وقال الوزير: أبلغنا السفير أننا قلنا كل شيء."
    assert attrs(text, "أبلغنا")["tense"] == "PAST"  # the first person of the perfect


def test_a_condition_after_a_verbal_event_makes_it_hypothetical() -> None:
    text = "وقال القائد إن مقاتليه لن يسلّموا سلاحهم إلا بعد انسحاب الجيش من القرى."
    got = attrs(text, "يسلّموا سلاحهم")
    assert (got["modality"], got["polarity"], got["tense"]) == (
        "HYPOTHETICAL",
        "NEGATIVE",
        "FUTURE",
    )
    text = "وقال: ما رح نطلق رصاصة وحدة إلا إذا تعرضنا لهجوم."
    assert (attrs(text, "نطلق")["modality"], attrs(text, "نطلق")["tense"]) == (
        "HYPOTHETICAL",
        "FUTURE",
    )
    text = "وأكد أن الجيش لن يوقف عمليته إلا بعد أن يستسلم المسلحون."
    assert attrs(text, "عمليته")["modality"] == "ASSERTED"  # an operation going on


def test_the_definite_agreement_noun_is_the_deal_the_document_named() -> None:
    text = (
        "ووقّعت الحكومة والمتمردون اتفاق سلام في العاصمة أمس. "
        "وينص الاتفاق على عودة النازحين. ورحّب الاتحاد الأفريقي بالاتفاق."
    )
    for left in ("وينص ", "ب"):
        got = attrs(text, "الاتفاق", left)
        assert (got["agreement_kind"], got["agreement_stage"]) == ("peace_treaty", "signed")
    text = "ودعت الأمم المتحدة إلى احترام الاتفاق بين الجانبين."
    got = attrs(text, "الاتفاق")
    assert (got["agreement_kind"], got["agreement_stage"]) == ("other", "agreed")


def test_a_denial_reaches_the_verb_of_its_clause_past_a_long_subject() -> None:
    text = "ونفى المتحدث باسم الفصيل المسلح علي حسن أن تكون قواته قد هاجمت القرية."
    assert attrs(text, "هاجمت")["polarity"] == "NEGATIVE"
    text = "وأكد المتحدث باسم الفصيل المسلح علي حسن أن قواته هاجمت القرية."
    assert attrs(text, "هاجمت")["polarity"] == "POSITIVE"


def test_a_negated_first_person_or_copula_carries_the_negation() -> None:
    text = "وقالت المتحدثة: لم نسجّل أي مقتل في صفوف المدنيين."
    got = attrs(text, "مقتل")
    assert (got["polarity"], got["modality"]) == ("NEGATIVE", "ASSERTED")
    text = "وقال الوزير: نحن لا نوقّع معاهدة سلام اليوم."
    assert attrs(text, "معاهدة سلام")["polarity"] == "NEGATIVE"
    text = "وقالت الوزارة إن وجود الدورية لا يشكّل سيطرة على الجزيرة."
    assert attrs(text, "سيطرة")["polarity"] == "NEGATIVE"


def test_a_meeting_set_by_a_future_verb_is_future() -> None:
    text = "وقالت الوزارة إن الدوحة ستستضيف الشهر المقبل جولة جديدة من المفاوضات بين الجانبين."
    assert attrs(text, "المفاوضات")["modality"] == "FUTURE"
    text = "وأكد الوزير أن المحادثات مع الجانب الآخر ستُستأنف في أيار."
    assert attrs(text, "المحادثات")["modality"] == "FUTURE"
    text = "وقال الوزير إن بلاده ستدفع نحو تسريع المفاوضات مع جيرانها."
    assert attrs(text, "المفاوضات")["modality"] == "ASSERTED"  # talks going on


def test_the_first_person_future_governs_its_object() -> None:
    text = "وقال القائد: سنواصل العمليات حتى تطهير المنطقة."
    assert attrs(text, "العمليات")["modality"] == "FUTURE"


def test_an_agreed_future_act_keeps_the_tense_of_its_verb_form() -> None:
    text = "واتفق الطرفان على أن ينسحب الجيش من المدينة خلال شهر."
    got = attrs(text, "ينسحب")
    assert (got["modality"], got["tense"]) == ("FUTURE", "PRESENT")


def test_an_awaited_event_or_what_something_is_for_is_hypothetical() -> None:
    text = "وأكد أن العمليات ستستمر حتى وقف العدوان على المدينة."
    assert attrs(text, "وقف العدوان")["modality"] == "HYPOTHETICAL"
    text = "وطالب النائب بتعليق التصويت إلى حين سحب القوات من المنطقة."
    assert attrs(text, "سحب")["modality"] == "HYPOTHETICAL"
    text = "وبحث المجتمعون آلية لتسليم السلاح تحت إشراف دولي."
    assert attrs(text, "تسليم السلاح", "ل")["modality"] == "HYPOTHETICAL"
    text = "وقال إن بلاده لن تكون منصة للاعتداء على جيرانها."
    assert attrs(text, "لاعتداء", "ل")["modality"] == "HYPOTHETICAL"
    # a ل that is the complement of a verb or a noun of reaction is no purpose
    text = "وقالت الوزارة إن دورية تعرضت لهجوم قرب الحدود، وأعربت عن إدانتها للهجوم."
    assert attrs(text, "هجوم", "تعرضت ل")["modality"] == "ASSERTED"
    assert attrs(text, "لهجوم", "إدانتها ل")["modality"] == "ASSERTED"


def test_the_event_a_whether_clause_asks_about_is_hypothetical() -> None:
    text = "ولم يوضح البيان ما إذا كانت الحكومة ستسحب قواتها من الجزيرة."
    assert attrs(text, "تسحب", "س")["modality"] == "HYPOTHETICAL"
    text = "ولم يُعرف ما إذا دُفعت فدية مقابل إطلاق سراح الرهائن."
    assert attrs(text, "إطلاق سراح")["modality"] == "ASSERTED"


def test_but_for_asserts_its_event_and_lula_is_no_condition() -> None:
    text = "وقال النائب إن الهدوء لم يكن ليتحقق لولا المفاوضات بين البلدين."
    assert attrs(text, "المفاوضات")["modality"] == "ASSERTED"
    text = "وشارك الرئيس البرازيلي لولا دا سيلفا في القمة التي عقدت في العاصمة."
    assert attrs(text, "القمة", "في ")["modality"] == "ASSERTED"
