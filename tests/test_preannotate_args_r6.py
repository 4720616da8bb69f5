"""Argument rules of the sixth round: error classes of the attachment logic seen in the newly
opened development sets I and J and in at least one older set. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from tests.test_preannotate_events_r4 import arguments, span
from tests.test_preannotate_patterns import predict


def test_any_speech_participle_continues_the_speaker_of_its_clause() -> None:
    text = "وقال وزير الدفاع يوسف حداد إن قواته صدت الهجوم، متوعداً المسلحين برد قاس."
    got = arguments(predict(text))
    assert (span(text, "متوعداً"), "Speaker", span(text, "يوسف حداد")) in got
    text = "ودعت وزارة الخارجية الطرفين إلى التهدئة، مهددةً بتعليق الوساطة."
    got = arguments(predict(text))
    assert (span(text, "مهددةً"), "Speaker", span(text, "وزارة الخارجية")) in got


def test_a_plural_verb_takes_no_subject_after_it() -> None:
    text = "وقال شهود إن مسلحين هاجموا قرية الحمرا بقذائف الهاون."
    got = arguments(predict(text))
    assert not any(role == "Attacker" for _, role, _ in got)
    text = "واجتمع القادة في القاهرة، ودعوا حركة حماس إلى التهدئة."
    got = arguments(predict(text))
    assert (span(text, "دعوا"), "Addressee", span(text, "حركة حماس")) in got
    assert not any(role == "Requester" for _, role, _ in got)


def test_a_singular_verb_ending_in_an_or_a_pronoun_still_takes_its_subject() -> None:
    text = "وأدان الاتحاد الأوروبي الهجوم على القافلة."
    got = arguments(predict(text))
    assert (span(text, "أدان"), "Accuser", span(text, "الاتحاد الأوروبي")) in got


def test_a_verb_after_lakinna_with_a_pronoun_keeps_the_subject_of_the_clause() -> None:
    text = "ولم تؤكد وزارة الدفاع عدد القتلى، لكنها دانت الهجوم على القافلة."
    got = arguments(predict(text))
    assert (span(text, "دانت"), "Accuser", span(text, "وزارة الدفاع")) in got


def test_the_people_freed_follow_an_past_the_doer_a_date_or_an_adjective() -> None:
    text = "أفرجت حركة حماس، مساء الأحد، عن ستة رهائن في رفح."
    got = arguments(predict(text))
    assert (span(text, "أفرجت"), "Person", span(text, "ستة رهائن")) in got
    text = "وطالبت الحكومة بالإفراج الفوري عن ثلاثة صحفيين محتجزين."
    got = arguments(predict(text))
    assert (span(text, "الإفراج"), "Person", span(text, "ثلاثة صحفيين")) in got


def test_an_an_of_a_later_clause_names_nobody_freed() -> None:
    text = "أفرجت السلطات عن الموقوفين، وقالت إن التحقيق كشف عن ثلاثة متورطين."
    got = arguments(predict(text))
    assert not any(role == "Person" for _, role, _ in got)


def test_the_doer_of_a_withdrawal_or_disarmament_named_through_its_fighters() -> None:
    text = "واستعاد الجيش البلدة بعد انسحاب مسلحي حركة الشباب منها."
    got = arguments(predict(text))
    assert (span(text, "انسحاب"), "Agent", span(text, "حركة الشباب")) in got
    text = "وبدأت المرحلة الأخيرة من نزع سلاح مقاتلي جبهة البوليساريو."
    got = arguments(predict(text))
    assert (span(text, "نزع سلاح"), "Agent", span(text, "جبهة البوليساريو")) in got


def test_a_release_noun_takes_its_genitive_as_doer_only_before_an() -> None:
    text = "ونص الاتفاق على إفراج الخرطوم عن 40 معتقلاً."
    got = arguments(predict(text))
    assert (span(text, "إفراج"), "Agent", span(text, "الخرطوم")) in got


def test_the_body_of_a_counted_subject_laid_the_weapons_down() -> None:
    text = "وسلّم نحو 300 مقاتل من حركة العدل والمساواة أسلحتهم للجيش."
    got = arguments(predict(text))
    assert (span(text, "سلّم"), "Agent", span(text, "حركة العدل والمساواة")) in got


def test_the_subjects_of_a_light_verb_of_resuming_or_signing_are_the_parties() -> None:
    text = "الخرطوم وجوبا تستأنفان المفاوضات في أديس أبابا."
    got = arguments(predict(text))
    talks = span(text, "المفاوضات")
    assert (talks, "Participant", span(text, "الخرطوم")) in got
    assert (talks, "Participant", span(text, "جوبا")) in got


def test_a_date_after_a_light_verb_is_not_its_subject() -> None:
    text = "وقال المتحدث إن الرئيس إيمانويل ماكرون أجرى مساء الأحد اتصالاً هاتفياً بنظيره."
    got = arguments(predict(text))
    call = span(text, "اتصالاً هاتفياً")
    assert (call, "Participant", span(text, "إيمانويل ماكرون")) in got


def test_a_mediator_named_by_a_title_and_a_name() -> None:
    text = "ووقّع الطرفان اتفاقاً للسلام برعاية الرئيس الكيني وليام روتو."
    got = arguments(predict(text))
    assert (span(text, "اتفاقاً"), "Mediator", span(text, "وليام روتو")) in got


def test_a_talks_verb_before_khilalahu_continues_the_call_named_before_it() -> None:
    text = "وأجرى وزير الخارجية سامح شكري مساء الأحد اتصالاً هاتفياً بنظيره الأردني أيمن الصفدي، بحثا خلاله الأوضاع في غزة."
    got = arguments(predict(text))
    verb = span(text, "بحثا")
    assert (verb, "Participant", span(text, "أيمن الصفدي")) in got
    assert (verb, "Time", span(text, "مساء الأحد")) in got


def test_the_date_of_a_statement_noun_also_dates_the_verb_it_tells_the_manner_of() -> None:
    text = "واتهمت وزارة الخارجية، في بيان مساء الأحد، الحكومة السودانية بخرق الهدنة."
    got = arguments(predict(text))
    when = span(text, "مساء الأحد")
    assert (span(text, "اتهمت"), "Time", when) in got
    assert (span(text, "بيان"), "Time", when) in got


def test_a_date_of_the_verb_does_not_reach_a_noun_of_another_kind_of_act() -> None:
    text = "واتهمت وزارة الخارجية، مساء الأحد، الحكومة السودانية في اجتماع مغلق بخرق الهدنة."
    got = arguments(predict(text))
    assert not any(t == span(text, "اجتماع") and role == "Time" for t, role, _ in got)


def test_the_speaker_of_a_statement_noun_named_after_it() -> None:
    text = "بيان صادر عن وزارة الخارجية بشأن الوضع في دارفور."
    got = arguments(predict(text))
    assert (span(text, "بيان"), "Speaker", span(text, "وزارة الخارجية")) in got
    text = "ورحبت الحكومة بإعلان المبعوث الأممي هانس غروندبرغ عقد جولة جديدة."
    got = arguments(predict(text))
    assert (span(text, "إعلان"), "Speaker", span(text, "هانس غروندبرغ")) in got


def test_the_genitive_of_a_noun_of_informing_is_told_not_telling() -> None:
    text = "وتم إبلاغ قوات حفظ السلام بالقرار."
    got = arguments(predict(text))
    assert not any(role == "Speaker" for _, role, _ in got)


def test_the_antecedent_led_by_a_person_is_the_subject_of_the_relative() -> None:
    text = "وترفض ذلك الحكومة الإسرائيلية برئاسة بنيامين نتنياهو، التي تؤكد أن العملية مستمرة."
    got = arguments(predict(text))
    assert (span(text, "تؤكد"), "Speaker", span(text, "الحكومة الإسرائيلية")) in got


def test_the_sides_of_a_clash_named_through_their_units() -> None:
    text = "اندلعت اشتباكات بين وحدات من الجيش السوداني ومسلحين ينتمون إلى قوات الدعم السريع."
    got = arguments(predict(text))
    clash = span(text, "اشتباكات")
    assert (clash, "Attacker", span(text, "الجيش السوداني")) in got
    assert (clash, "Attacker", span(text, "قوات الدعم السريع")) in got


def test_a_side_named_by_a_bare_noun_leaves_the_other_side_and_no_agent_of_the_deaths() -> None:
    text = "تجددت الاشتباكات بين فصائل محلية مسلحة ومجموعات من البدو، ما أسفر عن مقتل سبعة أشخاص."
    got = arguments(predict(text))
    assert (span(text, "الاشتباكات"), "Attacker", span(text, "البدو")) in got
    assert not any(role == "Agent" for _, role, _ in got)


def test_the_sides_after_the_place_of_the_fight() -> None:
    text = "وقعت الاشتباكات في منطقة أبيي بين الجيش السوداني وقوات الدعم السريع."
    got = arguments(predict(text))
    clash = span(text, "الاشتباكات")
    assert (clash, "Attacker", span(text, "الجيش السوداني")) in got
    assert (clash, "Attacker", span(text, "قوات الدعم السريع")) in got


def test_a_delegation_from_a_government_led_by_a_titled_person_takes_part() -> None:
    text = "والتقى وفد من الحكومة الصومالية برئاسة وزير الخارجية الفريق خالد عمر يوسف قادة الحركة."
    got = arguments(predict(text))
    meet = span(text, "التقى")
    assert (meet, "Participant", span(text, "الحكومة الصومالية")) in got
    assert (meet, "Participant", span(text, "خالد عمر يوسف")) in got


def test_the_body_in_the_genitive_of_a_meeting_noun_holds_the_meeting() -> None:
    text = "واتفق الجانبان على عقد اجتماع للجنة العسكرية المشتركة الأسبوع المقبل."
    got = arguments(predict(text))
    assert (span(text, "اجتماع"), "Participant", span(text, "لجنة العسكرية المشتركة")) in got


def test_a_place_name_after_a_meeting_noun_is_no_participant() -> None:
    text = "وانطلقت محادثات جدة الأسبوع الماضي."
    got = arguments(predict(text))
    assert not any(role == "Participant" for _, role, _ in got)


def test_feminine_dual_light_verbs_and_a_place_before_the_noun() -> None:
    text = "وكانت الحكومة الإثيوبية وجبهة تحرير أورومو قد وقّعتا في آذار 2023 اتفاقاً للسلام."
    got = arguments(predict(text))
    deal = span(text, "اتفاقاً")
    assert (deal, "Party", span(text, "جبهة تحرير أورومو")) in got
    text = "ووقّعت الحكومة الليبية، مساء الأحد في العاصمة التونسية تونس، اتفاقاً مع المجلس الرئاسي."
    got = arguments(predict(text))
    assert (span(text, "اتفاقاً"), "Party", span(text, "الحكومة الليبية")) in got


def test_the_object_of_an_accusation_participle_or_of_a_verb_after_its_subject() -> None:
    text = "وقال المتحدث إن الهجوم فشل، متهماً الرئيس فيصل الخطيب بالتحريض."
    got = arguments(predict(text))
    assert (span(text, "متهماً"), "Accused", span(text, "فيصل الخطيب")) in got
    text = "وكانت بغداد قد اتهمت أنقرة مراراً بانتهاك سيادتها."
    got = arguments(predict(text))
    assert (span(text, "اتهمت"), "Accused", span(text, "أنقرة")) in got


def test_an_attack_laid_or_claimed_by_the_fighters_of_a_body() -> None:
    text = "قُتل ستة جنود في كمين نصبه مسلحون من حركة الشباب قرب مدينة بلدوين."
    got = arguments(predict(text))
    group = span(text, "حركة الشباب")
    assert (span(text, "كمين"), "Attacker", group) in got
    assert (span(text, "قُتل"), "Agent", group) in got


def test_a_body_speaking_through_a_person_has_both_as_speakers() -> None:
    text = "ونفت طهران، على لسان المتحدث باسم الخارجية ناصر كنعاني، هذه الاتهامات."
    got = arguments(predict(text))
    denial = span(text, "نفت")
    assert (denial, "Speaker", span(text, "طهران")) in got
    assert (denial, "Speaker", span(text, "ناصر كنعاني")) in got


def test_a_count_before_the_verb_past_ala_al_aqall_and_the_counts_coordinated() -> None:
    text = "وقالت السلطات إن ١٢ شخصاً على الأقل قُتلوا في الانفجار."
    got = arguments(predict(text))
    assert (span(text, "قُتلوا"), "Victim", span(text, "١٢ شخصاً")) in got
    text = "قُتل خمسة جنود وثلاثة مدنيين في الهجوم."
    got = arguments(predict(text))
    assert (span(text, "قُتل"), "Victim", span(text, "ثلاثة مدنيين")) in got


def test_a_coordinated_count_holding_its_own_trigger_is_not_a_victim() -> None:
    text = "ارتفعت حصيلة الغارة إلى ستة قتلى و١٨ جريحاً."
    got = arguments(predict(text))
    assert not any(t == span(text, "قتلى") and e == span(text, "١٨ جريحاً") for t, _, e in got)


def test_an_agreement_named_after_the_city_where_it_was_signed() -> None:
    text = "ويهدد التصعيد اتفاق نيروبي الموقع قبل عامين."
    got = arguments(predict(text))
    assert (span(text, "اتفاق"), "Place", span(text, "نيروبي")) in got
    text = 'ووقع الطرفان اتفاق "نيروبي" للتعاون الأمني.'
    got = arguments(predict(text))
    assert not any(role == "Place" for _, role, _ in got)


def test_the_subject_of_a_verb_of_undergoing_is_the_target_of_the_attack() -> None:
    text = "وتعرّضت قاعدة بلد الجوية، مساء الأحد، لهجوم بطائرات مسيّرة."
    got = arguments(predict(text))
    assert (span(text, "هجوم"), "Target", span(text, "قاعدة بلد الجوية")) in got
    text = "وقال الجيش إن دورية للقوات الدولية تعرضت لإطلاق نار قرب الحدود."
    got = arguments(predict(text))
    assert (span(text, "إطلاق نار"), "Target", span(text, "لقوات الدولية")) in got


def test_a_verb_joined_by_waw_takes_the_subject_of_the_clause_before_not_its_object() -> None:
    text = "أنقرة تتهم حزب العمال الكردستاني وتعلن مقتل 5 مسلحين."
    got = arguments(predict(text))
    assert (span(text, "تعلن"), "Speaker", span(text, "أنقرة")) in got
    assert not any(t == span(text, "تعلن") and e != span(text, "أنقرة") for t, _, e in got)
    text = "ورحّب وزير الخارجية سامح شكري بالاتفاق، ووصفه بأنه خطوة مهمة."
    got = arguments(predict(text))
    assert (span(text, "وصفه"), "Speaker", span(text, "سامح شكري")) in got


def test_the_one_asked_after_min_and_an_object_past_a_date_or_an_abbreviation() -> None:
    text = "وكانت الحكومة قد طلبت من مصر وقطر الضغط على الحركة."
    got = arguments(predict(text))
    assert (span(text, "طلبت"), "Addressee", span(text, "مصر")) in got
    assert (span(text, "طلبت"), "Addressee", span(text, "قطر")) in got
    text = "وأمرت محكمة العدل الدولية اليوم الخميس إسرائيل بوقف العمليات العسكرية."
    got = arguments(predict(text))
    assert (span(text, "أمرت"), "Addressee", span(text, "إسرائيل")) in got


def test_the_sides_named_after_their_governments_are_the_addressees() -> None:
    text = "تدعو الوزارة حكومتي السودان وجنوب السودان إلى ضبط النفس."
    got = arguments(predict(text))
    assert (span(text, "تدعو"), "Addressee", span(text, "جنوب السودان")) in got


def test_the_accused_does_the_masdar_after_a_detached_beh_and_a_quote() -> None:
    text = 'كييف تتهم موسكو بـ"قصف" المدنيين في خاركيف.'
    got = arguments(predict(text))
    assert (span(text, "قصف"), "Attacker", span(text, "موسكو")) in got


def test_the_weapons_handed_over_past_an_adjunct_a_count_or_a_partitive() -> None:
    text = "وأوضح المسؤول أن المقاتلين سلّموا خلال هذه المرحلة بنادق هجومية وقذائف هاون."
    got = arguments(predict(text))
    assert (span(text, "سلّموا"), "Artifact", span(text, "قذائف هاون")) in got
    text = "تسليم ٥٠٠ قطعة من الأسلحة في إطار الاتفاق."
    got = arguments(predict(text))
    assert (span(text, "تسليم"), "Artifact", span(text, "الأسلحة")) in got


def test_the_place_of_the_unnamed_spot_forces_withdraw_from() -> None:
    text = "وأعلن الجيش انسحاب قواته من مواقعها قرب مدينة الفاشر."
    got = arguments(predict(text))
    assert (span(text, "انسحاب"), "Origin", span(text, "الفاشر")) in got
    text = "واتفق الطرفان على سحب الوحدات المنتشرة قرب مدينة كادوقلي."
    got = arguments(predict(text))
    assert (span(text, "سحب"), "Origin", span(text, "كادوقلي")) in got


def test_a_date_heading_the_sentence_dates_its_first_event_however_far() -> None:
    text = (
        "وفي فجر الأحد الماضي تعرّضت دورية تابعة لقوات حفظ السلام قرب قرية الحمرا الحدودية"
        " لهجوم مسلح، ما أسفر عن مقتل جنديين."
    )
    got = arguments(predict(text))
    assert (span(text, "هجوم"), "Time", span(text, "فجر الأحد الماضي")) in got


def test_a_live_blog_entry_stamp_heading_the_line_dates_nothing() -> None:
    text = "18:50 - مراسلنا في الجنوب: مسيّرة إسرائيلية تقصف سيارة على طريق الناقورة."
    got = arguments(predict(text))
    assert not any(role == "Time" for _, role, _ in got)


def test_the_partner_of_a_call_past_a_date_aside_and_several_titles() -> None:
    text = "وبحث الوزير في اتصال هاتفي، مساء الأربعاء، مع نظيره التركي هاكان فيدان الأوضاع."
    got = arguments(predict(text))
    assert (span(text, "اتصال هاتفي"), "Participant", span(text, "هاكان فيدان")) in got
    text = (
        "وأجرى الوزير اتصالات مع كل من رئيس أذربيجان إلهام علييف ورئيس وزراء أرمينيا"
        ' نيكول باشينيان، وحث أذربيجان على "وقف الأعمال العسكرية".'
    )
    got = arguments(predict(text))
    assert (span(text, "اتصالات"), "Participant", span(text, "نيكول باشينيان")) in got
    assert not any(role == "Party" for _, role, _ in got)


def test_the_addressee_of_a_request_does_what_is_requested() -> None:
    text = "ودعا الاتحاد الأوروبي روسيا إلى سحب قواتها من الحدود."
    got = arguments(predict(text))
    assert (span(text, "سحب"), "Agent", span(text, "روسيا")) in got
    text = "ودعت مصر حركة حماس إلى استئناف المفاوضات."
    got = arguments(predict(text))
    assert (span(text, "المفاوضات"), "Participant", span(text, "حركة حماس")) in got


def test_one_side_asked_to_stop_is_no_party_of_a_deal() -> None:
    text = 'وحثّ الوزير أذربيجان على "وقف الأعمال القتالية" فوراً.'
    got = arguments(predict(text))
    assert not any(role == "Party" for _, role, _ in got)


def test_a_count_after_a_death_verb_past_a_prepositional_pronoun() -> None:
    text = "واندلعت مواجهات في المدينة استمرت يومين، وقُتل فيها أكثر من مئة شخص."
    got = arguments(predict(text))
    assert (span(text, "قُتل"), "Victim", span(text, "أكثر من مئة شخص")) in got
