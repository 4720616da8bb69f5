"""Value and weapon span classes of the real-news sets K and L (session 6) that older dev sets
share, each rule tested on an invented sentence (offsets with text.index)."""

from __future__ import annotations

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict

# --- dual months in the house formats of the outlets -------------------------------------------


def test_a_month_with_its_other_calendar_name_is_one_date_in_every_house_format() -> None:
    text = (
        "وقّع الطرفان الاتفاق في 12 أكتوبر تشرين الأول، بعد جولة في مارس (آذار) 2024 "
        "وأخرى في كانون الأول/ ديسمبر 2023."
    )
    got = spans(predict(text))
    assert at(text, "DATE", "12 أكتوبر تشرين الأول") in got
    assert at(text, "DATE", "مارس (آذار) 2024") in got
    assert at(text, "DATE", "كانون الأول/ ديسمبر 2023") in got
    assert at(text, "DATE", "2024") not in got
    assert at(text, "DATE", "12 أكتوبر") not in got


def test_a_day_written_as_an_ordinal_before_its_month_is_part_of_the_date() -> None:
    text = "وعُقدت الجولة يوم الأربعاء (الحادي عشر من آب/أغسطس 2021) في الدوحة."
    got = spans(predict(text))
    assert at(text, "DATE", "الحادي عشر من آب/أغسطس 2021") in got
    assert at(text, "DATE", "آب/أغسطس 2021") not in got


def test_an_ordinal_of_the_noun_before_it_is_no_day() -> None:
    text = "وتبدأ المرحلة في الأسبوع الثالث من أيلول/سبتمبر المقبل."
    got = spans(predict(text))
    start = text.index("الثالث")
    assert not any(label == "DATE" and s == start for label, s, _ in got)


# --- pieces of weapon ---------------------------------------------------------------------------


def test_a_count_of_pieces_of_weapon_nests_the_weapon() -> None:
    text = "وأعلن الجيش أنه تسلّم نحو 150 قطعة سلاح من المسلحين، فيما أشاد بدور سلاح الجو."
    got = spans(predict(text))
    assert at(text, "NUM", "نحو 150 قطعة سلاح") in got
    assert at(text, "WEA", "سلاح", "قطعة ") in got
    assert at(text, "WEA", "سلاح", "بدور ") not in got


# --- a night across two days ----------------------------------------------------------------------


def test_a_night_across_two_weekdays_is_one_time_with_or_without_a_separator() -> None:
    text = "وتعرضت المدينة لقصف ليل الجمعة السبت، ثم لغارات ليل السبت — الأحد."
    got = spans(predict(text))
    assert at(text, "TIME", "ليل الجمعة السبت") in got
    assert at(text, "TIME", "ليل السبت — الأحد") in got
    assert at(text, "DATE", "السبت", "الجمعة ") not in got


# --- a place named by its market day ----------------------------------------------------------


def test_a_market_day_in_a_place_name_is_no_date() -> None:
    text = "واندلعت اشتباكات في حي سوق الخميس يوم الأحد، ثم امتدت إلى بسوق الثلاثاء."
    got = spans(predict(text))
    assert not any(label == "DATE" and text[s:e] in ("الخميس", "الثلاثاء") for label, s, e in got)
    assert at(text, "DATE", "يوم الأحد") in got


# --- a counted noun that is also an adverb --------------------------------------------------------


def test_a_counted_noun_that_is_also_an_adverb_is_the_tamyiz_after_a_number() -> None:
    text = "وأسفر الهجوم عن مقتل ٧ مدنيين و١٤ عسكرياً، فيما تقدمت القوات عسكرياً نحو البلدة."
    got = spans(predict(text))
    assert at(text, "NUM", "١٤ عسكرياً") in got
    assert at(text, "NUM", "١٤") not in got
    assert not any(s == text.rindex("عسكرياً") for _, s, _ in got)


# --- the nationality of counted weapons ---------------------------------------------------------


