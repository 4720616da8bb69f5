"""Entity and value error classes found on at least two of the dev sets B, C, F and G, each
rule tested on an invented sentence (offsets computed with text.index)."""

from __future__ import annotations

from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict
from tests.test_zones_credits import zoned_texts

# --- platforms and weapons ------------------------------------------------------------------


def test_a_platform_after_its_cue_or_in_quotes_is_an_org() -> None:
    text = 'قال القائد في تدوينة على منصة "إكس" إن الهجوم فشل، وكتب لاحقاً على منصة إكس أنه بخير.'
    got = spans(predict(text))
    first = text.index("إكس")
    assert ("ORG", first, first + 3) in got
    second = text.index("إكس", first + 3)
    assert ("ORG", second, second + 3) in got


def test_the_letter_x_alone_is_no_platform() -> None:
    text = "رسم الطالب إكس على اللوح."
    assert not any(label == "ORG" for label, *_ in spans(predict(text)))


def test_bullets_and_fire_arms_are_weapons() -> None:
    text = "أصيب شاب برصاص الجنود وآخر بطلق ناري، فيما أطلق الحراس أعيرة نارية في الهواء."
    got = spans(predict(text))
    assert at(text, "WEA", "رصاص") in got
    assert at(text, "WEA", "طلق ناري") in got
    assert at(text, "WEA", "أعيرة نارية") in got


def test_a_weapon_takes_its_class_adjective() -> None:
    text = "ضبطت الدورية أسلحة آلية وقذائف صاروخية وسكاكين في الشاحنة."
    got = spans(predict(text))
    assert at(text, "WEA", "أسلحة آلية") in got
    assert at(text, "WEA", "قذائف صاروخية") in got
    assert at(text, "WEA", "سكاكين") in got


def test_ilayhi_after_a_weapon_is_no_adjective() -> None:
    # آلية normalises like إليه: only the madda makes it the adjective
    text = "نقل المهربون الصواريخ إليه ليلة أمس."
    assert at(text, "WEA", "الصواريخ") in spans(predict(text))


# --- zones ---------------------------------------------------------------------------------


def test_a_byline_with_a_hyphenated_name_or_a_date_is_a_zone() -> None:
    assert len(zoned_texts("عنوان الخبر\nكتب: لوك-ماري دوبون\nبدأ الهجوم فجراً.")) == 1
    assert len(zoned_texts("عنوان\nكتب: سامر ناصر / الخميس، 3 أبريل 2025 10:15 ص\nنص الخبر.")) == 1


def test_a_follow_us_line_is_a_zone() -> None:
    assert len(zoned_texts("نص الخبر.\nتابعوا تغطيتنا الحية على يوتيوب\n")) == 1


def test_a_sentence_that_starts_with_kataba_is_no_zone() -> None:
    assert zoned_texts("كتب الوزير في رسالته أن الوضع خطير.\nوأضاف أنه متفائل.") == []


# --- bodies and posts -------------------------------------------------------------------------


def test_a_body_runs_to_the_abbreviation_it_introduces() -> None:
    text = "وقالت بعثة الأمم المتحدة لدعم السلام في هايتي (مينوها) إن الوضع هادئ، وأكدت مينوها ذلك."
    got = spans(predict(text))
    assert at(text, "ORG", "بعثة الأمم المتحدة لدعم السلام في هايتي") in got
    assert at(text, "ORG", "مينوها", "(") in got


def test_a_news_agency_takes_its_adjective_before_the_abbreviation() -> None:
    text = "ونقلت وكالة الأنباء الموريتانية (ومأ) عن مصدر رسمي أن الحدود أغلقت."
    got = spans(predict(text))
    assert at(text, "ORG", "وكالة الأنباء الموريتانية") in got


