"""Argument rules of the fifth round: error classes of the attachment logic seen in at least
two development sets, mostly in the non-wire genres of set D and the wire news of set E.
Every sentence is invented; offsets come from text.index."""

from __future__ import annotations

from annotate.preannotate.sentence import headline_break
from tests.test_preannotate_events_r4 import arguments, span
from tests.test_preannotate_patterns import predict


def test_an_incident_takes_no_place_across_a_clause_opener() -> None:
    text = "صدّ الجيش هجوماً للمتمردين فجر الأحد، مؤكداً أن طائراته تلاحق الفارين في إقليم دارفور."
    got = arguments(predict(text))
    attack = span(text, "هجوماً")
    assert (attack, "Time", span(text, "فجر الأحد")) in got
    assert not any(t == attack and role == "Place" for t, role, _ in got)


def test_a_place_of_the_incident_clause_is_still_shared_before_a_clause_opener() -> None:
    text = "قُتل ١٢ مدنياً في قصف مدفعي على مدينة الفاشر، وقالت السلطات إن الحصيلة مرشحة للارتفاع."
    got = arguments(predict(text))
    assert (span(text, "قُتل"), "Place", span(text, "الفاشر")) in got


def test_a_land_feature_or_route_after_ala_is_where_the_attack_fell() -> None:
    text = "قُتل ثلاثة جنود في كمين على نهر الفرات فجر الأحد."
    got = arguments(predict(text))
    assert (span(text, "كمين"), "Place", span(text, "نهر الفرات")) in got
    assert not any(role == "Target" for _, role, _ in got)
    text = "قصفت مسيّرة سيارة مدنية على طريق دمشق - بيروت."
    got = arguments(predict(text))
    assert (span(text, "قصفت"), "Place", span(text, "طريق دمشق - بيروت")) in got


def test_a_country_after_ala_and_a_compass_word_is_the_place_a_town_is_the_target() -> None:
    text = "شنّت طائرات حربية غارات على قرى شمال سوريا."
    assert (span(text, "غارات"), "Place", span(text, "سوريا")) in arguments(predict(text))
    text = "شنّت طائرات حربية غارات على مدينة حلب."
    assert (span(text, "غارات"), "Target", span(text, "حلب")) in arguments(predict(text))


def test_a_date_does_not_time_an_event_noun_governed_after_it() -> None:
    text = (
        "ومدّد مجلس الأمن ولاية البعثة حتى كانون الأول/ديسمبر المقبل، وحثّ الطرفين على سحب قواتهما."
    )
    got = arguments(predict(text))
    assert not any(role == "Time" for _, role, _ in got)


def test_a_date_before_ila_still_times_the_agreement_reached() -> None:
    text = "وتوصل الطرفان، في 3 آذار/مارس 2021، إلى اتفاق لوقف إطلاق النار."
    got = arguments(predict(text))
    assert (span(text, "اتفاق لوقف إطلاق النار"), "Time", span(text, "3 آذار/مارس 2021")) in got


def test_a_headline_set_off_by_a_blank_line_takes_no_role_from_the_lead() -> None:
    text = (
        "مقتل خمسة جنود في هجوم مسلح على نقطة عسكرية قرب الحدود الشمالية للبلاد\n\n"
        "قُتل خمسة جنود، فجر اليوم الأحد، في هجوم شنه مسلحون على نقطة عسكرية قرب مدينة الموصل."
    )
    got = arguments(predict(text))
    headline = span(text, "مقتل")
    assert (headline, "Victim", span(text, "خمسة جنود")) in got
    assert not any(t == headline and role in ("Time", "Place") for t, role, _ in got)
    assert (span(text, "قُتل"), "Time", span(text, "فجر اليوم الأحد")) in got


def test_headline_break_adds_one_start_after_a_blank_line_only() -> None:
    text = "عنوان طويل\n\nنص الخبر. جملة ثانية."
    starts = [0, text.index(" جملة")]
    assert headline_break(text, starts) == [0, text.index("نص"), text.index(" جملة")]
    assert headline_break("سطر\nنص الخبر.", [0]) == [0]


def test_an_incident_shares_no_time_across_a_clause_opener() -> None:
    text = (
        "قُتل ثلاثة مدنيين فجر اليوم في قصف مدفعي على مدينة حمص، "
        "وأكد الجيش أن قواته صدّت هجوماً للمسلحين."
    )
    got = arguments(predict(text))
    assert (span(text, "قصف"), "Time", span(text, "فجر اليوم")) in got
    assert not any(t == span(text, "هجوماً") and role == "Time" for t, role, _ in got)


