"""Pre-annotation pattern families beyond the seeds: regional places, facilities, organisation
heads, ranks, long names, values and trigger vocabulary. One invented example sentence per
family (offsets computed with text.index), plus properties for the zones."""

from __future__ import annotations

from itertools import pairwise

from hypothesis import given
from hypothesis import strategies as st

from annotate.preannotate import preannotate_document
from annotate.preannotate.lexicon import default_lexicon
from annotate.preannotate.resolve import RawSpans, whole_proclitic_words
from annotate.preannotate.zones import find_zones
from annotate.schema import Document, GoldRecord
from annotate.text import normalize
from tests.test_preannotate import at, check_spans, news_text, spans


def predict(text: str) -> GoldRecord:
    rec = preannotate_document(Document(id="d", text=text)).record
    check_spans(rec)
    return rec


# --- places and facilities --------------------------------------------------------------


def test_regional_cities_with_clitics() -> None:
    text = "وصل الوفد إلى جدة ثم بنغازي ولمصراتة، وقصفت الطائرات كركوك وخيرسون وسنجار ومقديشو."
    got = spans(predict(text))
    for surface in ("جدة", "بنغازي", "كركوك", "خيرسون", "سنجار", "مقديشو"):
        assert at(text, "GPE", surface) in got, surface
    assert at(text, "GPE", "مصراتة", "ول") in got


def test_a_city_that_is_a_common_word_needs_context() -> None:
    text = "نشرت الوكالة صور الدمار. وسقطت قذيفة في صور جنوبي لبنان."
    got = spans(predict(text))
    assert at(text, "GPE", "صور", "نشرت الوكالة ") not in got
    assert at(text, "GPE", "صور", "في ") in got


def test_a_nisba_adverb_with_tanween_is_no_place() -> None:
    text = "وأكد أن قصفاً أوكرانياً استهدف البلدة، وأن أوكرانيا سترد."
    got = spans(predict(text))
    assert at(text, "GPE", "أوكرانيا", "قصفاً ") not in got
    assert at(text, "GPE", "أوكرانيا", "وأن ") in got


def test_a_facility_head_takes_any_name() -> None:
    text = "هبطت الطائرة في مطار بلقيسة الدولي، وأغلقت السلطات معبر الشيخة."
    got = spans(predict(text))
    assert at(text, "FAC", "مطار بلقيسة الدولي") in got
    assert at(text, "FAC", "معبر الشيخة") in got


# --- organisations ----------------------------------------------------------------------


def test_descriptor_organisations_and_new_heads() -> None:
    text = (
        "وقال الدفاع المدني إن فرقه انتشلت الجثث، فيما دعت السفارة الفرنسية رعاياها إلى "
        "المغادرة، وأعلنت البعثة الأممية أن قوة الحماية الخاصة انسحبت."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "الدفاع المدني") in got
    assert at(text, "ORG", "السفارة الفرنسية") in got
    assert at(text, "ORG", "البعثة الأممية") in got
    assert at(text, "ORG", "قوة الحماية الخاصة") in got


def test_plural_group_nouns_are_norp() -> None:
    text = "وشن الحوثيون هجوماً جديداً، واتهمت الحكومة الحوثيين بخرق الهدنة."
    got = spans(predict(text))
    assert at(text, "NORP", "الحوثيون") in got
    assert at(text, "NORP", "الحوثيين") in got


# --- people -------------------------------------------------------------------------------


def test_ranks_are_titles_and_end_a_stacked_title() -> None:
    text = "وقال قائد الجيش الفريق أول سامي الزبيدي إن العقيد خالد منصور أصيب، وأكد المقدم فارس حداد ذلك."
    got = spans(predict(text))
    assert at(text, "OCC", "قائد الجيش") in got
    assert at(text, "OCC", "الفريق أول") in got
    assert at(text, "PER", "سامي الزبيدي") in got
    assert at(text, "OCC", "العقيد") in got
    assert at(text, "PER", "خالد منصور") in got
    assert at(text, "OCC", "المقدم") in got
    assert at(text, "PER", "فارس حداد") in got


def test_long_names_with_links_stop_before_the_verb() -> None:
    text = "وكان الأمير فيصل بن عبد العزيز آل مقرن أجرى محادثات، ثم قال الوزير ناصر بن حمد إن الوفد وصل."
    got = spans(predict(text))
    assert at(text, "PER", "فيصل بن عبد العزيز آل مقرن") in got
    assert at(text, "PER", "ناصر بن حمد") in got


def test_definite_surname_and_its_propagation() -> None:
    text = "وقال المتحدث باسم الحكومة ماجد الحسيني للصحفيين إن الاتفاق قريب. وأضاف الحسيني أن الوفد وصل."
    got = spans(predict(text))
    assert at(text, "PER", "ماجد الحسيني") in got
    assert at(text, "PER", "الحسيني", "وأضاف ") in got


def test_a_compound_surname_is_not_propagated_as_a_common_noun() -> None:
    text = "وقال المتحدث باسم الجماعة محمد عبد السلام إن مسار السلام متعثر."
    got = spans(predict(text))
    assert at(text, "PER", "محمد عبد السلام") in got
    assert at(text, "PER", "السلام", "مسار ") not in got


# --- zones --------------------------------------------------------------------------------


