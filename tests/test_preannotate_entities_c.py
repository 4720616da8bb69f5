"""Entity error classes found on dev set C, each rule tested on an invented sentence (offsets
computed with text.index). The rules are about a name's shape and context, never its spelling."""

from __future__ import annotations

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

# --- facilities and natural places --------------------------------------------------------


def test_an_installation_nests_the_town_it_is_named_after() -> None:
    text = "أغلقت السلطات معبر زاغورا الحدودي، وقصفت مطار كوليندا ومخيم بيرانو للنازحين."
    got = spans(predict(text))
    assert at(text, "FAC", "معبر زاغورا الحدودي") in got
    assert at(text, "GPE", "زاغورا") in got
    assert at(text, "FAC", "مطار كوليندا") in got
    assert at(text, "GPE", "كوليندا") in got
    assert at(text, "FAC", "مخيم بيرانو للنازحين") in got
    assert at(text, "GPE", "بيرانو") in got


def test_an_unnamed_installation_names_no_town() -> None:
    text = "نقل الجرحى إلى مستشفى ميداني، وأغلق الجيش مطار عسكري قرب الحدود."
    got = spans(predict(text))
    assert not any(label in ("GPE", "FAC") for label, *_ in got)


def test_a_teaching_hospital_keeps_its_adjective() -> None:
    text = "نقل المصابون إلى مستشفى كاروندا التعليمي."
    assert at(text, "FAC", "مستشفى كاروندا التعليمي") in spans(predict(text))


def test_the_hospital_of_the_town_is_no_name() -> None:
    text = "قال مسؤول في مستشفى المدينة إن الجرحى نقلوا إليه."
    assert not any(label == "FAC" for label, *_ in spans(predict(text)))


def test_plural_camps_and_forests_are_heads() -> None:
    text = "عاد اللاجئون إلى مخيمات بيرانو، وفر المسلحون إلى غابة تامبالا."
    got = spans(predict(text))
    assert at(text, "FAC", "مخيمات بيرانو") in got
    assert at(text, "LOC", "غابة تامبالا") in got


def test_a_natural_place_takes_a_verb_shaped_name() -> None:
    text = "سقطت قذائف على قرى في وادي تيرال شمالي البلاد."
    assert at(text, "LOC", "وادي تيرال") in spans(predict(text))


# --- organisations ------------------------------------------------------------------------


def test_royal_federal_and_democratic_bodies() -> None:
    text = (
        "أعلنت الحكومة الفيدرالية أن القوات المسلحة الملكية تصدت لهجوم شنه جيش التحالف الديمقراطي."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "الحكومة الفيدرالية") in got
    assert at(text, "ORG", "القوات المسلحة الملكية") in got
    assert at(text, "ORG", "جيش التحالف الديمقراطي") in got


def test_a_multinational_force_keeps_its_two_word_adjective() -> None:
    text = "أعلنت القوة المشتركة متعددة الجنسيات مقتل عشرة مسلحين."
    assert at(text, "ORG", "القوة المشتركة متعددة الجنسيات") in spans(predict(text))


# --- titles -------------------------------------------------------------------------------


def test_a_general_is_a_rank_that_ends_the_post_before_it() -> None:
    text = "التقى المبعوث رئيس المجلس العسكري الجنرال كمال راشد في العاصمة."
    got = spans(predict(text))
    assert at(text, "OCC", "رئيس المجلس العسكري") in got
    assert at(text, "OCC", "الجنرال") in got
    assert at(text, "PER", "كمال راشد") in got


# --- persons after a title ------------------------------------------------------------------


def test_a_transliterated_name_shaped_like_a_verb_when_its_end_is_marked() -> None:
    text = "قال وزير الإعلام تيريكو غاندالي في بيان إن الحدود مغلقة."
    got = spans(predict(text))
    assert at(text, "PER", "تيريكو غاندالي") in got
    assert at(text, "OCC", "وزير الإعلام") in got


def test_a_verb_after_a_title_in_a_headline_is_no_name() -> None:
    text = "وزير الخارجية يبحث سبل التعاون مع نظيره الفرنسي"
    assert not any(label == "PER" for label, *_ in spans(predict(text)))


def test_a_three_word_name_after_a_rank_ends_at_a_function_word() -> None:
    text = "وقال المتحدث باسم الجيش العقيد سامي وريك تاندو في مؤتمر صحفي إن الهجوم صُد."
    assert at(text, "PER", "سامي وريك تاندو") in spans(predict(text))