def test_a_second_report_after_fima_takes_no_time_from_the_first() -> None:
    text = (
        "قُتل ثلاثة مدنيين فجر اليوم في قصف مدفعي على مدينة حمص، "
        "فيما أعلن الجيش مقتل جنديين في اشتباكات مع المسلحين."
    )
    got = arguments(predict(text))
    assert (span(text, "مقتل"), "Victim", span(text, "جنديين")) in got
    later = (span(text, "مقتل"), span(text, "اشتباكات"))
    assert not any(t in later and role in ("Time", "Place") for t, role, _ in got)


def test_deaths_in_clashes_between_two_sides_have_no_agent() -> None:
    text = "قُتل خمسة أشخاص في اشتباكات اندلعت أمس بين الجيش السوداني وقوات الدعم السريع."
    got = arguments(predict(text))
    clashes = span(text, "اشتباكات")
    assert (clashes, "Attacker", span(text, "قوات الدعم السريع")) in got
    assert not any(role == "Agent" for _, role, _ in got)


def test_deaths_in_a_one_sided_attack_keep_its_attacker_as_agent() -> None:
    text = "قُتل خمسة مدنيين في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر."
    got = arguments(predict(text))
    assert (span(text, "قُتل"), "Agent", span(text, "قوات الدعم السريع")) in got


def test_a_request_verb_continuing_a_request_takes_the_mention_after_it_as_addressee() -> None:
    text = (
        "تدعو الوزارة الطرفين إلى ضبط النفس، وتحثّ الحكومة السورية على الامتناع عن التصعيد، "
        "كما تدعو موسكو إلى سحب قواتها."
    )
    got = arguments(predict(text))
    assert (span(text, "تحثّ"), "Addressee", span(text, "الحكومة السورية")) in got
    assert (span(text, "تدعو", "كما "), "Addressee", span(text, "موسكو")) in got
    assert not any(role == "Requester" for _, role, _ in got)


def test_a_sentence_opening_request_verb_keeps_its_subject() -> None:
    text = "ودعت الحكومة السودانية إلى وقف فوري لإطلاق النار."
    got = arguments(predict(text))
    assert (span(text, "دعت"), "Requester", span(text, "الحكومة السودانية")) in got


def test_an_incident_takes_no_place_past_an_event_of_another_kind() -> None:
    text = "وجاء الهجوم بعد ساعات من اجتماع عقده الطرفان في مدينة جدة."
    got = arguments(predict(text))
    assert (span(text, "اجتماع"), "Place", span(text, "جدة")) in got
    assert not any(t == span(text, "الهجوم") and role == "Place" for t, role, _ in got)


def test_an_event_the_attack_led_to_does_not_stop_its_place() -> None:
    text = "وشنت قوات الدعم السريع هجمات أدت إلى استعادة السيطرة على عدة مناطق في إقليم دارفور."
    got = arguments(predict(text))
    assert (span(text, "هجمات"), "Place", span(text, "دارفور")) in got


def test_a_date_after_a_clause_opener_does_not_time_the_verb_before_it() -> None:
    text = (
        "وأعلنت وزارة الخارجية المصرية أن القاهرة ستستضيف الأسبوع المقبل "
        "جولة جديدة من المفاوضات بين الطرفين."
    )
    got = arguments(predict(text))
    assert (span(text, "المفاوضات"), "Time", span(text, "الأسبوع المقبل")) in got
    assert not any(t == span(text, "أعلنت") and role == "Time" for t, role, _ in got)


def test_the_owner_of_an_attack_noun_with_a_possessive_ending_is_its_attacker() -> None:
    text = "ولم تتوقف إسرائيل عن غاراتها على جنوب لبنان."
    got = arguments(predict(text))
    assert (span(text, "غاراتها"), "Attacker", span(text, "إسرائيل")) in got
    text = "وطالبت الأمم المتحدة بأن توقف روسيا هجماتها على المدن الأوكرانية."
    got = arguments(predict(text))
    assert (span(text, "هجماتها"), "Attacker", span(text, "روسيا")) in got
    assert not any(a == span(text, "الأمم المتحدة") and r == "Attacker" for _, r, a in got)


def test_a_light_verb_with_a_comma_glued_to_it_still_names_the_doer() -> None:
    text = "وكان وزير الخارجية عباس عراقجي قد أجرى، مساء الأربعاء، اتصالاً هاتفياً بنظيره العماني."
    got = arguments(predict(text))
    assert (span(text, "اتصالاً هاتفياً"), "Participant", span(text, "عباس عراقجي")) in got