def test_a_dateline_inside_a_related_block_does_not_end_the_zone() -> None:
    text = (
        "قصفت القوات مدينة حلب.\n\nاقرأ أيضا:\n\n(وكالات - 3 مارس 2024)\n\n"
        "وقال وزير الخارجية الروسي سيرغي لافروف إن موسكو مستعدة."
    )
    zone_start = text.index("\n\nاقرأ")
    rec = predict(text)
    assert all(e.end <= zone_start for e in rec.entities)
    assert all(v.trigger.end <= zone_start for v in rec.events)


@given(news_text(), news_text(), st.sampled_from(["(رويترز - 2 مايو 2024)", "(أ ف ب / القاهرة)"]))
def test_zones_are_sorted_and_disjoint(body: str, tail: str, dateline: str) -> None:
    text = f"{body}\n{dateline}\n{body}\nاقرأ أيضاً\n{dateline}\n{tail}\n{dateline}"
    zones = find_zones(normalize(text).text)
    assert all(a.end <= b.start for a, b in pairwise(zones))


def test_follow_and_channel_lines_are_zones() -> None:
    text = "قصفت القوات مدينة حلب.\nتابعوا آخر الأخبار عبر قناتنا على تلغرام\nانضموا إلى قناتنا على واتساب"
    rec = predict(text)
    cut = text.index("\nتابعوا")
    assert all(e.end <= cut for e in rec.entities)


# --- values -------------------------------------------------------------------------------


def test_spelled_clock_times_and_parts_of_days() -> None:
    text = (
        "وقع الانفجار عند الساعة الثالثة فجراً، ثم تجدد القصف الساعة الثامنة والنصف مساءً "
        "بالتوقيت المحلي، واستمر حتى صباح اليوم، بعد اشتباكات ليلة الأحد-الإثنين."
    )
    got = spans(predict(text))
    assert at(text, "TIME", "الساعة الثالثة فجراً") in got
    assert at(text, "TIME", "الساعة الثامنة والنصف مساءً بالتوقيت المحلي") in got
    assert at(text, "TIME", "صباح اليوم") in got
    assert at(text, "TIME", "ليلة الأحد-الإثنين") in got


def test_duals_counting_people_and_month_with_a_relative_word() -> None:
    text = (
        "وأعلن الجيش مقتل جنديين وإصابة طفلين في آذار/مارس الماضي، ودمر 7 آليات ونزح مئات الآلاف."
    )
    got = spans(predict(text))
    assert at(text, "NUM", "جنديين") in got
    assert at(text, "NUM", "طفلين") in got
    assert at(text, "DATE", "آذار/مارس الماضي") in got
    assert at(text, "NUM", "7 آليات") in got
    assert at(text, "NUM", "مئات الآلاف") in got


def test_official_names_keep_their_fi_and_coordinated_genitives() -> None:
    text = (
        "وأعلنت بعثة الأمم المتحدة للدعم في ليبيا أن جهاز الإسعاف والطوارئ نقل الجرحى، "
        "وقالت السفارة الأمريكية في طرابلس إن وزارة الدفاع والقوات الروسية تقدمت."
    )
    got = spans(predict(text))
    assert at(text, "ORG", "بعثة الأمم المتحدة للدعم في ليبيا") in got
    assert at(text, "ORG", "جهاز الإسعاف والطوارئ") in got
    assert at(text, "ORG", "السفارة الأمريكية") in got  # an embassy in a city: no في
    assert at(text, "ORG", "وزارة الدفاع") in got  # a second name after و is its own
    assert at(text, "ORG", "القوات الروسية") in got


# --- weapons and groups -------------------------------------------------------------------


def test_weapon_nouns_take_their_classifying_adjectives() -> None:
    text = (
        "وأطلق المسلحون صواريخ كاتيوشا وقذائف الهاون، فيما انفجرت عبوة ناسفة وسيارة مفخخة، "
        "واستخدم الجيش صواريخ باليستية بعيدة المدى والمدفعية وطائرة مسيّرة انتحارية."
    )
    got = spans(predict(text))
    for surface in (
        "صواريخ كاتيوشا",
        "قذائف الهاون",
        "عبوة ناسفة",
        "سيارة مفخخة",
        "صواريخ باليستية بعيدة المدى",
        "المدفعية",
        "طائرة مسيّرة انتحارية",
    ):
        assert at(text, "WEA", surface) in got, surface
    assert not any(label == "WEA" and e - s == len("صواريخ") for label, s, e in got)


def test_models_after_type_word_and_quoted_after_a_weapon() -> None:
    text = (
        'وأسقطت الدفاعات 12 طائرة مسيرة من طراز "شاهد" وصاروخين من طراز إسكندر، '
        'وتسلم الجيش صواريخ ATACMS وصواريخ "ستورم شادو".'
    )
    got = spans(predict(text))
    for surface in ("شاهد", "إسكندر", "صواريخ ATACMS", "ستورم شادو", "طائرة مسيرة", "صاروخين"):
        assert at(text, "WEA", surface) in got, surface
    assert at(text, "NUM", "12 طائرة مسيرة") in got  # the count nests the weapon it counts


def test_plural_group_nouns_and_nationalities_are_norp() -> None:
    text = "واشتبك المتمردين مع الإسلاميين، وقال مسؤولون إن السوريين والتونسيين عادوا."
    got = spans(predict(text))
    for surface in ("المتمردين", "الإسلاميين", "السوريين", "التونسيين"):
        assert at(text, "NORP", surface) in got, surface