def test_a_count_of_weapons_leaves_their_nationality_out_and_so_does_the_weapon() -> None:
    text = "وأعلن الجيش إسقاط ثلاث مسيّرات روسية، فيما قصفت مقاتلات إسرائيلية الموقع."
    got = spans(predict(text))
    assert at(text, "NUM", "ثلاث مسيّرات") in got
    assert at(text, "WEA", "مسيّرات") in got
    assert at(text, "WEA", "مسيّرات روسية") not in got
    assert at(text, "WEA", "مقاتلات إسرائيلية") in got


def test_only_the_two_names_of_one_month_pair_up_without_a_slash() -> None:
    text = "وقال في 10 يناير رجب طيب أردوغان إن الجولة المقبلة تعقد في 3 مارس آذار."
    got = spans(predict(text))
    assert at(text, "DATE", "10 يناير") in got
    assert at(text, "DATE", "3 مارس آذار") in got


# --- the case and number endings of weapon nouns and adjectives ---------------------------------


def test_an_accusative_weapon_and_masculine_dual_adjectives_are_weapons() -> None:
    text = "وأطلقت الجماعة صاروخاً باليستياً ثم صاروخين باليستيين، وألقى المهاجمون قنابل يدوية."
    got = spans(predict(text))
    assert at(text, "WEA", "صاروخاً باليستياً") in got
    assert at(text, "WEA", "صاروخين باليستيين") in got
    assert at(text, "WEA", "قنابل يدوية") in got


# --- launchers and cannons in construct -----------------------------------------------------------


def test_a_launcher_or_cannon_with_its_genitive_is_one_weapon() -> None:
    text = (
        "وضبطت الدورية قاذفتي صواريخ وراجمة قذائف، فيما أطلق زورق حربي مدافع المياه على "
        "قارب الصيد، بحسب مدافع عن حقوق الصيادين."
    )
    got = spans(predict(text))
    assert at(text, "WEA", "قاذفتي صواريخ") in got
    assert at(text, "WEA", "راجمة قذائف") in got
    assert at(text, "WEA", "مدافع المياه") in got
    assert at(text, "WEA", "صواريخ") not in got
    assert not any(label == "WEA" and s == text.index("مدافع عن") for label, s, _ in got)


# --- holidays ------------------------------------------------------------------------------------


def test_a_holiday_names_its_day() -> None:
    text = (
        "وأعلن الطرفان هدنة خلال عيد الأضحى، بعد خرق هدنة عيد الميلاد المجيد، "
        "واحتفل السكان بعيد ميلاد طفلهم."
    )
    got = spans(predict(text))
    assert at(text, "DATE", "عيد الأضحى") in got
    assert at(text, "DATE", "عيد الميلاد المجيد") in got
    assert not any(label == "DATE" and text[s:e].startswith("عيد ميلاد") for label, s, e in got)


# --- a relative period in digits ---------------------------------------------------------------


def test_a_numbered_period_with_a_relative_word_is_a_date_in_digits_too() -> None:
    text = (
        "وقُتل 40 شخصاً خلال الـ24 ساعة الماضية، بعد غارات الأيام الـ10 الأخيرة، "
        "واستمر القصف 24 ساعة."
    )
    got = spans(predict(text))
    assert at(text, "DATE", "الـ24 ساعة الماضية") in got
    assert at(text, "DATE", "الأيام الـ10 الأخيرة") in got
    assert at(text, "DURATION", "24 ساعة", "القصف ") in got


# --- model codes -------------------------------------------------------------------------------------


def test_the_number_of_a_model_code_counts_nothing_and_the_code_joins_its_weapon() -> None:
    text = "وقصفت قاذفات بي-2 المنشأة، فيما سيطرت حركة إم-23 على 3 بلدات."
    got = spans(predict(text))
    assert at(text, "WEA", "قاذفات بي-2") in got
    assert not any(label == "NUM" and text[s:e] in ("2", "23") for label, s, e in got)
    assert at(text, "NUM", "3 بلدات") in got