def test_a_clause_before_a_parenthesis_does_not_join_the_body() -> None:
    text = "أعلنت الحكومة اليوم عن خطة جديدة (بالتفاصيل)."
    got = spans(predict(text))
    assert not any(label == "ORG" and e > text.index("اليوم") for label, _, e in got)


def test_a_post_of_a_known_body_takes_its_domain() -> None:
    text = "وقال المبعوث الخاص للأمم المتحدة لحقوق الطفل سيمون لاروش، في بيان، إن"
    got = spans(predict(text))
    assert at(text, "OCC", "المبعوث الخاص للأمم المتحدة لحقوق الطفل") in got
    assert at(text, "PER", "سيمون لاروش") in got
    assert not any(label == "PER" and s == text.index("لحقوق") for label, s, _ in got)


def test_a_high_commission_is_a_body() -> None:
    text = "دعت المفوضية السامية للأمم المتحدة لحقوق الإنسان الحكومة إلى التحقيق."
    got = spans(predict(text))
    assert at(text, "ORG", "المفوضية السامية للأمم المتحدة لحقوق الإنسان") in got


def test_a_post_keeps_the_adjective_of_its_office() -> None:
    text = "وقال وزير الإعلام الحكومي سليم داود إن رئيس الإقليم الانفصالي رفض العرض."
    got = spans(predict(text))
    assert at(text, "OCC", "وزير الإعلام الحكومي") in got
    assert at(text, "PER", "سليم داود") in got
    assert at(text, "OCC", "رئيس الإقليم الانفصالي") in got


def test_national_and_allied_bodies_keep_their_adjective() -> None:
    text = "أعلن مجلس الأمن القومي أن القوات المتحالفة انسحبت."
    got = spans(predict(text))
    assert at(text, "ORG", "مجلس الأمن القومي") in got


def test_the_nisba_of_a_stan_place_closes_a_body() -> None:
    text = "وقالت الشرطة البلوشية إن المسلحين فروا."  # البلوشي ← بلوشستان, no nisba row
    assert at(text, "ORG", "الشرطة البلوشية") in spans(predict(text))


def test_a_great_dam_keeps_its_adjective() -> None:
    text = "عبر الجنود خط الفصل الإداري قرب سد الوحدة الكبير."
    assert at(text, "FAC", "سد الوحدة الكبير") in spans(predict(text))


def test_a_regime_named_after_its_ruler_is_an_org() -> None:
    text = "انهار نظام الرئيس السابق عمر البشير بعد احتجاجات، وبقي نظام العقوبات قائماً."
    got = spans(predict(text))
    assert at(text, "ORG", "نظام الرئيس السابق عمر البشير") in got
    assert at(text, "PER", "عمر البشير") in got
    assert not any(s == text.index("نظام العقوبات") for _, s, _ in got)


def test_a_bare_amir_before_a_name_is_a_given_name() -> None:
    text = "وقال وزير الداخلية في حكومة طالبان أمير نور زاده إن الحدود آمنة، فيما التقى أمير قطر الوفد."
    got = spans(predict(text))
    assert at(text, "PER", "أمير نور زاده") in got
    assert at(text, "OCC", "أمير قطر") in got
    assert not any(label == "OCC" and s == text.index("أمير نور") for label, s, _ in got)


def test_a_place_after_a_descriptor_in_a_post_is_a_place() -> None:
    text = "أفرج المسلحون عن سبعة مسؤولين، بينهم نائب محافظ مقاطعة ماتيندو، بعد وساطة."
    got = spans(predict(text))
    assert at(text, "OCC", "نائب محافظ مقاطعة ماتيندو") in got
    assert at(text, "GPE", "ماتيندو") in got
    assert not any(label == "PER" for label, *_ in got)


def test_a_definite_place_closing_a_post_is_nested() -> None:
    text = "وأفاد مفوض مقاطعة الكوارو جون دينق، أن الهدوء عاد."
    got = spans(predict(text))
    assert at(text, "OCC", "مفوض مقاطعة الكوارو") in got
    assert at(text, "GPE", "الكوارو") in got