def test_family_names_after_a_first_name_and_ali_from_the_raw_letter() -> None:
    text = (
        "والتقى علي الزيدي بالوفد، وقال سامي الكردي إن الهدنة صامدة. وأضاف الكردي أن "
        "القوات انسحبت، فيما زار خالد المدينة وسيطر الجيش على الأرض."
    )
    got = spans(predict(text))
    assert at(text, "PER", "علي الزيدي") in got
    assert at(text, "PER", "سامي الكردي") in got
    assert at(text, "PER", "الكردي", "وأضاف ") in got  # the surname alone after the full name
    assert not any(label == "PER" and s >= text.index("خالد") for label, s, _ in got)


# --- triggers -------------------------------------------------------------------------------


def events(rec: GoldRecord) -> set[tuple[str, str]]:
    return {(v.type.value, v.trigger.surface) for v in rec.events}


def test_ceasefire_with_an_adjective_is_one_agreement() -> None:
    text = "دعت الجامعة العربية إلى وقف فوري للقتال، وطالبت الحكومة بوقف دائم لإطلاق النار."
    rec = predict(text)
    got = events(rec)
    assert ("Agreement", "وقف فوري للقتال") in got
    assert ("Agreement", "وقف دائم لإطلاق النار") in got
    assert not any(t == "Attack" for t, _ in got)  # the fighting noun inside is no attack
    kinds = {v.trigger.surface: v.attributes.agreement_kind for v in rec.events}
    assert kinds["وقف فوري للقتال"] == "ceasefire"


def test_minimal_attack_words_and_pronoun_forms() -> None:
    text = "وشنت الطائرات غارات جوية على المدينة، ردا على هجماتهم، فيما اقتحموا البلدة."
    got = events(predict(text))
    assert ("Attack", "غارات") in got
    assert ("Attack", "هجماتهم") in got
    assert ("Attack", "اقتحموا") in got


def test_die_idioms_release_verbs_and_participles() -> None:
    text = (
        "وقال الوزير إن البلدين يتبادلان الأسرى غدا، "
        "وإن السلطات ستفرج عن المعتقلين، داعياً إلى الحوار."
    )
    got = events(predict(text))
    assert ("Release", "يتبادلان") in got
    assert ("Release", "تفرج") in got
    assert ("Request", "داعياً") in got
    assert ("Meet", "الحوار") in got
    text = "وقال مسعفون إن الاشتباكات أودت بحياة 12 شخصاً، فيما لقي ثلاثة جنود مصرعهم."
    got = events(predict(text))
    assert ("Die", "أودت بحياة") in got


def test_an_operation_before_another_trigger_and_places_of_fighting() -> None:
    text = "واتفق الجانبان على البدء بعمليات تبادل الأسرى بعيدا عن مناطق الاشتباك."
    got = events(predict(text))
    assert ("Release", "تبادل الأسرى") in got
    assert not any(t == "Attack" for t, _ in got)


def test_release_meet_agreement_and_disarm_vocabulary() -> None:
    text = (
        "وجرى الإفراج عن الرهائن في إطار تبادل السجناء، وتم تسليم الأسرى إلى الصليب الأحمر، "
        "وأكد الوزيران في اجتماعهما أن مذكرة التفاهم تنص على حصر السلاح بيد الدولة."
    )
    got = events(predict(text))
    assert ("Release", "الإفراج") in got
    assert ("Release", "تبادل السجناء") in got
    assert ("Release", "تسليم") in got
    assert ("Meet", "اجتماعهما") in got
    assert ("Disarm", "حصر السلاح") in got
    text = "ودعا إلى تهدئة الوضع، ثم وقّع الطرفان اتفاق تهدئة."
    got = events(predict(text))
    assert ("Agreement", "اتفاق تهدئة") in got
    assert not any(s == "تهدئة" for _, s in got)  # calming a situation is no truce


# --- arguments ------------------------------------------------------------------------------


def roles(rec: GoldRecord) -> set[tuple[str, str, str]]:
    """(trigger surface, role, argument surface) of every argument."""
    surface = {e.id: e.surface for e in rec.entities}
    return {
        (v.trigger.surface, a.role.value, surface[a.entity])
        for v in rec.events
        for a in v.arguments
    }


def test_a_casualty_sentence_shares_its_place_and_time() -> None:
    text = (
        "قُتل 5 مدنيين وأصيب 9 آخرون جراء قصف استهدف سوقاً شعبية في مدينة حماة "
        "عند الساعة الثالثة فجراً، بحسب ما أعلن الدفاع المدني."
    )
    got = roles(predict(text))
    for trigger in ("قُتل", "أصيب", "قصف"):
        assert (trigger, "Place", "حماة") in got, trigger
        assert (trigger, "Time", "الساعة الثالثة فجراً") in got, trigger
    assert ("أعلن", "Time", "الساعة الثالثة فجراً") not in got
    assert ("قُتل", "Victim", "5 مدنيين") in got


def test_attack_instrument_target_and_attacker() -> None:
    text = "وصدت القوات هجوماً واسعاً شنته قوات المعارضة على مدينة إدلب بالطائرات المسيرة."
    got = roles(predict(text))
    assert ("هجوماً", "Attacker", "قوات المعارضة") in got
    assert ("هجوماً", "Target", "إدلب") in got
    assert ("هجوماً", "Instrument", "الطائرات المسيرة") in got


