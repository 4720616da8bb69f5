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


# --- facilities named after a settlement, markets and seats -----------------------------------


def test_a_checkpoint_depot_or_base_nests_the_settlement_it_is_named_after() -> None:
    text = "وسيطر المسلحون على حاجز تيلوبا ومستودع ماروكي للذخيرة وقاعدة زيلوكا الجوية."
    got = spans(predict(text))
    for facility, town in (
        ("حاجز تيلوبا", "تيلوبا"),
        ("مستودع ماروكي للذخيرة", "ماروكي"),
        ("قاعدة زيلوكا الجوية", "زيلوكا"),
    ):
        assert at(text, "FAC", facility) in got
        assert at(text, "GPE", town) in got
    assert at(text, "WEA", "لذخيرة") not in got


def test_a_market_keeps_a_two_word_name_whole() -> None:
    text = "وسقطت قذيفة على سوق باندا كوتو الكبير، فقتل ثلاثة مدنيين."
    got = spans(predict(text))
    assert at(text, "FAC", "سوق باندا كوتو الكبير") in got
    assert at(text, "GPE", "باندا كوتو") in got


def test_a_market_or_seat_without_a_name_is_no_facility() -> None:
    text = "وارتفعت الأسعار في سوق النفط وسوق شعبي، فيما طوّقت المدرعات مقر إقامته."
    got = spans(predict(text))
    assert not any(label == "FAC" for label, _, _ in got)


def test_the_seat_of_a_body_is_a_facility() -> None:
    text = "وسيطر المتمردون على مقر القيادة العسكرية الغربية، وتظاهر المئات أمام مقر هيئة الأركان."
    got = spans(predict(text))
    assert at(text, "FAC", "مقر القيادة العسكرية الغربية") in got
    assert at(text, "FAC", "مقر هيئة الأركان") in got


# --- duals that count people -------------------------------------------------------------------


def test_a_dual_marked_with_its_fatha_or_in_the_nominative_counts_people() -> None:
    text = "وأصيب مسعفان بجروح، وأُفرج عن صيّادَين، فيما اعتقلت الشرطة صحفيِّين أجانب."
    got = spans(predict(text))
    assert at(text, "NUM", "مسعفان") in got
    assert at(text, "NUM", "صيّادَين") in got
    assert at(text, "NUM", "صحفيِّين") not in got  # the kasra: a plural, no count


# --- unknown places of two or three words --------------------------------------------------------


def test_a_place_after_its_descriptor_keeps_two_or_three_name_words_or_a_hyphen() -> None:
    text = (
        "استعادت القوات السيطرة على قرية كوك بار الحدودية قرب بلدة داتو كامي ماكاتو، وعلى قرية"
        " ديوما-كالا، فيما تعرض موقع قرب قرية بولاي شيرمان لهجوم، وفي إقليم سانتو دي ماريلا."
    )
    got = spans(predict(text))
    for place in ("كوك بار", "داتو كامي ماكاتو", "ديوما-كالا", "بولاي شيرمان", "سانتو دي ماريلا"):
        assert at(text, "GPE", place) in got, place
    assert at(text, "GPE", "كوك") not in got


def test_a_place_name_stops_before_a_verb_or_a_value() -> None:
    text = "وقصفت الطائرات بلدة كامانيولا مساء أمس، وقرية ماروكا شهدت اشتباكات."
    got = spans(predict(text))
    assert at(text, "GPE", "كامانيولا") in got
    assert at(text, "GPE", "ماروكا") in got


# --- counts: compound nouns and codes -----------------------------------------------------------


def test_a_count_keeps_a_compound_forming_adjective_not_an_accusative_one() -> None:
    text = "وصل المهاجمون على متن نحو 30 دراجة نارية، على بعد 50 ميلاً بحرياً من الساحل."
    got = spans(predict(text))
    assert at(text, "NUM", "نحو 30 دراجة نارية") in got
    assert at(text, "NUM", "50 ميلاً") in got


def test_the_digit_groups_of_a_phone_number_or_a_committee_name_count_nothing() -> None:
    text = "للاستفسار: هاتف 4455667-21-93+، وقالت اللجنة العسكرية (٥+٥) إن ١٢ شخصاً قتلوا."
    got = spans(predict(text))
    assert not any(
        label == "NUM" and text[s:e].strip("+-") in ("4455667", "21", "93", "٥")
        for label, s, e in got
    )
    assert at(text, "NUM", "١٢ شخصاً") in got