def test_a_known_armed_group_is_nested_in_the_government_it_runs() -> None:
    text = "وقالت حكومة طالبان إن سلطات طالبان أغلقت المعبر، وتبنى تنظيم داعش الهجوم."
    got = spans(predict(text))
    gov = text.index("حكومة طالبان")
    assert ("ORG", gov, gov + len("حكومة طالبان")) in got
    assert ("ORG", gov + len("حكومة "), gov + len("حكومة طالبان")) in got
    assert at(text, "ORG", "طالبان", "سلطات ") in got
    assert at(text, "ORG", "تنظيم داعش") in got
    assert not any(label == "ORG" and s == text.index("داعش") for label, s, _ in got)


# --- times -----------------------------------------------------------------------------------


def test_a_clock_time_takes_the_part_of_the_day_it_is_in() -> None:
    text = "قصفت المدفعية القرية عند الساعة ٠٣:١٥ من فجر الخميس."
    assert at(text, "TIME", "الساعة ٠٣:١٥ من فجر الخميس") in spans(predict(text))


def test_a_part_of_the_day_as_an_adverb_is_a_time() -> None:
    text = "تسلل المسلحون ليلاً، واشتبك معهم الجنود فجراً."
    got = spans(predict(text))
    assert at(text, "TIME", "ليلاً") in got
    assert at(text, "TIME", "فجراً") in got


def test_an_hour_word_with_its_part_of_the_day_is_a_time() -> None:
    text = "يسري حظر التجول من الساعة العاشرة مساءً حتى السادسة صباحاً، وبدأت الجولة الثانية ظهراً."
    got = spans(predict(text))
    assert at(text, "TIME", "السادسة صباحاً") in got
    assert not any(s == text.index("الثانية") for _, s, _ in got)


# --- places and installations ------------------------------------------------------------------


def test_a_post_and_a_dam_nest_the_town_they_are_named_after() -> None:
    text = "اندلع اشتباك عند مخفر بيرانو الحدودي، وطالب الوزير بفتح بوابات سد كاروندا فوراً."
    got = spans(predict(text))
    assert at(text, "FAC", "مخفر بيرانو الحدودي") in got
    assert at(text, "GPE", "بيرانو") in got
    assert at(text, "FAC", "سد كاروندا") in got
    assert at(text, "GPE", "كاروندا") in got


def test_filling_a_gap_names_no_town() -> None:
    text = "دعت الوكالة المانحين إلى سد عجز التمويل."
    assert not any(label == "GPE" for label, *_ in spans(predict(text)))


def test_an_ambiguous_place_in_a_list_of_places_is_a_place() -> None:
    text = "داهمت القوات مدناً عدة، ولا سيما جنين وطولكرم، وأنقذ الطبيب جنين الأم."
    got = spans(predict(text))
    assert at(text, "GPE", "جنين") in got
    assert not any(label == "GPE" and s == text.index("جنين الأم") for label, s, _ in got)


def test_an_ambiguous_place_after_a_known_one_is_a_place() -> None:
    text = "قصفت الطائرات بلدتي عيتا الشعب والخيام."
    assert at(text, "GPE", "الخيام") in spans(predict(text))


# --- quoted groups ----------------------------------------------------------------------------


def test_a_quoted_definite_name_after_its_fighters_is_a_group() -> None:
    text = 'سيطر مسلحون من "الذئاب الحمر" على القرية، ثم انسحب مقاتلو "الذئاب الحمر" منها.'
    got = spans(predict(text))
    first = text.index("الذئاب الحمر")
    assert ("ORG", first, first + len("الذئاب الحمر")) in got
    assert at(text, "ORG", "الذئاب الحمر", 'مقاتلو "') in got