def test_a_ta_marbuta_surname_the_text_never_writes_with_the_article() -> None:
    text = "التقى وزير الخارجية كمال بوزيدة، وبحثا الوضع في الحكومة الجديدة."
    got = spans(predict(text))
    assert at(text, "PER", "كمال بوزيدة") in got


def test_ali_spelt_with_ya_inside_a_name() -> None:
    text = "أكد الوزير سامي علي عثمان ضرورة الحوار، وسار الوفد على الطريق."
    got = spans(predict(text))
    assert at(text, "PER", "سامي علي عثمان") in got


def test_a_quoted_body_after_bism_and_fi_then_the_name() -> None:
    text = 'قال المتحدث باسم "جبهة الخلاص" رامو كيتا إن القيادي في "حركة الأمل" باسو ديارا اعتقل.'
    got = spans(predict(text))
    assert at(text, "OCC", 'المتحدث باسم "جبهة الخلاص"') in got
    assert at(text, "PER", "رامو كيتا") in got
    assert at(text, "OCC", "القيادي") in got
    assert at(text, "PER", "باسو ديارا") in got


def test_an_adviser_of_a_post_is_one_occ() -> None:
    text = "قال مستشار رئيس الوزراء للأمن القومي سامي راشد إن الحوار مستمر."
    got = spans(predict(text))
    assert at(text, "OCC", "مستشار رئيس الوزراء للأمن القومي") in got
    assert at(text, "PER", "سامي راشد") in got


def test_a_dual_post_takes_the_coordinated_countries() -> None:
    text = "جرى اتصال بين وزيري خارجية مصر والأردن أمس."
    got = spans(predict(text))
    assert at(text, "OCC", "وزيري خارجية مصر والأردن") in got
    assert at(text, "GPE", "الأردن") in got


# --- offices named after their holder, quoted group names ------------------------------


def test_an_office_named_after_its_holder_nests_the_person_only() -> None:
    text = (
        "ولم يعلق مكتب رئيس الوزراء أحمد سالم على الاتهامات، وتعهد بإسقاط حكومة الرئيس كمال راشد."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "مكتب رئيس الوزراء أحمد سالم") in got
    assert at(text, "PER", "أحمد سالم") in got
    assert at(text, "ORG", "حكومة الرئيس كمال راشد") in got
    assert at(text, "PER", "كمال راشد") in got
    assert not any(label == "OCC" for label, *_ in got)


def test_a_quoted_group_cued_by_its_members_is_an_org_wherever_quoted() -> None:
    text = (
        'اندلعت معارك بين "كاتانغو" والجيش. وقتل خمسة من عناصر "كاتانغو"، '
        'وقال القيادي في "ماريبا" إن المقاتلين انسحبوا.'
    )
    got = spans(predict(text))
    first = text.index("كاتانغو")
    assert ("ORG", first, first + len("كاتانغو")) in got
    assert at(text, "ORG", "كاتانغو", 'عناصر "') in got
    assert at(text, "ORG", "ماريبا") in got


def test_a_quoted_word_without_members_or_a_post_is_no_org() -> None:
    text = 'وصف الوزير الهجوم بأنه "جبان"، ودعا إلى "ضبط النفس".'
    assert not any(label == "ORG" for label, *_ in spans(predict(text)))


def test_a_nisba_formed_on_a_known_country_ends_a_body() -> None:
    text = "قصف الجيش الميانماري قرى في الإقليم."
    assert at(text, "ORG", "الجيش الميانماري") in spans(predict(text))


def test_a_quoted_body_after_a_descriptor_head_is_the_name() -> None:
    text = 'أعلنت وحدات "جيش التحرير الشعبي" أنها قصفت مواقع للعدو، واشتبكت مع حرس الحدود.'
    got = spans(predict(text))
    assert at(text, "ORG", "جيش التحرير الشعبي") in got
    assert not any(label == "ORG" and s == text.index("وحدات") for label, s, _ in got)
    assert at(text, "ORG", "حرس الحدود") in got


def test_the_body_of_a_province_takes_the_descriptor_and_the_place() -> None:
    text = "أعلنت حكومة ولاية تاراكو الإفراج عن الرهائن، وقال مسؤول في إدارة منطقة كاسيبا إن الطريق مغلق."
    got = spans(predict(text))
    assert at(text, "ORG", "حكومة ولاية تاراكو") in got
    assert at(text, "GPE", "تاراكو") in got
    assert at(text, "ORG", "إدارة منطقة كاسيبا") in got