# --- hills, heights and sites named by a number --------------------------------------------------


def test_a_hill_is_a_location_without_the_participle_that_places_it() -> None:
    text = "أعلن الجيش سيطرته على تلة الزيتون المشرفة على البلدة، وقصف مرتفعات شريف ماكادو."
    got = spans(predict(text))
    assert at(text, "LOC", "تلة الزيتون") in got
    assert at(text, "LOC", "مرتفعات شريف ماكادو") in got


def test_a_hill_named_by_an_adjective_is_no_location() -> None:
    text = "وتقدمت القوات نحو تلة استراتيجية قرب الحدود."
    assert not any(label == "LOC" for label, _, _ in spans(predict(text)))


def test_a_hill_or_a_base_named_by_a_number_is_no_count() -> None:
    text = "واستعادت القوات تلة ٤٢٠، وانسحب الجنود من القاعدة الجوية ١٠٥."
    got = spans(predict(text))
    assert at(text, "LOC", "تلة ٤٢٠") in got
    assert at(text, "FAC", "القاعدة الجوية ١٠٥") in got
    assert not any(label == "NUM" for label, _, _ in got)


# --- a drone written with its shadda ------------------------------------------------------------


def test_a_drone_written_with_its_shadda_is_a_weapon_a_march_is_not() -> None:
    text = "وقصفت مسيّرة روسية مستودعاً، فيما انطلقت مسيرة شعبية في المدينة."
    got = spans(predict(text))
    assert at(text, "WEA", "مسيّرة روسية") in got
    assert not any(label == "WEA" and s >= text.index("مسيرة") for label, s, _ in got)


# --- a republic's name --------------------------------------------------------------------------


def test_a_known_state_after_republic_is_one_place_with_it() -> None:
    text = "ووقّع عن جمهورية مالي وزير الخارجية، وقالت سلطات جمهورية أبخازيا إن كوت ديفوار وافقت."
    got = spans(predict(text))
    assert at(text, "GPE", "جمهورية مالي") in got
    assert at(text, "GPE", "جمهورية أبخازيا") in got
    assert at(text, "GPE", "مالي") not in got
    assert at(text, "GPE", "كوت ديفوار") in got


# --- durations and numbered nouns ----------------------------------------------------------------


def test_a_whole_period_or_a_bare_unit_before_a_quote_is_a_duration() -> None:
    text = 'وقال إن الهدنة خُرقت "مرتين خلال أسبوع"، وإن الرهائن محتجزون منذ عام كامل.'
    got = spans(predict(text))
    assert at(text, "DURATION", "أسبوع") in got
    assert at(text, "DURATION", "عام كامل") in got


def test_a_number_after_a_numbered_noun_counts_when_a_counted_noun_follows() -> None:
    text = "ويشمل الرقم ٥١٢ أسرى أفرجت عنهم الحكومة، وفق القرار 2254."
    got = spans(predict(text))
    assert at(text, "NUM", "٥١٢ أسرى") in got
    assert not any(label == "NUM" and text[s:e] == "2254" for label, s, e in got)


# --- unnamed army posts ----------------------------------------------------------------------------


def test_an_unnamed_army_post_is_a_facility_a_website_is_not() -> None:
    text = (
        "هاجم مسلحون موقعاً عسكرياً، ثم تعرّض موقعٌ لحرس الحدود الأفغاني لقصف،"
        " ونشر موقع إلكتروني صوراً من موقع الحادث."
    )
    got = spans(predict(text))
    assert at(text, "FAC", "موقعاً عسكرياً") in got
    assert at(text, "FAC", "موقعٌ لحرس الحدود الأفغاني") in got
    assert at(text, "ORG", "حرس الحدود الأفغاني") in got
    assert sum(label == "FAC" for label, _, _ in got) == 2


# --- generic facilities and French place names ----------------------------------------------------


def test_a_facility_named_only_by_kind_adjectives_or_an_arena_is_no_facility() -> None:
    text = (
        "قُتل مدني قرب مدرسة ابتدائية، وقصفت الطائرات مبنى ملحقاً، ولن تكون البلاد ساحة"
        " لتصفية الحسابات، فيما احتشد المتظاهرون في ساحة التحرير."
    )
    got = spans(predict(text))
    assert [text[s:e] for label, s, e in got if label == "FAC"] == ["ساحة التحرير"]