def test_release_count_and_meeting_place_in_construct() -> None:
    text = "وأعلنت الحكومة أن البلدين سيتبادلان 150 أسيراً، بعد محادثات الدوحة الأسبوع الماضي."
    got = roles(predict(text))
    assert ("يتبادلان", "Person", "150 أسيراً") in got
    assert ("محادثات", "Place", "الدوحة") in got


def test_participles_and_statement_nouns_share_the_speaker() -> None:
    text = "وقال وزير الخارجية المصري سامح شكري في بيان إن الوضع خطير، مؤكداً أن القاهرة تتحرك."
    got = roles(predict(text))
    assert ("قال", "Speaker", "سامح شكري") in got
    assert ("بيان", "Speaker", "سامح شكري") in got
    assert ("مؤكداً", "Speaker", "سامح شكري") in got


def test_a_partner_after_the_subject_and_the_call_that_names_the_talk() -> None:
    text = "وبحث وزير الخارجية المصري سامح شكري مع نظيره الأردني أيمن الصفدي، خلال اتصال هاتفي، الأوضاع."
    got = roles(predict(text))
    assert ("بحث", "Participant", "أيمن الصفدي") in got
    assert ("اتصال هاتفي", "Participant", "سامح شكري") in got
    assert ("اتصال هاتفي", "Participant", "أيمن الصفدي") in got


def test_both_sides_of_a_clash_after_bayna_past_a_date() -> None:
    text = 'واندلعت اشتباكات عنيفة، مساء الأحد، بين الجيش السوري و"هيئة تحرير الشام" في ريف إدلب.'
    got = roles(predict(text))
    assert ("اشتباكات", "Attacker", "الجيش السوري") in got
    assert ("اشتباكات", "Attacker", "هيئة تحرير الشام") in got
    assert ("اشتباكات", "Time", "مساء الأحد") in got


def test_a_host_verb_names_the_place_of_a_war() -> None:
    got = roles(predict("وتشهد الصومال منذ سنوات حرباً بين الحكومة وحركة الشباب."))
    assert ("حرباً", "Place", "الصومال") in got


def test_a_lam_genitive_agent_and_the_origin_of_a_withdrawal() -> None:
    got = roles(predict("وبدأ الانسحاب الكامل للقوات الروسية من مدينة خيرسون."))
    assert ("الانسحاب", "Agent", "لقوات الروسية") in got
    assert ("الانسحاب", "Origin", "خيرسون") in got


def test_the_object_of_istahdafa_is_the_target_and_the_place_of_the_injuries() -> None:
    text = "وقال المحافظ إن قصفاً مدفعياً استهدف مدينة حلب، ما أدى إلى إصابة أربعة أشخاص."
    got = roles(predict(text))
    assert ("قصفاً", "Target", "حلب") in got
    assert ("إصابة", "Place", "حلب") in got


def test_counts_after_baynahum_and_muqabil() -> None:
    got = roles(predict("وقُتل 12 مدنياً، بينهم ثلاثة أطفال، في غارة على مدينة دوما."))
    assert ("قُتل", "Victim", "12 مدنياً") in got
    assert ("قُتل", "Victim", "ثلاثة أطفال") in got
    got = roles(predict("وأُفرج خلالها عن 30 محتجزاً مقابل 90 معتقلاً."))
    assert ("أُفرج", "Person", "30 محتجزاً") in got
    assert ("أُفرج", "Person", "90 معتقلاً") in got


def test_the_addressee_of_a_participle_and_the_accused_after_the_subject() -> None:
    text = (
        "وقال الأمين العام أنطونيو غوتيريش إن الوضع خطير، داعياً مجلس الأمن الدولي إلى التحرك، "
        "واتهمت وزارة الخارجية الروسية واشنطن بتأجيج الصراع."
    )
    got = roles(predict(text))
    assert ("داعياً", "Requester", "أنطونيو غوتيريش") in got
    assert ("داعياً", "Addressee", "مجلس الأمن الدولي") in got
    assert ("اتهمت", "Accuser", "وزارة الخارجية الروسية") in got
    assert ("اتهمت", "Accused", "واشنطن") in got


def test_a_pronoun_clause_and_a_coordinated_verb_share_the_subject() -> None:
    text = "وقالت قوات الدعم السريع إنها سيطرت على مدينة ود مدني، واتهمت الجيش بقصف الأحياء."
    got = roles(predict(text))
    assert ("سيطرت", "Agent", "قوات الدعم السريع") in got
    assert ("سيطرت", "Territory", "ود مدني") in got
    assert ("اتهمت", "Accuser", "قوات الدعم السريع") in got


def test_an_agreement_takes_the_parties_of_the_talks_before_it() -> None:
    text = (
        "وانطلقت المحادثات بين إسرائيل وحركة حماس في القاهرة سعياً للتوصل إلى اتفاق "
        "لوقف إطلاق النار."
    )
    got = roles(predict(text))
    assert ("اتفاق لوقف إطلاق النار", "Party", "إسرائيل") in got
    assert ("اتفاق لوقف إطلاق النار", "Party", "حركة حماس") in got


def test_a_light_verb_past_its_subject_and_a_date() -> None:
    text = "وتشن الولايات المتحدة وبريطانيا منذ 12 كانون الثاني/يناير ضربات جوية على اليمن."
    got = roles(predict(text))
    assert ("ضربات", "Attacker", "الولايات المتحدة") in got
    assert ("ضربات", "Attacker", "بريطانيا") in got