def test_a_quoted_slogan_after_fighters_is_no_group() -> None:
    text = 'ورفع عناصر من "نريد السلام الآن" لافتات.'
    assert not any(label == "ORG" for label, *_ in spans(predict(text)))


# --- counts ----------------------------------------------------------------------------------


def test_a_short_number_word_before_others_is_a_count() -> None:
    text = "قتل الجنود عشرة مسلحين واعتقلوا ستة آخرين، وأصيب أحد عشر آخرون."
    got = spans(predict(text))
    assert at(text, "NUM", "ستة") in got
    assert at(text, "NUM", "أحد عشر") in got


def test_quantities_are_no_hundreds() -> None:
    text = "ضبطت الشرطة كميات كبيرة من الحبوب، وقال أحد الضباط إن التحقيق مستمر."
    assert not any(label == "NUM" for label, *_ in spans(predict(text)))


def test_a_body_of_a_kind_is_no_name_but_still_a_post() -> None:
    text = "وقال قائد ميليشيا محلية، جون دوكو، إن قوات خاصة وصلت، فيما انسحبت قوات إسرائيلية."
    got = spans(predict(text))
    assert at(text, "OCC", "قائد ميليشيا محلية") in got
    assert not any(s == text.index("ميليشيا") and label == "ORG" for label, s, _ in got)
    assert not any(s == text.index("قوات خاصة") for _, s, _ in got)
    assert at(text, "ORG", "قوات إسرائيلية") in got


def test_separatist_authorities_are_a_body() -> None:
    text = "تدير المنطقة سلطات انفصالية منذ سنوات."
    assert at(text, "ORG", "سلطات انفصالية") in spans(predict(text))


# --- people ------------------------------------------------------------------------------------


def test_a_prisoner_and_a_citizen_cue_the_name_after_them() -> None:
    text = "أفرج الجيش عن الأسير سامي بركات بعد عامين، وتوفي المواطن الجورجي غيورغي بيراشفيلي في السجن."
    got = spans(predict(text))
    assert at(text, "PER", "سامي بركات") in got
    assert at(text, "PER", "غيورغي بيراشفيلي") in got
    assert not any(label == "OCC" for label, *_ in got)


def test_a_plural_shaped_word_after_a_first_name_ends_no_clause() -> None:
    text = "وقال الوزير خالد اتصالات الحكومة مستمرة."
    assert not any(
        label == "PER" and e > text.index("اتصالات") for label, _, e in spans(predict(text))
    )


def test_the_feminine_president_is_a_title() -> None:
    text = "وأعلنت الرئيسة ماريا لوبيز حالة الطوارئ."
    got = spans(predict(text))
    assert at(text, "OCC", "الرئيسة") in got
    assert at(text, "PER", "ماريا لوبيز") in got


def test_a_three_word_name_ends_before_an_adverb_or_a_masdar() -> None:
    text = "بحث وزير الزراعة جان موريل كوندو هاتفياً مع نظيره، ونفى الجنرال تان مين هلا استهداف المدنيين."
    got = spans(predict(text))
    assert at(text, "PER", "جان موريل كوندو") in got
    assert at(text, "PER", "تان مين هلا") in got


def test_a_region_inside_a_known_body_is_nested() -> None:
    text = "ودعا الأمين العام لحلف شمال الأطلسي الدول الأعضاء إلى الاجتماع."
    got = spans(predict(text))
    assert at(text, "ORG", "حلف شمال الأطلسي") in got
    assert at(text, "LOC", "شمال الأطلسي") in got


def test_a_road_runs_to_its_second_town() -> None:
    text = "أغلق المسلحون طريق دمشق - بيروت، وخطفوا ركاباً على طريق كاروندا - ماتيندو، قبل أسبوع."
    got = spans(predict(text))
    assert at(text, "FAC", "طريق دمشق - بيروت") in got
    assert at(text, "FAC", "طريق كاروندا - ماتيندو") in got
    assert at(text, "GPE", "ماتيندو") in got
