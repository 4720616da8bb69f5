"""The trigger lexicon's generated paradigms (trigger_forms.py, the VP/PP/NP rows of
triggers.tsv): morphology of each verb class, no common non-event word among the generated
keys, and invented sentences with forms no hand-written row lists."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from annotate.preannotate.lexicon import default_lexicon, norm_key
from annotate.preannotate.trigger_forms import noun_forms, participle_forms, verb_forms
from tests.test_preannotate_events_r4 import span, triggers
from tests.test_preannotate_patterns import predict


def texts(lemma: str) -> dict[str, bool]:
    return {f.text: f.personal for f in verb_forms(lemma)}


def test_a_sound_verb_has_every_person_number_and_object() -> None:
    got = texts("هاجم/يهاجم")
    for form in ("هاجمتا", "هاجموا", "يهاجمان", "تهاجمان", "يهاجمون", "يهاجموا", "هاجموهم"):
        assert got[form] is False
    for form in ("هاجمنا", "هاجمتم", "نهاجم", "أهاجم", "تهاجمون"):
        assert got[form] is True


def test_a_defective_verb_follows_its_glide() -> None:
    called = texts("دعا/يدعو")
    assert {"دعت", "دعوا", "دعاهما", "يدعون", "يدعوان", "دعونا"} <= set(called)
    denied = texts("نفى/ينفي")
    assert {"نفت", "نفيا", "نفوا", "نفاه", "ينفون", "ينفيه", "نفينا"} <= set(denied)
    assert "نفىه" not in denied
    assert "نفوا" in denied


def test_a_hollow_verb_drops_its_alif_before_a_consonant_ending() -> None:
    got = texts("استعاد/يستعيد")
    assert got["استعدنا"] is True
    assert got["استعادتا"] is False
    assert "استعادنا" not in got
    assert texts("أدان/يدين")["أدنا"] is True  # the ن of the stem absorbs that of نا


def test_a_first_person_spelling_that_is_also_a_dual_is_third_person() -> None:
    assert texts("أعلن/يعلن")["أعلنا"] is False


def test_a_short_present_has_no_first_person() -> None:
    got = texts("وصف/يصف")
    assert "نصف" not in got
    assert "أصف" not in got


def test_a_past_only_lemma_has_no_present() -> None:
    assert not any(form.startswith("ي") for form in texts("أفاد/-"))


def test_participles_and_nouns() -> None:
    assert participle_forms("محذر") == ["محذرا", "محذرة", "محذرين", "محذرتين"]
    plain, possessed = noun_forms("غارة")
    assert plain == ["غارة", "غارتان", "غارتين", "غارتا", "غارتي", "غارات"]
    assert "غاراتها" in possessed
    assert "غارتهم" in possessed
    plain, possessed = noun_forms("قتيل/قتلى")
    assert "قتيلا" in plain
    assert "قتلاهم" in possessed
    assert "لقاؤه" in noun_forms("لقاء")[1]


_SOUND_LETTERS = "بتجدرزسشصطعفقكلمه"


@given(st.text(alphabet=_SOUND_LETTERS, min_size=3, max_size=3))
def test_a_sound_root_keeps_its_letters_in_every_form(root: str) -> None:
    forms = verb_forms(f"{root}/ي{root}")
    texts_ = [f.text for f in forms]
    assert len(texts_) == len(set(texts_))
    assert all(root in t for t in texts_)
    assert {root + "وا", "ي" + root + "ون", "ت" + root + "ان", root + "نا"} <= set(texts_)
    third = {f.text for f in forms if not f.personal}
    assert third.isdisjoint(f.text for f in forms if f.personal)


# Common words of news text that are no event; no generated key may be one of them.
_COMMON = [
    *("نصف", "رأي", "فجر", "فجرا", "قاتل", "قاتلا", "أمر", "أمرا", "يدعى", "قدر", "صدام"),
    *("يتصل", "البيانات", "يعتبر", "يذكر", "يبلغ", "غزة", "يغير", "يسقط"),
    *("متحدثا", "المتحدث", "مكتب", "علما", "نفسه", "أحمد", "أمين", "حرام", "أدهم", "روته"),
]


def test_no_generated_key_is_a_common_non_event_word() -> None:
    keys = default_lexicon().triggers
    assert [w for w in _COMMON if norm_key(w) in keys] == []


# --- invented sentences -------------------------------------------------------------------


def test_verb_forms_no_row_lists() -> None:
    text = (
        "وقال الجيش إن قواته استعادتا قريتين ويسيطرون على التلال. "
        "ونصب مسلحون كميناً لقافلة عسكرية. "
        "وكانت الوزارة قد انتقدتها بشدة. "
        "ويطلب الوفد ضمانات مكتوبة. "
        "وأبدت الحكومة استعدادها للحوار. "
        "ويتفاوضان منذ أسابيع في الدوحة."
    )
    got = triggers(predict(text))
    assert ("Control", span(text, "استعادتا")) in got
    assert ("Control", span(text, "يسيطرون")) in got
    assert ("Attack", span(text, "كميناً")) in got
    assert ("Accuse", span(text, "انتقدتها")) in got
    assert ("Request", span(text, "يطلب")) in got
    assert ("Statement", span(text, "أبدت")) in got
    assert ("Meet", span(text, "يتفاوضان")) in got


def test_first_person_forms_in_a_quote() -> None:
    text = 'وقال القائد: "حيّدنا عشرين مسلحاً وسنستعيد كل القرى، وقد حذّرناهم مراراً".'
    got = triggers(predict(text))
    assert ("Attack", span(text, "حيّدنا")) in got
    assert ("Control", span(text, "نستعيد")) in got


def test_suffixed_and_dual_nouns() -> None:
    text = (
        "وأجرى الوزير اتصالين هاتفيين بنظيريه. "
        "وقالت أنقرة إن حربها مع المتمردين لن تطول، "
        "وإن مفاوضاته مع الوفد ستستأنف. ووثّقت المنظمة مجازر في القرى."
    )
    got = triggers(predict(text))
    assert ("Phone", span(text, "اتصالين هاتفيين")) in got
    assert ("Attack", span(text, "حربها")) in got
    assert ("Meet", span(text, "مفاوضاته")) in got
    assert ("Attack", span(text, "مجازر")) in got


def test_a_circumstantial_participle_after_a_comma_only() -> None:
    text = "وقال الوزير إن المحادثات ستستأنف، متوقعاً التوصل إلى اتفاق. وكان الرد متوقعا."
    got = triggers(predict(text))
    assert ("Statement", span(text, "متوقعاً")) in got
    assert not any(s == span(text, "متوقعا", "الرد ") for _, s in got)


def test_a_noun_in_teh_marbuta_is_not_a_verb_with_its_pronoun() -> None:
    text = "وهذا ما أضافه المتحدث. وذلك إضافة إلى القصف، في إشارة إلى الجيش."
    got = triggers(predict(text))
    assert ("Statement", span(text, "أضافه")) in got
    assert not any(s in (span(text, "إضافة"), span(text, "إشارة")) for _, s in got)


def test_a_council_session_is_a_meeting_and_a_court_hearing_is_not() -> None:
    text = (
        "وعقد مجلس الأمن جلسة طارئة استمع فيها إلى إحاطة من المبعوث. "
        "وأرجأت المحكمة جلسة المحاكمة إلى الشهر المقبل. وعقد المجلس جلسة إحاطة أخرى."
    )
    got = triggers(predict(text))
    assert ("Meet", span(text, "جلسة", "الأمن ")) in got
    assert ("Statement", span(text, "إحاطة", "إلى ")) in got
    assert not any(s == span(text, "جلسة", "المحكمة ") for _, s in got)
    assert not any(s == span(text, "إحاطة", "جلسة ") for _, s in got)


def test_no_generated_key_is_a_first_name() -> None:
    lex = default_lexicon()
    assert sorted(lex.first_names & set(lex.triggers)) == []


def test_an_interview_object_pronoun_and_a_blame() -> None:
    text = "سؤال: جارتكم تتهمكم بخرق الهدنة. وكانت الحكومة قد ألقت باللوم على المتمردين."
    got = triggers(predict(text))
    assert ("Accuse", span(text, "تتهمكم")) in got
    assert ("Accuse", span(text, "ألقت")) in got


def test_a_direct_hit_and_a_situation_under_control_are_no_events() -> None:
    text = "وأعلن الحزب قصف موقع عسكري مؤكداً إصابة مباشرة. وقال المحافظ إن الوضع تحت السيطرة."
    got = triggers(predict(text))
    assert not any(s == span(text, "إصابة") for _, s in got)
    assert not any(s == span(text, "السيطرة") for _, s in got)


def test_rules_on_a_verb_hold_in_every_person() -> None:
    text = (
        "وقال المتحدث: نحمّل الاحتلال المسؤولية الكاملة عن القصف. "
        "ولم نعلّق على هذه التقارير. وتوصلت البعثة إلى هدنة بين الطرفين."
    )
    got = triggers(predict(text))
    assert ("Accuse", span(text, "نحمّل")) in got
    assert ("Statement", span(text, "نعلّق")) in got
    assert ("Agreement", span(text, "هدنة")) in got
    assert not any(s == span(text, "توصلت") for _, s in got)


def test_a_joint_statement_is_an_agreement_only_when_signed() -> None:
    text = (
        "ووقّع الرئيسان على بيان مشترك بشأن وقف القتال. "
        "وحثّت الدولتان في بيان مشترك الطرفين على ضبط النفس."
    )
    got = triggers(predict(text))
    assert ("Agreement", span(text, "بيان مشترك", "على ")) in got
    assert ("Statement", span(text, "بيان مشترك", "في ")) in got


def test_an_estimate_and_a_death_against_their_homographs() -> None:
    text = (
        "ويقدّر مراقبون أن المعارك أوقعت مئات القتلى. وتقدّر الحكومة الجهود المبذولة. "
        "وتوفي المعتقل في السجن. وعلى الحكومة أن توفي بالتزاماتها."
    )
    got = triggers(predict(text))
    assert ("Statement", span(text, "يقدّر")) in got
    assert not any(s == span(text, "تقدّر") for _, s in got)
    assert ("Die", span(text, "توفي")) in got
    assert not any(s == span(text, "توفي", "أن ") for _, s in got)


def test_losing_control_a_petition_and_colloquial_speech() -> None:
    text = (
        "وقال الجيش إن الحكومة فقدت السيطرة على المدينة. والتمست النيابة من المحكمة تأجيل "
        "القضية. سؤال: بواشنطن بيحكوا عن قاعدة عسكرية."
    )
    rec = predict(text)
    got = triggers(rec)
    lost = [v for v in rec.events if v.trigger.surface == "فقدت السيطرة"]
    assert [str(v.attributes.control_direction) for v in lost] == ["lose"]
    assert ("Request", span(text, "التمست")) in got
    assert ("Statement", span(text, "يحكوا")) in got


def test_leaving_a_body_and_receiving_casualties_are_no_events() -> None:
    left = 'وانسحبت الدولة من "المجموعة الاقتصادية" العام الماضي. '
    troops = "وانسحبت القوات من البلدة صباح اليوم. "
    hospital = "واستقبل المستشفى عشرات الجرحى. "
    visit = "واستقبل الرئيس وزير الخارجية الفرنسي."
    text = left + troops + hospital + visit

    def at(sentence: str, word: str) -> tuple[int, int]:
        start = text.index(sentence) + sentence.index(word)
        return start, start + len(word)

    got = triggers(predict(text))
    assert ("Withdraw", at(left, "انسحبت")) not in got
    assert ("Withdraw", at(troops, "انسحبت")) in got
    assert ("Meet", at(hospital, "استقبل")) not in got
    assert ("Meet", at(visit, "استقبل")) in got


def test_an_exchange_of_views_a_post_and_a_death() -> None:
    views = "وتبادل الجانبان وجهات النظر حول الأزمة. "
    captives = "وتتبادل الحكومة والحركة ٢٠٠ أسير غداً. "
    post = "وكتب الرئيس على حسابه في منصة إكس أن الهدنة صامدة. "
    books = "وكتب التاريخ في المكتبة. "
    death = "وقال الجيش إن الجندي فارق الحياة متأثراً بجراحه."
    text = views + captives + post + books + death

    def at(sentence: str, word: str) -> tuple[int, int]:
        start = text.index(sentence) + sentence.index(word)
        return start, start + len(word)

    got = triggers(predict(text))
    assert ("Release", at(views, "تبادل")) not in got
    assert ("Release", at(captives, "تتبادل")) in got
    assert ("Statement", at(post, "كتب")) in got
    assert ("Statement", at(books, "كتب")) not in got
    assert ("Die", at(death, "فارق الحياة")) in got


def test_mastering_a_situation_regaining_calm_and_searching_are_no_events() -> None:
    text = (
        "وقال المحافظ إن فرق الإطفاء سيطرت على الحريق. واستعادت المدينة الهدوء بعد أيام. "
        "ويبحث السكان عن مأوى. وسيطرت قوات الجيش على البلدة. "
        "وسيطرت حالة من الهدوء على الحي. واستعاد الجيش ثقة السكان."
    )
    got = triggers(predict(text))
    mood = text.index("وسيطرت حالة") + 1
    trust = text.index("واستعاد الجيش") + 1
    assert ("Control", (mood, mood + len("سيطرت"))) not in got
    assert ("Control", (trust, trust + len("استعاد"))) not in got
    assert ("Control", span(text, "سيطرت", "الإطفاء ")) not in got
    assert ("Control", span(text, "استعادت")) not in got
    assert ("Meet", span(text, "يبحث")) not in got
    assert ("Control", span(text, "سيطرت", "و")) in got


def test_a_town_under_someone_s_control_is_a_control_event() -> None:
    text = "وقال الجيش إن البلدة أصبحت تحت سيطرة المتمردين، وإن الوضع تحت السيطرة في العاصمة."
    got = triggers(predict(text))
    assert ("Control", span(text, "سيطرة")) in got
    assert ("Control", span(text, "السيطرة")) not in got


def test_a_confrontation_against_facing_a_problem() -> None:
    text = (
        "وتخشى العواصم أن تتحول المواجهة المباشرة إلى حرب. "
        "وأعلنت الحكومة خطة لمواجهة الإرهاب، وقالت إنها في مواجهة التحديات."
    )
    got = triggers(predict(text))
    assert ("Attack", span(text, "المواجهة")) in got
    assert ("Attack", span(text, "مواجهة", "خطة ل")) not in got
    assert ("Attack", span(text, "مواجهة", "في ")) not in got


def test_troops_leaving_are_a_withdrawal_and_a_visitor_leaving_is_not() -> None:
    troops = "وقالت الوزارة إن آخر الجنود الفرنسيين غادروا القاعدة أمس. "
    visitor = "وغادر الرئيس العاصمة متوجهاً إلى باريس."
    text = troops + visitor
    got = triggers(predict(text))
    start = text.index("غادروا")
    assert ("Withdraw", (start, start + len("غادروا"))) in got
    start = text.index("غادر الرئيس")
    assert ("Withdraw", (start, start + len("غادر"))) not in got


def test_speech_with_its_complement_and_an_interview() -> None:
    text = (
        "وأعربوا عن قلقهم من التصعيد. وعبّروا عن رفضهم للقرار. "
        "وقال الوزير في حديث لقناة محلية إن الحوار مستمر."
    )
    got = triggers(predict(text))
    assert ("Statement", span(text, "أعربوا")) in got
    assert ("Statement", span(text, "عبّروا")) in got
    assert ("Statement", span(text, "حديث")) in got


def test_shooting_down_an_aircraft_forces_leaving_and_demobilising() -> None:
    down = "وأسقط الجيش طائرة مسيّرة فوق الحدود. "
    charges = "وأسقطت المحكمة التهم عن المتهمين. "
    leave = "وطالبت الحكومة بخروج القوات الأجنبية من البلاد. "
    quit_ = "وأعلنت الدولة خروجها من المنظمة. "
    demob = "وينص الاتفاق على تسريح المقاتلين خلال عام."
    text = down + charges + leave + quit_ + demob

    def at(sentence: str, word: str) -> tuple[int, int]:
        start = text.index(sentence) + sentence.index(word)
        return start, start + len(word)

    got = triggers(predict(text))
    assert ("Attack", at(down, "أسقط")) in got
    assert ("Attack", at(charges, "أسقطت")) not in got
    assert ("Withdraw", at(leave, "خروج")) in got
    assert ("Withdraw", at(quit_, "خروجها")) not in got
    assert ("Disarm", at(demob, "تسريح")) in got


def test_charges_and_a_death_in_a_monitor_s_report() -> None:
    charged = "واعتُقل الناشط بتهم تتعلق بالإرهاب. "
    concerns = "وناقش الوزيران القضايا التي تهم المنطقة. "
    died = "وقضى مدنيان برصاص قناص في المدينة. "
    ruled = "وقضت المحكمة بسجنه عشر سنوات."
    text = charged + concerns + died + ruled

    def at(sentence: str, word: str) -> tuple[int, int]:
        start = text.index(sentence) + sentence.index(word)
        return start, start + len(word)

    got = triggers(predict(text))
    assert ("Accuse", at(charged, "تهم")) in got
    assert ("Accuse", at(concerns, "تهم")) not in got
    assert ("Die", at(died, "قضى")) in got
    assert ("Die", at(ruled, "قضت")) not in got


def test_laying_down_arms_apart_from_the_verb_and_a_speech() -> None:
    arms = "ولو ألقى مقاتلو الحركة سلاحهم لانتهت الحرب. "
    speech = "ويلقي الرئيس كلمة أمام البرلمان غداً."
    text = arms + speech

    def at(sentence: str, word: str) -> tuple[int, int]:
        start = text.index(sentence) + sentence.index(word)
        return start, start + len(word)

    got = triggers(predict(text))
    assert ("Disarm", at(arms, "ألقى")) in got
    assert ("Disarm", at(speech, "يلقي")) not in got