def test_masdars_governed_by_an_agreement_verb_take_its_subject() -> None:
    text = (
        "وقالت الوزارة إن قوات المعارضة في المناطق الشمالية وافقت على "
        '"إلقاء أسلحتها والانسحاب من مواقعها".'
    )
    got = roles(predict(text))
    assert ("وافقت", "Party", "قوات المعارضة") in got
    assert ("إلقاء أسلحتها", "Agent", "قوات المعارضة") in got
    assert ("الانسحاب", "Agent", "قوات المعارضة") in got


def test_a_mediator_in_a_relative_clause_after_the_talks() -> None:
    text = "وكانت الجولة الأولى من محادثات جنيف، التي رعتها روسيا وتركيا، قد انتهت دون نتيجة."
    got = roles(predict(text))
    assert ("محادثات", "Mediator", "روسيا") in got
    assert ("محادثات", "Mediator", "تركيا") in got


def test_svo_subjects_past_qad_and_before_a_count_object() -> None:
    got = roles(predict("وكانت وزارة الدفاع التركية قد أعلنت أن العملية انتهت."))
    assert ("أعلنت", "Speaker", "وزارة الدفاع التركية") in got
    got = roles(predict("روسيا وأوكرانيا تتبادلان 300 أسير."))
    assert ("تتبادلان", "Agent", "روسيا") in got
    assert ("تتبادلان", "Person", "300 أسير") in got


def test_a_place_after_descriptors_and_their_nisba() -> None:
    text = "واندلعت اشتباكات في عدة أحياء جنوب العاصمة السورية دمشق، ما أسفر عن مقتل 4 أشخاص."
    got = roles(predict(text))
    assert ("اشتباكات", "Place", "دمشق") in got
    assert ("مقتل", "Place", "دمشق") in got


def test_a_meeting_verb_object_place_and_a_time_past_a_title() -> None:
    text = (
        "والتقى وزير الخارجية الأمريكي أنتوني بلينكن، اليوم الأحد، في العاصمة القطرية الدوحة، "
        "رئيس الوزراء القطري محمد بن عبد الرحمن آل ثاني."
    )
    got = roles(predict(text))
    assert ("التقى", "Participant", "أنتوني بلينكن") in got
    assert ("التقى", "Participant", "محمد بن عبد الرحمن آل ثاني") in got
    assert ("التقى", "Place", "الدوحة") in got
    assert ("التقى", "Time", "اليوم الأحد") in got


def test_the_genitive_count_of_a_masdar_is_its_victim() -> None:
    got = roles(predict("وأعلنت الشرطة مقتل 3 أشخاص وإصابة العشرات في تفجير."))
    assert ("إصابة", "Victim", "العشرات") in got
    assert ("إصابة", "Victim", "3 أشخاص") not in got


def test_weapon_models_after_min_taraz_are_instruments() -> None:
    text = 'وقال الجيش إن روسيا هاجمت المدينة بطائرات مسيرة من طراز "شاهد" وصواريخ باليستية.'
    got = roles(predict(text))
    for weapon in ("طائرات مسيرة", "شاهد", "صواريخ باليستية"):
        assert ("هاجمت", "Instrument", weapon) in got, weapon


def test_signers_with_titles_are_the_parties_of_what_they_sign() -> None:
    text = (
        "وفي 5 مارس 2021، وقع الرئيس التركي رجب طيب أردوغان والرئيس الروسي فلاديمير بوتين "
        "على بيان مشترك بشأن إدلب."
    )
    got = roles(predict(text))
    assert ("بيان مشترك", "Party", "رجب طيب أردوغان") in got
    assert ("بيان مشترك", "Party", "فلاديمير بوتين") in got


def test_reaching_an_agreement_is_a_light_verb() -> None:
    got = roles(predict("وأكدت الحكومة السودانية التوصل إلى اتفاق مع الحركات المسلحة."))
    assert ("اتفاق", "Party", "الحكومة السودانية") in got


def test_a_lam_genitive_through_a_quote_and_a_target_past_the_attacker() -> None:
    got = roles(predict('وصد الجيش هجوماً لـ"هيئة تحرير الشام" على بلدة كفرنبل.'))
    assert ("هجوماً", "Attacker", "هيئة تحرير الشام") in got
    got = roles(predict("وصدت القوات هجوماً واسعاً شنته قوات الدعم السريع على مدينة حلب."))
    assert ("هجوماً", "Attacker", "قوات الدعم السريع") in got
    assert ("هجوماً", "Target", "حلب") in got


def test_bayna_a_bare_noun_and_a_named_side_and_after_a_relative_clause() -> None:
    got = roles(predict("وتشهد السودان منذ 2023 حرباً بين الجيش وقوات الدعم السريع."))
    assert ("حرباً", "Attacker", "قوات الدعم السريع") in got
    got = roles(predict("ودعا إلى احترام التفاهمات التي جرى التوصل إليها بين الرياض وطهران."))
    assert ("التفاهمات", "Party", "الرياض") in got
    assert ("التفاهمات", "Party", "طهران") in got


