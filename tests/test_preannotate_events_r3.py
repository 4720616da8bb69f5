"""Argument and trigger rules of the third events round: construction classes whose errors
recur in at least two of the development sets (B, C, F, G). Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from annotate.schema import GoldRecord
from tests.test_preannotate_patterns import predict

Span = tuple[int, int]


def span(text: str, surface: str, left: str = "") -> Span:
    start = text.index(left + surface) + len(left)
    return start, start + len(surface)


def arguments(rec: GoldRecord) -> set[tuple[Span, str, Span]]:
    """(trigger span, role, argument span) of every predicted argument."""
    ents = {e.id: e for e in rec.entities}
    return {
        ((v.trigger.start, v.trigger.end), a.role.value, (ents[a.entity].start, ents[a.entity].end))
        for v in rec.events
        for a in v.arguments
    }


def triggers(rec: GoldRecord) -> set[tuple[str, Span]]:
    return {(v.type.value, (v.trigger.start, v.trigger.end)) for v in rec.events}


# --- places -----------------------------------------------------------------------------


def test_a_named_place_located_by_a_region_is_the_incident_place() -> None:
    text = "قُتل خمسة مدنيين وأُصيب ثمانية آخرون في قصف على بلدة كفرنبل في محافظة إدلب."
    got = arguments(predict(text))
    town, region = span(text, "كفرنبل"), span(text, "إدلب")
    for trigger in ("قُتل", "أُصيب"):
        assert (span(text, trigger), "Place", town) in got
        assert (span(text, trigger), "Place", region) not in got
    assert (span(text, "قصف"), "Place", region) not in got


def test_a_city_hosting_clashes_is_their_place_not_its_region() -> None:
    text = "وشهدت مدينة الفاشر في إقليم دارفور اشتباكات عنيفة أودت بحياة عشرة أشخاص."
    got = arguments(predict(text))
    assert (span(text, "اشتباكات"), "Place", span(text, "الفاشر")) in got
    assert (span(text, "اشتباكات"), "Place", span(text, "دارفور")) not in got


# --- trigger vocabulary -----------------------------------------------------------------


def test_opening_fire_is_an_attack_and_firing_points_are_none() -> None:
    text = (
        "وقال المتحدث إن مسلحين فتحوا النار على حاجز للشرطة، واتهم الجيش بإطلاق النار على "
        "المحتجين، فيما دمرت المدفعية نقاط إطلاق النار التابعة لهم."
    )
    got = triggers(predict(text))
    assert ("Attack", span(text, "فتحوا النار")) in got
    # the trigger stops before على
    assert ("Attack", span(text, "إطلاق النار", "\N{ARABIC LETTER BEH}")) in got
    points = span(text, "إطلاق النار", "نقاط ")
    assert not any(s == points for _, s in got)


# --- accusations ------------------------------------------------------------------------


def test_the_accused_does_what_the_b_masdar_names() -> None:
    text = (
        "واتهمت وزارة الدفاع الروسية القوات الأوكرانية بإطلاق النار على قافلة إنسانية قرب خيرسون."
    )
    got = arguments(predict(text))
    fire = span(text, "إطلاق النار")
    assert (fire, "Attacker", span(text, "القوات الأوكرانية")) in got
    assert (fire, "Attacker", span(text, "وزارة الدفاع الروسية")) not in got


def test_a_quoted_accused_before_the_b_masdar() -> None:
    text = (
        "وأكد المتحدث باسم الحركة أحمد سالم أن مقاتليه انسحبوا من البلدة، متهماً مرتزقة "
        '"فاغنر" بإعدام ١٢ مدنياً.'
    )
    got = arguments(predict(text))
    group = span(text, "فاغنر")
    assert (span(text, "متهماً"), "Accused", group) in got
    assert (span(text, "إعدام"), "Agent", group) in got


def test_where_something_was_said_is_no_incident_place() -> None:
    text = "وقال وزير الدفاع في مؤتمر صحفي في الرياض إن غارة جوية قتلت ثمانية مسلحين."
    got = arguments(predict(text))
    riyadh = span(text, "الرياض")
    for trigger in ("غارة", "قتلت"):
        assert (span(text, trigger), "Place", riyadh) not in got


# --- control ----------------------------------------------------------------------------


def test_the_object_of_a_control_verb_is_the_territory() -> None:
    text = "وأكد الجيش النيجيري أنه استعاد بلدة باغا في ولاية بورنو من مقاتلي بوكو حرام."
    got = arguments(predict(text))
    verb = span(text, "استعاد")
    assert (verb, "Territory", span(text, "باغا")) in got
    assert (verb, "Territory", span(text, "بورنو")) not in got


def test_the_side_a_place_was_taken_from() -> None:
    text = 'وقال الجيش إنه استعاد مطار كيدال من "جبهة تحرير أزواد".'
    got = arguments(predict(text))
    verb = span(text, "استعاد")
    assert (verb, "Territory", span(text, "مطار كيدال")) in got
    assert (verb, "Loser", span(text, "جبهة تحرير أزواد")) in got


def test_a_state_right_after_a_control_verb_is_its_subject() -> None:
    text = "وسيطرت روسيا على مساحات واسعة من أوكرانيا."
    got = arguments(predict(text))
    verb = span(text, "سيطرت")
    assert (verb, "Territory", span(text, "روسيا")) not in got
    assert (verb, "Agent", span(text, "روسيا")) in got


def test_a_speech_participle_after_a_comma_and_not_as_an_adjective() -> None:
    text = (
        "ونفت الوزارة الاتهامات، معلنةً أنها ستفتح تحقيقاً، بعد زيارة غير معلنة قام بها "
        "الوزير إلى الحدود."
    )
    got = triggers(predict(text))
    assert ("Statement", span(text, "معلنةً")) in got
    assert ("Statement", span(text, "معلنة", "غير ")) not in got
