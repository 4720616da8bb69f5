"""Entity and value pattern families found by reading the errors on held-out set B, each
tested on an invented sentence (offsets computed with text.index)."""

from __future__ import annotations

from annotate.preannotate.zones import find_zones
from annotate.text import normalize
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

# --- zones ------------------------------------------------------------------------------


def test_tag_lines_with_the_article_are_zones() -> None:
    text = "قصفت الطائرات مواقع في حمص.\nالوسوم: سوريا، روسيا\nالكلمات الدلالية: تركيا | إيران"
    got = spans(predict(text))
    assert at(text, "GPE", "حمص") in got
    assert not any(s >= text.index("الوسوم") for _, s, _e in got)
    zones = find_zones(normalize(text).text)
    assert [z.start for z in zones] == [text.index("الوسوم"), text.index("الكلمات")]


# --- values -----------------------------------------------------------------------------


def test_the_edge_of_a_period_is_part_of_the_date() -> None:
    text = "اندلعت الاشتباكات أواخر تشرين الأول/أكتوبر الماضي، وينتهي التفويض نهاية العام."
    got = spans(predict(text))
    assert at(text, "DATE", "أواخر تشرين الأول/أكتوبر الماضي") in got
    assert at(text, "DATE", "نهاية العام") in got


def test_a_night_between_two_weekdays_is_one_time() -> None:
    text = "تعرضت القرية ليل السبت على الأحد لقصف مدفعي."
    assert at(text, "TIME", "ليل السبت على الأحد") in spans(predict(text))


def test_a_definite_number_phrase_inside_a_relative_period() -> None:
    text = "سجلت البعثة عشرين خرقا خلال الأيام الثلاثة الماضية."
    assert at(text, "DATE", "الأيام الثلاثة الماضية") in spans(predict(text))


def test_compound_number_words_count_units_and_people() -> None:
    text = "تعطل الخط منذ خمسة عشر يوماً، وقتل أحد عشر مدنياً."
    got = spans(predict(text))
    assert at(text, "DURATION", "خمسة عشر يوماً") in got


def test_a_lone_singular_unit_is_a_duration_after_a_time_preposition() -> None:
    text = "دامت الهدنة شهراً، ثم انهارت بعد يوم من توقيعها. ويوم الجمعة عطلة."
    got = spans(predict(text))
    assert at(text, "DURATION", "شهراً") in got
    assert at(text, "DURATION", "يوم", "بعد ") in got
    assert at(text, "DURATION", "يوم", "و") not in got


def test_a_dual_noun_with_its_numeral_is_one_count() -> None:
    text = "اعتقلت الشرطة صحفيَين اثنين، وسحب الجيش سريتين من البلدة."
    got = spans(predict(text))
    assert at(text, "NUM", "صحفيَين اثنين") in got
    assert at(text, "NUM", "اثنين") not in got
    assert at(text, "NUM", "سريتين") in got


def test_a_number_that_names_a_resolution_is_no_count() -> None:
    text = "طالب المجلس بتطبيق القرار 2254 وقتل 12 شخصا."
    got = spans(predict(text))
    assert not any(label == "NUM" and s == text.index("2254") for label, s, _ in got)
    assert at(text, "NUM", "12 شخصا") in got


# --- places -----------------------------------------------------------------------------


def test_a_direction_or_region_descriptor_stays_out_of_a_country() -> None:
    text = "قصفت الطائرات جنوب لبنان، وزار الوفد إقليم كردستان ثم أستانا."
    got = spans(predict(text))
    assert at(text, "GPE", "لبنان") in got
    assert at(text, "GPE", "كردستان") in got
    assert at(text, "GPE", "أستانا") in got


def test_a_named_line_is_a_facility() -> None:
    text = "رصدت القوة خروقات للخط الأزرق قرب الناقورة."
    assert at(text, "FAC", "لخط الأزرق", "ل") in spans(predict(text))


# --- weapons ----------------------------------------------------------------------------


def test_a_weapon_takes_an_agreeing_nisba_and_attack_adjectives() -> None:
    text = "أغارت مقاتلات روسية على البلدة، وردت المدفعية التركية، ثم هاجمت مسيّرات انقضاضية."
    got = spans(predict(text))
    assert at(text, "WEA", "مقاتلات روسية") in got
    assert at(text, "WEA", "المدفعية التركية") in got
    assert at(text, "WEA", "مسيّرات انقضاضية") in got


def test_dual_car_bombs_are_one_weapon() -> None:
    text = "انفجرت سيارتان مفخختان قرب الحاجز."
    assert at(text, "WEA", "سيارتان مفخختان") in spans(predict(text))


# --- posts and persons ------------------------------------------------------------------


def test_a_deputy_of_a_post_is_one_occupation() -> None:
    text = "استقبل نائب وزير الدفاع سامر حداد الوفد."
    got = spans(predict(text))
    assert at(text, "OCC", "نائب وزير الدفاع") in got
    assert at(text, "OCC", "وزير الدفاع") not in got
    assert at(text, "PER", "سامر حداد") in got


def test_the_domain_of_a_post_after_affairs() -> None:
    text = "وقال وزير شؤون اللاجئين كمال داود إن المنسق الخاص لشؤون سوريا سيزور دمشق."
    got = spans(predict(text))
    assert at(text, "OCC", "وزير شؤون اللاجئين") in got
    assert at(text, "PER", "كمال داود") in got
    assert at(text, "OCC", "المنسق الخاص لشؤون سوريا") in got