def test_a_participle_continues_the_speaker_not_the_verb_of_its_clause() -> None:
    text = "وقالت الوزارة إن قوات المعارضة وافقت على الهدنة، مشيرة إلى أنها ستنسحب."
    rec = predict(text)
    assert ("Statement", "مشيرة") in events(rec)
    got = roles(rec)
    assert ("وافقت", "Party", "قوات المعارضة") in got
    assert not any(t == "مشيرة" for t, _, _ in got)


def test_a_duration_after_a_lasting_word_times_the_event() -> None:
    got = roles(predict("واندلعت معارك استمرت لنحو شهر ونصف في المنطقة."))
    assert ("معارك", "Time", "نحو شهر ونصف") in got


def test_issuing_a_statement_and_a_source_after_bihasab() -> None:
    got = roles(predict("وأصدرت وزارة الخارجية المصرية بيانا أدانت فيه الهجوم."))
    assert ("بيانا", "Speaker", "وزارة الخارجية المصرية") in got
    text = "وبحسب وزارة الصحة الفلسطينية، قتل 20 شخصا، مشيرة إلى أن بينهم نساء."
    got = roles(predict(text))
    assert ("مشيرة", "Speaker", "وزارة الصحة الفلسطينية") in got


def test_a_capital_descriptor_before_the_subject() -> None:
    got = roles(predict("واعتبرت العاصمة اللبنانية بيروت أن القرار خطير."))
    assert ("اعتبرت", "Speaker", "بيروت") in got


def test_the_attackers_are_the_agent_of_the_deaths_they_caused() -> None:
    text = "وأدت العملية العسكرية التي شنتها إسرائيل على غزة إلى مقتل 30 شخصا."
    got = roles(predict(text))
    assert ("العملية العسكرية", "Attacker", "إسرائيل") in got
    assert ("مقتل", "Agent", "إسرائيل") in got


def test_control_territory_past_the_object() -> None:
    got = roles(predict("وسيطرت قوات الدعم السريع على 12 موقعا للجيش في محافظة إدلب."))
    assert ("سيطرت", "Territory", "إدلب") in got


def test_no_person_from_an_adjective_or_a_prepositional_masdar_after_a_title() -> None:
    text = "وطالب زعيم المعارضة بإجراء تحقيق مستقل، وقال قائد ميداني إن المقاتلين انسحبوا."
    rec = predict(text)
    assert not [e.surface for e in rec.entities if e.type.value == "PER"]
    assert at(text, "OCC", "زعيم المعارضة") in spans(rec)


def test_a_kunya_takes_an_indefinite_family_name() -> None:
    text = "وقال مدير المستشفى محمد أبو سلمية إن الوضع كارثي."
    assert at(text, "PER", "محمد أبو سلمية") in spans(predict(text))


def test_place_names_that_are_common_words_need_a_place_context() -> None:
    text = "وقال إن حماة الوطن لن يتخلوا عن أرضهم، واقتحمت القوات مخيم جنين وقصفت مدينة حماة."
    got = spans(predict(text))
    assert at(text, "GPE", "حماة", "إن ") not in got
    assert at(text, "GPE", "جنين") in got
    assert at(text, "GPE", "حماة", "مدينة ") in got


def test_a_time_right_after_a_statement_verb_is_not_taken_by_an_earlier_incident() -> None:
    text = "وبعد الغارات، قالت وزارة الصحة، مساء الأحد، إن الحصيلة ارتفعت."
    rec = predict(text)
    assert ("Attack", "الغارات") in events(rec)
    got = roles(rec)
    assert ("الغارات", "Time", "مساء الأحد") not in got
    assert ("قالت", "Time", "مساء الأحد") in got


# --- round 4: names of the Sahel, the Horn, Iraq and the Levant -------------------------


def test_mauritanian_and_tuareg_name_links() -> None:
    text = "واستقبل الرئيس محمد ولد أحمدو الوفد، وقال القيادي بلال أغ الشريف إن الحوار مستمر."
    got = spans(predict(text))
    assert at(text, "PER", "محمد ولد أحمدو") in got
    assert at(text, "PER", "بلال أغ الشريف") in got


def test_compound_first_names_with_allah_and_al_din() -> None:
    text = "وقال النائب حسن نصر الله إن الوزير نور الدين قاسم وصل إلى بيروت."
    got = spans(predict(text))
    assert at(text, "PER", "حسن نصر الله") in got
    assert at(text, "PER", "نور الدين قاسم") in got


def test_a_third_name_word_after_a_known_first_name() -> None:
    text = "وأعلن الرئيس حسن شيخ محمود أن قواته ستواصل العمليات."
    got = spans(predict(text))
    assert at(text, "PER", "حسن شيخ محمود") in got
    text = "والتقى الرئيس محمد شياع السوداني وفدا من أربيل."
    assert at(text, "PER", "محمد شياع السوداني") in spans(predict(text))


def test_a_third_word_is_no_preposition() -> None:
    text = "وتوجه الوزير سامي حداد لتنسيق المواقف."
    got = spans(predict(text))
    assert at(text, "PER", "سامي حداد") in got


def test_a_kunya_before_a_known_first_name() -> None:
    text = "وظهر المدعو أبو محمد العدناني في تسجيل مصور."
    assert at(text, "PER", "أبو محمد العدناني") in spans(predict(text))


