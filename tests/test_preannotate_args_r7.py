"""Argument rules of the seventh round: error classes of the attachment logic seen in the newly
opened development sets K and L and in at least one older set. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from tests.test_preannotate_events_r4 import arguments, span, triggers
from tests.test_preannotate_patterns import predict


def test_a_quoted_accused_before_its_masdar_is_the_object_not_the_subject() -> None:
    text = 'ونفى المتحدث باسم الجيش أحمد حسن الخبر، واتهم "حركة الشباب" بقصف أحياء سكنية.'
    got = arguments(predict(text))
    accuse = span(text, "اتهم")
    assert (accuse, "Accused", span(text, "حركة الشباب")) in got
    assert (accuse, "Accuser", span(text, "حركة الشباب")) not in got


def test_the_ba_apart_from_a_quoted_masdar_opens_the_accusation() -> None:
    text = 'واتهم رئيس الوزراء محمد علي "حركة الشباب" بـ"ترهيب السكان".'
    got = arguments(predict(text))
    accuse = span(text, "اتهم")
    assert (accuse, "Accused", span(text, "حركة الشباب")) in got
    assert (accuse, "Accuser", span(text, "محمد علي")) in got


def test_a_mention_inside_a_relative_clause_on_the_object_is_not_the_accused() -> None:
    text = (
        "واتهم المتحدث باسم الحكومة سمير علي التحالف الذي يتزعمه الرئيس السابق محمد حسن "
        'بـ"السعي إلى نسف الاتفاق".'
    )
    got = arguments(predict(text))
    assert not any(role == "Accused" for _, role, _ in got)


def test_the_genitive_of_a_bare_feminine_noun_is_not_the_accused() -> None:
    text = "واتهم رئيس الوزراء محمد علي إدارة ترامب بالتخلي عن الحلفاء."
    got = arguments(predict(text))
    assert (span(text, "اتهم"), "Accused", span(text, "ترامب")) not in got
    text = "واتهم رئيس الوزراء محمد علي فصائل مسلحة عراقية واشنطن بانتهاك السيادة."
    got = arguments(predict(text))
    assert (span(text, "اتهم"), "Accused", span(text, "واشنطن")) in got


def test_a_received_call_has_its_receiver_and_its_caller_as_participants() -> None:
    text = (
        "وتلقى الرئيس سمير حداد اتصالاً هاتفياً من وزير الخارجية السعودي الأمير فيصل بن فرحان، "
        "بحثا خلاله الأوضاع."
    )
    got = arguments(predict(text))
    for trigger in ("اتصالاً هاتفياً", "بحثا"):
        assert (span(text, trigger), "Participant", span(text, "سمير حداد")) in got
        assert (span(text, trigger), "Participant", span(text, "فيصل بن فرحان")) in got
    text = (
        "وفي اتصال هاتفي تلقاه وزير الخارجية المصري بدر عبد العاطي من نظيره الأردني "
        "أيمن الصفدي، مساء أمس، بحث الوزيران التطورات."
    )
    got = arguments(predict(text))
    call = span(text, "اتصال هاتفي")
    assert (call, "Participant", span(text, "بدر عبد العاطي")) in got
    assert (call, "Participant", span(text, "أيمن الصفدي")) in got


def test_a_masdar_with_the_pronoun_of_the_announcer_is_the_announcers_deed() -> None:
    text = "أعلنت «قوات الدعم السريع»، مساء الأحد، سيطرتها الكاملة على مدينة بابنوسة."
    got = arguments(predict(text))
    assert (span(text, "سيطرتها"), "Agent", span(text, "قوات الدعم السريع")) in got
    text = 'أعلن "جيش أراكان" المسلح، الثلاثاء، سيطرته على مقر الكتيبة.'
    got = arguments(predict(text))
    assert (span(text, "سيطرته"), "Agent", span(text, "جيش أراكان")) in got
    text = "أعلنت وزارة الدفاع سيطرة الجيش على البلدة."
    got = arguments(predict(text))
    assert (span(text, "سيطرة"), "Agent", span(text, "وزارة الدفاع")) not in got


def test_a_meeting_during_which_sides_agreed_has_them_as_participants() -> None:
    text = (
        "وكان الرئيس الكيني وليام روتو قد اتفق مع نظيره الصومالي حسن شيخ محمود، "
        "خلال قمة عُقدت في نيروبي، على تمديد المهمة."
    )
    got = arguments(predict(text))
    summit = span(text, "قمة")
    assert (summit, "Participant", span(text, "وليام روتو")) in got
    assert (summit, "Participant", span(text, "حسن شيخ محمود")) in got
    text = (
        "اتفقت روسيا وأوكرانيا، الإثنين، خلال جولة ثانية من المحادثات المباشرة في إسطنبول، "
        "على تبادل الأسرى."
    )
    got = arguments(predict(text))
    talks = span(text, "المحادثات")
    assert (talks, "Participant", span(text, "روسيا")) in got
    assert (talks, "Participant", span(text, "أوكرانيا")) in got


def test_a_meeting_after_another_verb_takes_no_sides_of_an_earlier_agreement() -> None:
    text = (
        "واتفق الرئيس وليام روتو مع نظيره حسن شيخ محمود على التهدئة، "
        "وقال إن الخلاف سيُبحث خلال قمة إقليمية."
    )
    got = arguments(predict(text))
    assert not any(role == "Participant" for _, role, _ in got)


def test_quote_marks_and_a_place_do_not_hide_the_signers_of_a_quoted_agreement() -> None:
    text = 'كينشاسا وحركة "إم23" توقّعان في الدوحة "اتفاق إطار" للسلام'
    got = arguments(predict(text))
    deal = span(text, "اتفاق")
    assert (deal, "Party", span(text, "كينشاسا")) in got
    assert (deal, "Party", span(text, 'حركة "إم23"')) in got
    assert (deal, "Party", span(text, "الدوحة")) not in got
    text = 'وقّعت حكومة السودان وحركة العدل والمساواة، السبت في الدوحة، "اتفاق إطار" للسلام.'
    got = arguments(predict(text))
    deal = span(text, "اتفاق")
    assert (deal, "Party", span(text, "حكومة السودان")) in got
    assert (deal, "Party", span(text, "حركة العدل والمساواة")) in got


def test_bahathat_is_a_talks_verb_not_ba_before_a_verb_of_urging() -> None:
    text = "والتقت الوزيرة سلمى حداد الرئيس سمير علي، وبحثت معه تطبيق الاتفاق."
    got = triggers(predict(text))
    assert ("Meet", span(text, "بحثت")) in got
    assert not any(kind == "Request" for kind, _ in got)


def test_spoken_ba_before_an_imperfect_and_a_ba_masdar_stay_triggers() -> None:
    text = "سؤال: بس الحكومة بتقول إن الجيش قصف القرية."
    got = triggers(predict(text))
    assert ("Statement", span(text, "تقول")) in got
    text = "طالبت الحكومة الجيش بسحب قواته من البلدة."
    got = triggers(predict(text))
    assert ("Withdraw", span(text, "سحب")) in got


def test_a_suicide_bomber_detonating_is_an_attack_and_dawn_is_not() -> None:
    text = "وفي إقليم هلمند، فجّر انتحاري سيارة مفخخة عند بوابة قاعدة عسكرية."
    assert ("Attack", span(text, "فجّر")) in triggers(predict(text))
    text = "وقعت الاشتباكات فجر الثلاثاء في بلدة الحمرا."
    assert not any(s == span(text, "فجر") for _, s in triggers(predict(text)))


def test_casualties_of_a_when_clause_attack_take_the_claimant_of_the_same_incident() -> None:
    text = (
        "قُتل 12 شخصاً وأُصيب 20 آخرون، عندما فجّر انتحاري سيارة مفخخة قرب سوق في بلدة "
        "الحمرا، في هجوم تبناه تنظيم داعش."
    )
    got = arguments(predict(text))
    for trigger in ("قُتل", "أُصيب"):
        assert (span(text, trigger), "Agent", span(text, "تنظيم داعش")) in got


def test_the_protocols_of_a_deal_are_agreements() -> None:
    text = "ويتضمن الاتفاق خمسة بروتوكولات، على أن تُستأنف المفاوضات حول البروتوكولات الأخرى."
    got = triggers(predict(text))
    assert ("Agreement", span(text, "بروتوكولات")) in got
    assert ("Agreement", span(text, "البروتوكولات")) in got


def test_a_date_after_the_topic_of_talks_dates_the_talks() -> None:
    text = "وتُستأنف المفاوضات حول البروتوكولات الأخرى الأسبوع المقبل في جنيف."
    got = arguments(predict(text))
    assert (span(text, "المفاوضات"), "Time", span(text, "الأسبوع المقبل")) in got
    assert (span(text, "البروتوكولات"), "Time", span(text, "الأسبوع المقبل")) not in got
    text = "تم التوصل إلى اتفاق بشأن الوقف الكامل لإطلاق النار اليوم الساعة العاشرة."
    got = arguments(predict(text))
    ceasefire = span(text, "الوقف الكامل لإطلاق النار")
    assert (ceasefire, "Time", span(text, "اليوم")) in got


def test_the_subject_of_a_light_verb_keeps_its_patron_and_adjectives() -> None:
    text = 'كما تبنّت "جماعة أنصار الدين" المرتبطة بتنظيم القاعدة هجوماً انتحارياً على قاعدة للجيش.'
    got = arguments(predict(text))
    assert (span(text, "هجوماً"), "Attacker", span(text, "جماعة أنصار الدين")) in got
    assert (span(text, "هجوماً"), "Attacker", span(text, "تنظيم القاعدة")) not in got
    text = (
        'وقّعت حكومة السودان وحركة "تحرير السودان" المسلحة، المدعومة من تشاد، السبت في '
        'الدوحة "اتفاق إطار" للسلام.'
    )
    got = arguments(predict(text))
    deal = span(text, "اتفاق")
    assert (deal, "Party", span(text, "حكومة السودان")) in got
    assert (deal, "Party", span(text, "تشاد")) not in got


def test_a_person_and_his_counterpart_are_coordinated() -> None:
    text = "وكان الرئيس الكيني وليام روتو ونظيره الصومالي حسن شيخ محمود قد التقيا في نيروبي."
    got = arguments(predict(text))
    met = span(text, "التقيا")
    assert (met, "Participant", span(text, "وليام روتو")) in got
    assert (met, "Participant", span(text, "حسن شيخ محمود")) in got
    text = "التقى الوزير سمير حداد، أمس في جنيف، الوزيرة سلمى علي ونظيرها المصري محمد حسن."
    got = arguments(predict(text))
    met = span(text, "التقى")
    assert (met, "Participant", span(text, "محمد حسن")) in got


def test_the_one_who_declares_a_stop_is_a_party_to_it() -> None:
    text = "وفي وقت لاحق، أعلن الرئيس الأمريكي دونالد ترامب وقف الغارات على اليمن."
    got = arguments(predict(text))
    assert (span(text, "وقف الغارات"), "Party", span(text, "دونالد ترامب")) in got
    text = "هدوء حذر يسود طرابلس بعد إعلان وزارة الدفاع وقف إطلاق النار."
    got = arguments(predict(text))
    assert (span(text, "وقف إطلاق النار"), "Party", span(text, "وزارة الدفاع")) in got
    text = "أرمينيا وأذربيجان تعلنان وقف إطلاق النار"
    got = arguments(predict(text))
    assert (span(text, "وقف إطلاق النار"), "Party", span(text, "أرمينيا")) in got


def test_the_announcer_of_a_deal_is_not_made_its_party() -> None:
    text = "وسلطنة عمان أعلنت التوصل إلى اتفاق لوقف إطلاق النار."
    got = arguments(predict(text))
    assert not any(role == "Party" for _, role, _ in got)


def test_the_person_named_after_a_death_noun_is_its_victim() -> None:
    text = "مصادر محلية: مقتل رئيس جهاز الأمن الوقائي سمير حداد داخل معسكر الشرطة."
    got = arguments(predict(text))
    assert (span(text, "مقتل"), "Victim", span(text, "سمير حداد")) in got
    text = "اغتيال رئيس المكتب السياسي لحركة حماس إسماعيل هنية في طهران"
    got = arguments(predict(text))
    assert (span(text, "اغتيال"), "Victim", span(text, "إسماعيل هنية")) in got


def test_a_name_not_ended_is_no_victim() -> None:
    text = "ويأتي ذلك بعد أسبوعين من مقتل الرائد سمير الخوالدة من الجيش."
    got = arguments(predict(text))
    victims = [a for _, role, a in got if role == "Victim"]
    assert all(a == span(text, "سمير الخوالدة") for a in victims)


def test_the_holder_of_two_offices_joined_by_wa_is_the_subject() -> None:
    text = "أعلن وزير الإعلام والمتحدث باسم الحكومة سمير حداد أن الاعتقالات قانونية."
    got = arguments(predict(text))
    assert (span(text, "أعلن"), "Speaker", span(text, "سمير حداد")) in got


def test_a_town_or_facility_right_after_an_attack_verb_is_its_target() -> None:
    text = "وقال مسؤولون إن مسلحين من حركة الشباب هاجموا فجر الأربعاء بلدة جلب الواقعة على النهر."
    got = arguments(predict(text))
    assert (span(text, "هاجموا"), "Target", span(text, "جلب")) in got
    text = "إسرائيل تقصف مطار صنعاء وميناء الحديدة"
    got = arguments(predict(text))
    assert (span(text, "تقصف"), "Target", span(text, "مطار صنعاء")) in got
    assert (span(text, "تقصف"), "Target", span(text, "ميناء الحديدة")) in got


def test_a_subject_noun_or_a_camp_after_the_verb_is_no_target() -> None:
    text = "وقصفت الطائرات مدينة حلب."
    got = arguments(predict(text))
    assert not any(role == "Target" for _, role, _ in got)
    text = "وكانت القوات الإسرائيلية قد اقتحمت فجر اليوم مخيم جنين."
    got = arguments(predict(text))
    assert not any(role == "Target" for _, role, _ in got)


def test_a_request_verb_with_an_object_pronoun_continues_the_verb_before_it() -> None:
    text = (
        "التقى المبعوث الأممي سمير حداد، الأربعاء، الرئيس محمد علي في دمشق، "
        "وحثه على وقف الغارات الجوية."
    )
    got = arguments(predict(text))
    urged = span(text, "حثه")
    assert (urged, "Addressee", span(text, "محمد علي")) in got
    assert (urged, "Requester", span(text, "سمير حداد")) in got
    assert (urged, "Requester", span(text, "محمد علي")) not in got
    text = 'الرئيس محمد علي يتهم "جهاز الردع" بالاختطاف، ويطالبه بتسليم المطار.'
    got = arguments(predict(text))
    assert (span(text, "يطالبه"), "Addressee", span(text, "جهاز الردع")) in got


def test_a_meeting_noun_with_the_subjects_pronoun_was_held_by_the_subject() -> None:
    text = (
        "ودعا المبعوث الصيني الخاص سمير حداد، خلال لقائه رئيس المجلس العسكري الجنرال محمد علي "
        "في نايبيداو، إلى تثبيت التهدئة."
    )
    got = arguments(predict(text))
    meeting = span(text, "لقائه")
    assert (meeting, "Participant", span(text, "سمير حداد")) in got
    assert (meeting, "Participant", span(text, "محمد علي")) in got
    assert not any(role == "Party" for _, role, _ in got)
    text = "واتهم رئيس الوزراء سمير حداد العصابات بالإرهاب، بعد اجتماعه في جنيف مع الوزير محمد علي."
    got = arguments(predict(text))
    meeting = span(text, "اجتماعه")
    assert (meeting, "Participant", span(text, "سمير حداد")) in got
    assert (meeting, "Participant", span(text, "محمد علي")) in got


def test_the_sponsor_or_overseer_named_after_the_event_is_its_mediator() -> None:
    text = "تجدد الوزارة دعمها للحوار الذي يرعاه الاتحاد الأوروبي بين بلغراد وبريشتينا."
    got = arguments(predict(text))
    talks = span(text, "لحوار", "ل")  # للحوار: the article contracted after ل
    assert (talks, "Mediator", span(text, "الاتحاد الأوروبي")) in got
    assert (talks, "Participant", span(text, "الاتحاد الأوروبي")) not in got
    text = "ويتضمن الاتفاق تبادلاً للأسرى تشرف عليه اللجنة الدولية للصليب الأحمر."
    got = arguments(predict(text))
    assert (
        span(text, "تبادلاً للأسرى"),
        "Mediator",
        span(text, "اللجنة الدولية للصليب الأحمر"),
    ) in got
    text = "واتهمت الجماعة الجيش بخرق الهدنة التي رعتها بكين في كانون الثاني."
    got = arguments(predict(text))
    assert (span(text, "الهدنة"), "Party", span(text, "بكين")) not in got


def test_the_territory_named_with_a_dual_descriptor_is_each_town() -> None:
    text = "وتسيطر حركة الشباب منذ مطلع العام على مدينتي جلب وبارديرا."
    got = arguments(predict(text))
    held = span(text, "تسيطر")
    assert (held, "Territory", span(text, "جلب")) in got
    assert (held, "Territory", span(text, "بارديرا")) in got


def test_a_place_fronted_before_the_verb_locates_it() -> None:
    text = "وفي بيروت، التقت المنسقة الخاصة سلمى حداد الرئيس محمد علي."
    got = arguments(predict(text))
    assert (span(text, "التقت"), "Place", span(text, "بيروت")) in got
    text = "وقال الوزير إن الجيش انتشر في بيروت، والتقت المنسقة الخاصة سلمى حداد الرئيس محمد علي."
    got = arguments(predict(text))
    assert (span(text, "التقت"), "Place", span(text, "بيروت")) not in got


def test_the_place_troops_leave_is_the_object_of_the_verb_of_leaving() -> None:
    text = "وأعلنت الوزارة أن آخر الجنود غادروا أمس الجمعة القاعدة الجوية 201 في أغاديز."
    got = arguments(predict(text))
    assert (span(text, "غادروا"), "Origin", span(text, "القاعدة الجوية 201")) in got
    text = "وقالت الشرطة الكينية إن عناصرها سيغادرون هايتي بعد تسلم القوة الجديدة مهامها."
    got = arguments(predict(text))
    assert (span(text, "يغادرون"), "Origin", span(text, "هايتي")) in got


def test_a_weapon_glued_to_ba_after_the_casualties_is_their_instrument() -> None:
    text = "استُشهد ثلاثة شبان وأُصيب ١١ آخرون، بينهم طفلان، برصاص القوات الإسرائيلية."
    got = arguments(predict(text))
    for trigger in ("استُشهد", "أُصيب"):
        assert (span(text, trigger), "Instrument", span(text, "رصاص")) in got
    text = "وقال المسؤول إن المستشفى استقبل عشرات الجرحى، بينهم امرأتان أُصيبتا برصاص قناصة."
    got = arguments(predict(text))
    assert (span(text, "أُصيبتا"), "Instrument", span(text, "رصاص")) in got
    assert (span(text, "الجرحى"), "Instrument", span(text, "رصاص")) not in got