def test_a_call_with_the_counterpart_names_the_partner_after_the_nisba() -> None:
    text = (
        "وأجرى وزير الخارجية الباكستاني إسحاق دار، مساء أمس، "
        "اتصالاً هاتفياً بنظيره الهندي سوبراهمانيام جايشانكار."
    )
    got = arguments(predict(text))
    call = span(text, "اتصالاً هاتفياً")
    assert (call, "Participant", span(text, "إسحاق دار")) in got
    assert (call, "Participant", span(text, "سوبراهمانيام جايشانكار")) in got


def test_a_treaty_cited_as_a_framework_takes_no_parties_from_the_talks() -> None:
    text = (
        "والتقى وزير الدفاع الأسترالي ريتشارد مارلز نظيره الأمريكي بيت هيغسيث، "
        "وبحثا التزامات واشنطن بموجب معاهدة الدفاع المشترك."
    )
    got = arguments(predict(text))
    assert (span(text, "التقى"), "Participant", span(text, "بيت هيغسيث")) in got
    assert not any(t == span(text, "معاهدة") for t, _, _ in got)


def test_a_mediator_cue_after_talks_is_theirs_not_the_agreement_after_it() -> None:
    text = (
        "وانتهت المحادثات بين إثيوبيا ومصر في القاهرة، برعاية الاتحاد الأفريقي، "
        "دون التوصل إلى اتفاق."
    )
    got = arguments(predict(text))
    au = span(text, "الاتحاد الأفريقي")
    assert (span(text, "المحادثات"), "Mediator", au) in got
    assert not any(t == span(text, "اتفاق") and role == "Mediator" for t, role, _ in got)


def test_an_event_told_under_the_mediated_one_shares_its_mediator() -> None:
    text = "ونُفذت صفقة التبادل برعاية اللجنة الدولية للصليب الأحمر وأُطلق بموجبها سراح ٤٠ أسيراً."
    got = arguments(predict(text))
    icrc = span(text, "اللجنة الدولية للصليب الأحمر")
    assert (span(text, "سراح"), "Mediator", icrc) in got


def test_a_target_after_ala_belongs_to_the_nearer_attack_trigger() -> None:
    text = "وهدد وزير الدفاع بقصف بيروت إذا استمر إطلاق الصواريخ على حيفا."
    got = arguments(predict(text))
    assert (span(text, "إطلاق الصواريخ"), "Target", span(text, "حيفا")) in got
    assert (span(text, "قصف"), "Target", span(text, "حيفا")) not in got
    text = "وقال المتحدث إن العمليات ستستمر حتى وقف العدوان على غزة."
    got = arguments(predict(text))
    assert (span(text, "العمليات"), "Target", span(text, "غزة")) not in got


def test_an_incident_shares_no_place_past_an_accusation_between_them() -> None:
    text = (
        "وانسحب المقاتلون من البلدة لتجنيب السكان القصف، "
        "متهماً المتمردين بإعدام ٩ مدنيين في مدينة كيدال."
    )
    got = arguments(predict(text))
    assert (span(text, "إعدام"), "Place", span(text, "كيدال")) in got
    assert not any(t == span(text, "القصف") and role == "Place" for t, role, _ in got)


def test_a_title_qualified_by_the_body_it_serves_still_leads_to_the_speaker() -> None:
    text = "وقال وزير الداخلية في حكومة الوحدة الوطنية عماد الطرابلسي إن قواته لن تنسحب."
    got = arguments(predict(text))
    assert (span(text, "قال"), "Speaker", span(text, "عماد الطرابلسي")) in got


def test_a_rank_after_the_place_of_a_title_still_leads_to_the_speaker() -> None:
    text = "وقال المتحدث باسم الشرطة في ولاية الخرطوم العقيد خالد مهدي إن الوضع مستقر."
    got = arguments(predict(text))
    assert (span(text, "قال"), "Speaker", span(text, "خالد مهدي")) in got


def test_the_addressee_of_a_call_follows_an_aside_between_commas() -> None:
    text = (
        "ودعا الرئيس الكيني وليام روتو، في خطاب متلفز مساء الأحد، "
        "الاتحاد الأفريقي إلى إرسال قوة لحفظ السلام."
    )
    got = arguments(predict(text))
    call = span(text, "دعا")
    assert (call, "Requester", span(text, "وليام روتو")) in got
    assert (call, "Addressee", span(text, "الاتحاد الأفريقي")) in got