def test_honorifics_cue_a_name_and_are_no_position() -> None:
    text = "وصرح الدكتور فراس عبيد بأن المستشفى امتلأ، وقال السيد نعيم زغبي إن الطريق مغلق."
    got = spans(predict(text))
    assert at(text, "PER", "فراس عبيد") in got
    assert at(text, "PER", "نعيم زغبي") in got
    assert not any(label == "OCC" for label, _, _ in got)


def test_an_official_name_keeps_its_purpose_genitive() -> None:
    text = "وأعلن المجلس الوطني لإنقاذ الوطن في بيان أن الوضع هادئ."
    got = spans(predict(text))
    assert at(text, "ORG", "المجلس الوطني لإنقاذ الوطن") in got


def test_an_abbreviation_in_parentheses_after_an_organisation() -> None:
    text = "وقالت هيئة الإنقاذ الوطني (هاند) إن المعارك مستمرة، واتهمت هاند القوات الحكومية."
    got = spans(predict(text))
    assert at(text, "ORG", "هيئة الإنقاذ الوطني") in got
    assert at(text, "ORG", "هاند", "(") in got
    assert at(text, "ORG", "هاند", "اتهمت ") in got


def test_dual_time_nouns_are_durations() -> None:
    text = "وتوقف القصف منذ أسبوعين بعد معارك استمرت شهرين."
    got = spans(predict(text))
    assert at(text, "DURATION", "أسبوعين") in got
    assert at(text, "DURATION", "شهرين") in got


def test_a_year_shaped_number_before_a_person_noun_is_a_count() -> None:
    text = "وسحبت البعثة 2000 جندي من البلاد في عام 2024."
    got = spans(predict(text))
    assert at(text, "NUM", "2000 جندي") in got
    assert at(text, "DATE", "عام 2024") in got


def test_more_organisation_heads_and_ordinal_units() -> None:
    text = (
        "وقالت مديرية الصحة إن الفرقة الرابعة انتشرت، ونقلت إذاعة السلام الدولية عن خلية "
        "الإعلام الأمني أن الهجوم فشل."
    )
    got = spans(predict(text))
    for surface in ("مديرية الصحة", "الفرقة الرابعة", "إذاعة السلام الدولية"):
        assert at(text, "ORG", surface) in got, surface
    assert at(text, "ORG", "خلية الإعلام الأمني") in got


def test_a_verb_or_a_quantifier_after_a_title_is_no_name() -> None:
    text = "والرئيس وصل إلى المدينة، وطالب رئيس الوزراء جميع الأطراف بالتهدئة."
    got = spans(predict(text))
    assert not any(label == "PER" for label, _, _ in got)


def test_the_town_after_a_mayor_is_a_place() -> None:
    text = "وقال رئيس بلدية عيترون إن القصف دمر منازل."
    got = spans(predict(text))
    assert at(text, "GPE", "عيترون") in got
    assert at(text, "PER", "عيترون") not in got


def test_a_name_after_a_post_and_its_place() -> None:
    text = (
        "وأكد السفير الروسي لدى دمشق ألكسندر يفيموف دعم بلاده، وقال قائد القوات البرية في "
        "الجيش الوطني الليبي صدام حفتر إن قواته مستعدة."
    )
    got = spans(predict(text))
    assert at(text, "PER", "ألكسندر يفيموف") in got
    assert at(text, "PER", "صدام حفتر") in got


def test_a_tribe_takes_its_name_into_one_group() -> None:
    text = "واندلعت اشتباكات بين قبيلة المسيرية والرزيقات في غرب كردفان."
    got = spans(predict(text))
    assert at(text, "NORP", "قبيلة المسيرية") in got
    assert at(text, "NORP", "الرزيقات") in got


def test_installations_keep_their_adjective() -> None:
    text = "ونقل المعتقلون إلى سجن صيدنايا العسكري، وسقطت قذائف قرب حقل الشاعر النفطي."
    got = spans(predict(text))
    assert at(text, "FAC", "سجن صيدنايا العسكري") in got
    assert at(text, "FAC", "حقل الشاعر النفطي") in got


def test_an_organisation_stops_before_a_trigger_genitive() -> None:
    text = "وتعرض مقر القيادة العامة للجيش للقصف مجددا."
    got = spans(predict(text))
    assert at(text, "ORG", "القيادة العامة للجيش") in got


def test_a_kunya_with_a_nisba_needs_no_title() -> None:
    text = "وقال أبو خالد الحمصي إن المقاتلين انسحبوا، وبقيادة عبد العزيز الحلو تقدمت القوات."
    got = spans(predict(text))
    assert at(text, "PER", "أبو خالد الحمصي") in got
    assert at(text, "PER", "عبد العزيز الحلو") in got


def test_settlements_with_definite_names_and_yemeni_districts() -> None:
    text = "وقصفت المدفعية بلدة الشحيل وقرية الطيبة، وقتل مدنيان في مديرية حيس."
    got = spans(predict(text))
    for surface in ("الشحيل", "الطيبة", "حيس"):
        assert at(text, "GPE", surface) in got, surface
    text = "وقالت مديرية الصحة إن المستشفيات امتلأت، وانتشرت القوات في منطقة الحدود."
    got = spans(predict(text))
    assert at(text, "ORG", "مديرية الصحة") in got
    assert at(text, "GPE", "الحدود") not in got


def test_an_approximator_before_a_bare_unit_is_a_duration() -> None:
    text = "واستمر الحصار أكثر من شهر، وتوقف القصف منذ نحو أسبوع."
    got = spans(predict(text))
    assert at(text, "DURATION", "أكثر من شهر") in got
    assert at(text, "DURATION", "نحو أسبوع") in got