def test_a_place_in_ie_written_with_a_final_heh_is_a_name() -> None:
    text = "وهاجمت العصابات بلدة كوروباليه وأحرقت منازل في قرية حدودية."
    got = spans(predict(text))
    assert at(text, "GPE", "كوروباليه") in got
    assert sum(label == "GPE" for label, _, _ in got) == 1


# --- dates as one expression ---------------------------------------------------------------------


def test_a_weekday_and_its_date_or_a_named_month_are_one_date() -> None:
    text = "الرباط، الاثنين ٣ آذار/مارس ٢٠٢٥\nشهد شهر أيار/مايو هدوءاً، وتنتهي المهلة هذا الشهر."
    got = spans(predict(text))
    assert at(text, "DATE", "الاثنين ٣ آذار/مارس ٢٠٢٥") in got
    assert at(text, "DATE", "شهر أيار/مايو") in got
    assert at(text, "DATE", "هذا الشهر") in got


def test_the_month_of_an_office_is_no_date() -> None:
    text = "وتلا رئيس المجلس لهذا الشهر بياناً."
    assert not any(label == "DATE" for label, _, _ in spans(predict(text)))


# --- the Sahel -----------------------------------------------------------------------------------


def test_the_sahel_named_as_a_region_of_states_is_a_location_a_coast_is_not() -> None:
    text = "ودعا القادة دول الساحل إلى الحوار، وانتشر الجنود على طول الساحل الشمالي."
    got = spans(predict(text))
    assert at(text, "LOC", "الساحل", "دول ") in got
    assert sum(label == "LOC" for label, _, _ in got) == 1


# --- provinces named by a direction, and إنّ before a number ---------------------------------------


def test_a_province_keeps_the_direction_that_names_it() -> None:
    text = (
        "ووقع الاشتباك في ماغينداناو الجنوبية وفي إقليم سانتاكو ديل نورتي، وقُصف ريف إدلب الجنوبي."
    )
    got = spans(predict(text))
    assert at(text, "GPE", "ماغينداناو الجنوبية") in got
    assert at(text, "GPE", "سانتاكو ديل نورتي") in got
    assert at(text, "GPE", "إدلب") in got


def test_a_number_after_inna_is_no_dual_count() -> None:
    text = "وقال في بيان إن اثنين من القتلى أجانب."
    got = spans(predict(text))
    assert at(text, "NUM", "اثنين") in got
    assert at(text, "NUM", "إن اثنين") not in got


# --- the town of a known installation ---------------------------------------------------------------


def test_a_known_crossing_nests_its_town_also_when_the_town_is_an_ambiguous_name() -> None:
    text = "وبحث الوزيران إعادة فتح معبر شامان."
    got = spans(predict(text))
    assert at(text, "FAC", "معبر شامان") in got
    assert at(text, "GPE", "شامان") in got


def test_a_conjunction_before_a_dual_and_its_numeral_stays_out() -> None:
    text = "وأصيب صحفي ومسعفَين اثنين."
    got = spans(predict(text))
    assert at(text, "NUM", "مسعفَين اثنين") in got


# --- pieces of a kept name are no mentions --------------------------------------------------------


def test_the_pieces_of_a_name_inside_a_title_are_not_nested_mentions() -> None:
    text = "وأجرى اتصالاً برئيس غينيا بيساو وبسفير جمهورية السودان لدى الكويت."
    got = spans(predict(text))
    assert at(text, "GPE", "غينيا بيساو") in got
    assert at(text, "GPE", "جمهورية السودان") in got
    assert at(text, "GPE", "غينيا") not in got
    assert at(text, "GPE", "بيساو") not in got
    assert at(text, "GPE", "السودان") not in got


def test_a_prison_in_a_town_or_a_humanitarian_corridor_is_no_named_facility() -> None:
    text = (
        "وقُتل سجناء داخل سجن بكاراكاس، ودعت الأمم المتحدة إلى فتح ممر إنساني، وفرّوا من سجن صيدنايا."
    )
    got = spans(predict(text))
    assert [text[s:e] for label, s, e in got if label == "FAC"] == ["سجن صيدنايا"]
    assert at(text, "GPE", "كاراكاس") in got


def test_a_crossing_named_after_two_villages_joined_by_a_hyphen_nests_both() -> None:
    text = "وينص الاتفاق على فتح معبر كارانو-أليبان الحدودي أمام المسافرين."
    got = spans(predict(text))
    assert at(text, "FAC", "معبر كارانو-أليبان الحدودي") in got
    assert at(text, "GPE", "كارانو") in got
    assert at(text, "GPE", "أليبان") in got