def test_at_the_request_of_names_the_requester_not_the_place_before() -> None:
    text = "وأرسلت رواندا قوات إلى مدينة غوما بطلب من الرئيس فيليكس تشيسيكيدي."
    got = arguments(predict(text))
    assert (span(text, "طلب"), "Requester", span(text, "فيليكس تشيسيكيدي")) in got
    assert (span(text, "طلب"), "Requester", span(text, "غوما")) not in got


def test_one_accused_of_breaking_a_truce_is_a_party_to_it() -> None:
    text = "واتهم الجيش السوداني قوات الدعم السريع بخرق الهدنة."
    got = arguments(predict(text))
    assert (span(text, "الهدنة"), "Party", span(text, "قوات الدعم السريع")) in got
    text = "واتهمت وزارة الدفاع الهندية باكستان بانتهاك التفاهم على وقف إطلاق النار."
    got = arguments(predict(text))
    assert (span(text, "وقف إطلاق النار"), "Party", span(text, "باكستان")) in got


def test_one_accused_of_breaking_a_signed_accord_is_not_made_its_party() -> None:
    text = "واتهمت أذربيجان أرمينيا بخرق اتفاق وقف إطلاق النار الموقع في موسكو."
    got = arguments(predict(text))
    assert not any(role == "Party" for _, role, _ in got)


def test_the_side_after_ma_a_few_words_after_a_clash_noun_is_an_attacker() -> None:
    text = "وخاض الجيش الصومالي معارك عنيفة دامت يومين مع مسلحي حركة الشباب."
    got = arguments(predict(text))
    assert (span(text, "معارك"), "Attacker", span(text, "حركة الشباب")) in got


def test_a_border_with_a_country_names_no_side_of_the_clash() -> None:
    text = "وقُتل ثلاثة جنود في اشتباكات على الحدود مع إريتريا."
    got = arguments(predict(text))
    assert not any(role == "Attacker" for _, role, _ in got)


def test_a_weapon_as_the_subject_of_an_attack_is_its_instrument() -> None:
    text = "وشنت طائرات مسيّرة غارات على مدينة الفاشر."
    got = arguments(predict(text))
    raids = span(text, "غارات")
    assert (raids, "Instrument", span(text, "طائرات مسيّرة")) in got
    assert not any(role == "Attacker" for _, role, _ in got)
    text = "وقال الجيش إن الطائرات الحربية أغارت على مواقع للمتمردين في ولاية كسلا."
    got = arguments(predict(text))
    assert (span(text, "أغارت"), "Instrument", span(text, "الطائرات الحربية")) in got


def test_the_count_after_laqiya_is_the_victim_of_the_death_noun_after_it() -> None:
    text = "لقي أربعة أشخاص على الأقل حتفهم في اشتباكات حدودية."
    got = arguments(predict(text))
    assert (span(text, "حتفهم"), "Victim", span(text, "أربعة أشخاص")) in got
    text = "لقي 19 شخصاً، بينهم أربعة جنود، حتفهم في مواجهات مسلحة."
    got = arguments(predict(text))
    assert (span(text, "حتفهم"), "Victim", span(text, "19 شخصاً")) in got


def test_an_agreement_named_as_the_topic_of_talks_takes_no_parties_from_them() -> None:
    text = (
        "وأجرى الرئيس المصري عبد الفتاح السيسي اتصالاً هاتفياً بالرئيس الفرنسي "
        "إيمانويل ماكرون، وبحث معه سبل تثبيت وقف إطلاق النار."
    )
    got = arguments(predict(text))
    assert (span(text, "اتصالاً هاتفياً"), "Participant", span(text, "إيمانويل ماكرون")) in got
    assert not any(t == span(text, "وقف إطلاق النار") for t, _, _ in got)


def test_a_bare_title_after_an_accusation_verb_is_its_subject() -> None:
    text = "من جهته، اتهم ممثل السودان قوات الدعم السريع بخرق الهدنة."
    got = arguments(predict(text))
    accused = span(text, "قوات الدعم السريع")
    assert (span(text, "اتهم"), "Accused", accused) in got
    assert (span(text, "اتهم"), "Accuser", accused) not in got


def test_the_body_whose_fighters_act_is_the_agent() -> None:
    text = 'وسيطر مسلحون من "حركة الشباب" على قرية عيل بور.'
    got = arguments(predict(text))
    assert (span(text, "سيطر"), "Agent", span(text, "حركة الشباب")) in got
    text = "وأفرج متمردو جيش التحرير الوطني، أمس السبت، عن ستة جنود."
    got = arguments(predict(text))
    assert (span(text, "أفرج"), "Agent", span(text, "جيش التحرير الوطني")) in got