def test_parties_and_missions_of_the_regions() -> None:
    text = "وانتقد التيار الصدري الإطار التنسيقي، فيما رحبت أتميس بموقف تنسيقية حركات أزواد."
    got = spans(predict(text))
    for surface in ("التيار الصدري", "الإطار التنسيقي", "أتميس", "تنسيقية حركات أزواد"):
        assert at(text, "ORG", surface) in got, surface


def test_members_deputies_and_a_rank_after_a_council() -> None:
    text = "وقال عضو المكتب السياسي لحركة حماس باسم نعيم إن الوفد وصل."
    got = spans(predict(text))
    assert at(text, "OCC", "عضو المكتب السياسي لحركة حماس") in got
    assert at(text, "PER", "باسم نعيم") in got
    text = "وقال عضو مجلس السيادة الفريق ياسر العطا إن الجيش تقدم."
    got = spans(predict(text))
    assert at(text, "ORG", "مجلس السيادة") in got
    assert at(text, "OCC", "الفريق") in got
    assert at(text, "PER", "ياسر العطا") in got
    text = "وقال مستشار الأمن القومي العراقي قاسم الأعرجي إن الحدود مؤمنة."
    assert at(text, "OCC", "مستشار الأمن القومي العراقي") in spans(predict(text))


def test_an_adverb_after_a_title_is_no_name() -> None:
    text = "وأكد الرئيس مجدداً أن الحرب ستنتهي، واستقبل الوزير وفداً من المعارضة."
    got = spans(predict(text))
    assert not any(label == "PER" for label, _, _ in got)
    text = "وأكد الرئيس مجددا أن الحرب ستنتهي."
    assert not any(label == "PER" for label, _, _ in spans(predict(text)))


def test_a_family_name_after_a_fathers_first_name() -> None:
    text = "وقال المتحدث باسم الحركة علي محمود راجي إن المقاتلين صدوا الهجوم."
    assert at(text, "PER", "علي محمود راجي") in spans(predict(text))
    text = "والتقى الرئيس محمد أحمد وفدا من المعارضة."
    got = spans(predict(text))
    assert at(text, "PER", "محمد أحمد") in got


# --- long organisation names, والي, posts with modifiers ---------------------------------------


def test_organisation_names_keep_their_genitive_chain_and_purpose_phrase() -> None:
    text = (
        "وأعلنت الجبهة الوطنية لتحرير أوغادين - الجنوب أن لجان المقاومة وتحالف قوى التغيير "
        "الجذري سيشاركون في الحوار."
    )
    rec = predict(text)
    got = spans(rec)
    assert at(text, "ORG", "الجبهة الوطنية لتحرير أوغادين - الجنوب") in got
    assert at(text, "ORG", "لجان المقاومة") in got  # المقاومة names the body, no Attack
    assert at(text, "ORG", "تحالف قوى التغيير") in got
    resistance = text.index("المقاومة")
    assert all(t.trigger.start != resistance for t in rec.events)


def test_a_branch_direction_that_starts_a_place_stays_out() -> None:
    text = "وقالت الحركة الشعبية لتحرير الأزواد - شمال كردفان إن المحادثات توقفت."
    assert at(text, "ORG", "الحركة الشعبية لتحرير الأزواد") in spans(predict(text))


@given(st.sampled_from(sorted(whole_proclitic_words(default_lexicon().titles))))
def test_a_lexicon_word_shaped_like_wa_al_is_no_proclitic(word: str) -> None:
    text = f"قال {word} المدينة، ثم قال والرئيس ذلك."
    check = RawSpans(normalize(text), whole_proclitic_words([word])).span
    start = text.index(word)
    assert check(start, start + len(word)) == (start, start + len(word))
    other = text.index("والرئيس")
    assert check(other, other + len("والرئيس")) is None
    assert RawSpans(normalize(text)).span(start, start + len(word)) is None


def test_wali_and_a_place_is_a_post() -> None:
    text = "وقال والي سنار إن الأمن مستتب، واستقبل والي الجزيرة الوفد."
    got = spans(predict(text))
    assert at(text, "OCC", "والي سنار") in got
    assert at(text, "OCC", "والي الجزيرة") in got


def test_posts_keep_their_modifiers() -> None:
    text = (
        "وقال نائب رئيس المجلس الرئاسي إن الحكومة مستعدة. واستقبل وزير الداخلية والحكم المحلي "
        "الوفد. ووصل المبعوث الأمريكي الخاص إلى ليبيا ريتشارد نورلاند إلى طرابلس. وأكد رئيس "
        "هيئة الأركان ذلك. وزار قائد القيادة المركزية الأمريكية بنغازي."
    )
    got = spans(predict(text))
    assert at(text, "OCC", "نائب رئيس المجلس الرئاسي") in got
    assert at(text, "OCC", "وزير الداخلية والحكم المحلي") in got
    assert at(text, "OCC", "المبعوث الأمريكي الخاص إلى ليبيا") in got
    assert at(text, "GPE", "ليبيا", "الخاص إلى ") in got
    assert at(text, "PER", "ريتشارد نورلاند") in got
    assert at(text, "OCC", "رئيس هيئة الأركان") in got
    assert at(text, "OCC", "قائد القيادة المركزية الأمريكية") in got