def test_a_former_head_of_state_keeps_its_qualifier() -> None:
    text = "وصل الرئيس الفرنسي الأسبق نيكولا ساركوزي إلى الجزائر."
    got = spans(predict(text))
    assert at(text, "OCC", "الرئيس الفرنسي الأسبق") in got


def test_the_body_that_ends_a_title_is_a_nested_organisation() -> None:
    text = "التقى رئيس حكومة الوحدة الوطنية سامر حداد بالوفد، ثم قال رئيس حكومة الإقليم إن."
    got = spans(predict(text))
    assert at(text, "OCC", "رئيس حكومة الوحدة الوطنية") in got
    assert at(text, "ORG", "حكومة الوحدة الوطنية") in got
    assert at(text, "PER", "سامر حداد") in got
    assert at(text, "OCC", "رئيس حكومة الإقليم") in got
    assert at(text, "ORG", "حكومة الإقليم") not in got  # a region named by its kind alone


def test_a_spokesperson_of_a_known_body_with_its_abbreviation() -> None:
    text = "وقال المتحدث باسم بعثة الأمم المتحدة للدعم في ليبيا (أونسميل) جان لوكا إن البعثة قلقة."
    got = spans(predict(text))
    occ = "المتحدث باسم بعثة الأمم المتحدة للدعم في ليبيا"
    assert at(text, "OCC", occ) in got
    assert at(text, "ORG", "الأمم المتحدة") in got  # a known IGO inside a mission's name
    assert at(text, "PER", "جان لوكا") in got


def test_a_double_barrelled_surname_and_its_later_mention() -> None:
    text = "زارت المبعوثة الأممية ماريا لوبيز - غارسيا، أمس، الخرطوم. وقالت غارسيا إن الحل سياسي."
    got = spans(predict(text))
    assert at(text, "PER", "ماريا لوبيز - غارسيا") in got
    assert at(text, "PER", "غارسيا", "وقالت ") in got


def test_a_definite_compound_family_name() -> None:
    text = "ترأس الوفد سامي العبد الله، ثم تحدث."
    assert at(text, "PER", "سامي العبد الله") in spans(predict(text))


# --- organisations and groups -----------------------------------------------------------


def test_an_ambiguous_group_name_in_quotes_or_after_its_fighters() -> None:
    text = 'أعلنت "القاعدة" مسؤوليتها، وانسحب مقاتلو الشباب من البلدة. وقال الشباب إنهم سعداء.'
    got = spans(predict(text))
    assert at(text, "ORG", "القاعدة") in got
    assert at(text, "ORG", "الشباب", "مقاتلو ") in got
    assert at(text, "ORG", "الشباب", "وقال ") not in got


def test_a_known_body_takes_its_nationality_adjective() -> None:
    text = "وأعلن الدفاع المدني الفلسطيني انتشال الجثث."
    got = spans(predict(text))
    assert at(text, "ORG", "الدفاع المدني الفلسطيني") in got
    assert at(text, "ORG", "الدفاع المدني") not in got


def test_air_force_state_television_military_council_and_interim_bodies() -> None:
    text = (
        "قصف الطيران السوري البلدة، وبث التلفزيون الرسمي بيانا للمجلس العسكري، "
        "ورحبت الحكومة المؤقتة بذلك، فيما انسحبت الوحدات العسكرية."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "الطيران السوري") in got
    assert at(text, "ORG", "التلفزيون الرسمي") in got
    assert at(text, "ORG", "لمجلس العسكري", "ل") in got
    assert at(text, "ORG", "الحكومة المؤقتة") in got
    assert at(text, "ORG", "الوحدات العسكرية") not in got


def test_the_opposition_is_a_group() -> None:
    text = "وصل وفد المعارضة إلى جنيف."
    assert at(text, "NORP", "المعارضة") in spans(predict(text))


# --- villages ---------------------------------------------------------------------------


def test_a_transliterated_village_after_a_descriptor_and_its_other_mentions() -> None:
    text = "سيطر المسلحون على بلدة تيساليت الشمالية. وفر السكان من تيساليت إلى كيدال."
    got = spans(predict(text))
    assert at(text, "GPE", "تيساليت", "بلدة ") in got
    assert at(text, "GPE", "تيساليت", "من ") in got


def test_a_two_word_village_name_ends_before_a_preposition() -> None:
    text = "هاجم المسلحون قرية كاسا مويا في إقليم باي، ثم قرية دولو جنوبي المدينة."
    got = spans(predict(text))
    assert at(text, "GPE", "كاسا مويا") in got
    assert at(text, "GPE", "دولو") in got


def test_a_verb_after_a_descriptor_is_no_village() -> None:
    text = "نزح السكان إلى قرية تستضيف آلاف العائلات، ومدينة تقع شمال النهر."
    got = spans(predict(text))
    assert not any(label == "GPE" for label, *_ in got)


def test_a_descriptor_word_that_names_a_body_elsewhere_is_no_place() -> None:
    text = "وصلت بعثة الأمم المتحدة المؤقتة في هايتي (مينوستاه)، وجدد المجلس ولاية مينوستاه."
    got = spans(predict(text))
    assert at(text, "GPE", "مينوستاه", "ولاية ") not in got
    assert at(text, "ORG", "مينوستاه", "ولاية ") in got
