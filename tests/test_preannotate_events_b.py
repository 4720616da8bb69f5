"""Trigger vocabulary and argument rules of the fifth round (error classes read off held-out
set B): synonyms, pronoun-suffixed masdars, light verbs apart from their noun, context rules
that drop adjectives and idioms, and clause-syntax argument rules. Every sentence is invented;
offsets come from text.index."""

from __future__ import annotations

from annotate.schema import GoldRecord
from tests.test_preannotate import at
from tests.test_preannotate_patterns import predict, roles


def events(rec: GoldRecord) -> set[tuple[str, int, int]]:
    return {(v.type.value, v.trigger.start, v.trigger.end) for v in rec.events}


# --- trigger vocabulary -------------------------------------------------------------------


def test_talk_verbs_in_the_dual_and_tabahatha() -> None:
    text = "وعمّان والرياض تبحثان الأزمة في جدة، وتباحث الوزيران في سبل التعاون."
    got = events(predict(text))
    assert at(text, "Meet", "تبحثان") in got
    assert at(text, "Meet", "تباحث") in got


def test_a_death_noun_apart_from_its_light_verb_and_an_execution() -> None:
    text = "لقي أربعة صيادين حتفهم في الانفجار، واتهمت المنظمة المسلحين بإعدام سبعة أسرى."
    got = events(predict(text))
    assert at(text, "Die", "حتفهم") in got
    assert at(text, "Die", "إعدام") in got


def test_a_death_sentence_is_no_killing() -> None:
    text = "وأصدرت المحكمة حكماً بالإعدام على المتهم، وطالبت عائلته بإلغاء حكم الإعدام."
    got = events(predict(text))
    assert not any(t == "Die" for t, _, _ in got)


def test_a_truce_noun_and_calming_a_situation() -> None:
    text = "ودعا الوسطاء إلى تثبيت التهدئة في المدينة، وإلى تهدئة الوضع على الحدود."
    got = events(predict(text))
    assert at(text, "Agreement", "التهدئة") in got
    assert at(text, "Agreement", "تهدئة") not in got


def test_an_exchange_of_fire_is_no_release() -> None:
    text = "ويتبادل الجيشان منذ أسابيع القصف المدفعي، فيما تتبادلان الأسرى برعاية دولية."
    got = events(predict(text))
    assert at(text, "Release", "يتبادل", "و") not in got
    assert at(text, "Release", "تتبادلان") in got


def test_a_remarkable_step_is_no_statement() -> None:
    text = "وفي خطوة لافتة، أعلن الوزير انسحابه، لافتاً إلى أن القرار نهائي."
    got = events(predict(text))
    assert at(text, "Statement", "لافتة") not in got
    assert at(text, "Statement", "لافتاً") in got


def test_reported_speech_with_naqala_and_transport() -> None:
    text = "ونقل التلفزيون الرسمي عن الوزير قوله إن الهدوء عاد. ونقل المسعفون الجرحى إلى المستشفى."
    got = events(predict(text))
    assert at(text, "Statement", "نقل") in got
    assert at(text, "Statement", "نقل", "عاد. و") not in got


def test_denials_claims_condemnations_and_self_surrender() -> None:
    text = (
        "وزعمت الجماعة أنها أسقطت طائرة، وهو ما نفته الحكومة التي دانت الهجوم، "
        "فيما سلّموا أنفسهم للجيش."
    )
    got = events(predict(text))
    assert at(text, "Statement", "زعمت") in got
    assert at(text, "Statement", "نفته") in got
    assert at(text, "Accuse", "دانت") in got
    assert at(text, "Disarm", "سلّموا أنفسهم") in got


def test_restoring_a_town_and_restoring_calm() -> None:
    text = "الجيش يعلن استعادة بلدة كيدال، ويتعهد باستعادة الثقة مع السكان."
    got = events(predict(text))
    assert at(text, "Control", "استعادة") in got
    assert at(text, "Control", "استعادة", "ب") not in got


def test_a_discussion_verb_after_a_meeting_verb_stays_a_meeting() -> None:
    text = "وأجرى الرئيس اتصالاً هاتفياً بنظيره. والتقى وزير الدفاع قائد الجيش، وناقشا الخطة."
    got = events(predict(text))
    assert at(text, "Meet", "ناقشا") in got


# --- subjects -----------------------------------------------------------------------------


def test_a_quoted_subject_after_its_verb() -> None:
    text = (
        'وأعلن "حزب الله" في بيان أن مقاتليه قصفوا موقعاً، واتهمت "حركة حماس" إسرائيل بقصف المدنيين.'
    )
    got = roles(predict(text))
    assert ("أعلن", "Speaker", "حزب الله") in got
    assert ("بيان", "Speaker", "حزب الله") in got
    assert ("اتهمت", "Accuser", "حركة حماس") in got


def test_with_qad_the_subject_stands_before_the_verb() -> None:
    text = "وكانت الحكومة العراقية قد طالبت مجلس الأمن الدولي بتمديد عمل البعثة."
    got = roles(predict(text))
    assert ("طالبت", "Requester", "الحكومة العراقية") in got
    assert ("طالبت", "Addressee", "مجلس الأمن الدولي") in got
    assert ("طالبت", "Requester", "مجلس الأمن الدولي") not in got


def test_a_reported_clause_on_a_pronoun_is_done_by_the_speaker() -> None:
    text = "وأكد الجيش الأوكراني أنه استعاد قرية روبوتين في مقاطعة زابوريجيا."
    got = roles(predict(text))
    assert ("استعاد", "Agent", "الجيش الأوكراني") in got
    assert ("استعاد", "Agent", "روبوتين") not in got


def test_the_units_of_an_armed_speaker_are_its_own() -> None:
    text = "وأعلن الجيش السوداني، مساء الأحد، أن وحداته استعادت السيطرة على مدينة سنجة."
    got = roles(predict(text))
    assert ("استعادت السيطرة", "Agent", "الجيش السوداني") in got


# --- incidents ----------------------------------------------------------------------------


def test_casualties_take_the_weapon_attacker_and_target_place_of_their_attack() -> None:
    text = "وقُتل خمسة مدنيين في قصف مدفعي شنته قوات الدعم السريع على مدينة الفاشر."
    got = roles(predict(text))
    assert ("قصف", "Attacker", "قوات الدعم السريع") in got
    assert ("قُتل", "Agent", "قوات الدعم السريع") in got
    assert ("قُتل", "Place", "الفاشر") in got


def test_a_weapon_of_the_attack_is_the_instrument_of_the_deaths_it_caused() -> None:
    text = "وأفادت مصادر طبية بمقتل ثلاثة عناصر وإصابة اثنين في هجوم بطائرة مسيرة قرب بلدة سرمدا."
    got = roles(predict(text))
    for trigger in ("مقتل", "إصابة", "هجوم"):
        assert (trigger, "Place", "سرمدا") in got, trigger
    for trigger in ("مقتل", "إصابة"):
        assert (trigger, "Instrument", "طائرة مسيرة") in got, trigger


def test_no_instrument_without_a_causal_link() -> None:
    text = "وقُتل جنديان في كمين، فيما أعلن الجيش تدمير طائرة مسيرة بصاروخ."
    got = roles(predict(text))
    assert not any(t == "قُتل" and r == "Instrument" for t, r, _ in got)


def test_a_place_at_the_entrance_of_a_town() -> None:
    text = "وانفجرت سيارة مفخخة عند مدخل مدينة غاو، ما أدى إلى مقتل أربعة جنود."
    got = roles(predict(text))
    assert ("مقتل", "Place", "غاو") in got


def test_the_length_of_a_clash_is_not_the_time_of_its_deaths() -> None:
    text = "وقال مسؤول إن المواجهات استمرت نحو ست ساعات، وأسفرت عن مقتل 9 جنود."
    got = roles(predict(text))
    assert ("مقتل", "Time", "نحو ست ساعات") not in got


def test_a_date_before_a_coordinated_speech_verb_stays_in_its_clause() -> None:
    text = (
        "واتهمت الحكومة المتمردين بخرق اتفاق وقف إطلاق النار الموقع في الدوحة في "
        "كانون الثاني/يناير 2024، وأعلنت تعليق المحادثات."
    )
    got = roles(predict(text))
    assert ("أعلنت", "Time", "كانون الثاني/يناير 2024") not in got


# --- talks --------------------------------------------------------------------------------


def test_delegations_between_and_a_launch_verb_place() -> None:
    text = (
        "وانطلقت في العاصمة القطرية الدوحة، أمس الأحد، جولة جديدة من المفاوضات "
        "بين وفدي إثيوبيا وإريتريا وكينيا."
    )
    got = roles(predict(text))
    for party in ("إثيوبيا", "إريتريا", "كينيا"):
        assert ("المفاوضات", "Participant", party) in got, party
    assert ("المفاوضات", "Place", "الدوحة") in got


def test_a_delegation_and_its_head_take_part() -> None:
    text = (
        "وبدأت المحادثات في جدة بمشاركة وفد الحكومة المصرية برئاسة وزير الخارجية "
        "سامح شكري، ووفد قوات الدعم السريع."
    )
    got = roles(predict(text))
    assert ("المحادثات", "Participant", "الحكومة المصرية") in got
    assert ("المحادثات", "Participant", "سامح شكري") in got
    assert ("المحادثات", "Participant", "قوات الدعم السريع") in got


def test_a_host_city_is_the_place_not_the_topic() -> None:
    text = "القاهرة تستضيف جولة جديدة من محادثات غزة"
    got = roles(predict(text))
    assert ("محادثات", "Place", "القاهرة") in got
    assert ("محادثات", "Place", "غزة") not in got


def test_a_place_before_haythu_is_the_place_of_its_clause() -> None:
    text = "ووصل وزير الخارجية الأردني أيمن الصفدي إلى القاهرة، حيث التقى الرئيس المصري عبد الفتاح السيسي."
    got = roles(predict(text))
    assert ("التقى", "Place", "القاهرة") in got
    assert ("التقى", "Participant", "عبد الفتاح السيسي") in got


def test_a_second_object_after_thumma() -> None:
    text = (
        "والتقى المبعوث الأمريكي آموس هوكشتاين، أمس، الرئيس المصري عبد الفتاح السيسي في "
        "القاهرة، ثم رئيس الوزراء مصطفى مدبولي."
    )
    got = roles(predict(text))
    assert ("التقى", "Participant", "عبد الفتاح السيسي") in got
    assert ("التقى", "Participant", "مصطفى مدبولي") in got


def test_the_partner_of_a_call_after_a_glued_ba_and_the_speaker_during_it() -> None:
    text = (
        "وأجرى الرئيس الفرنسي إيمانويل ماكرون اتصالاً هاتفياً بالرئيس الأمريكي جو بايدن، "
        "أكد خلاله ضرورة التهدئة."
    )
    got = roles(predict(text))
    assert ("اتصالاً هاتفياً", "Participant", "جو بايدن") in got
    assert ("أكد", "Speaker", "إيمانويل ماكرون") in got


def test_a_continuing_verb_is_a_light_verb() -> None:
    text = "فيما تواصل القاهرة والدوحة مشاوراتهما بشأن الهدنة."
    got = roles(predict(text))
    assert ("مشاوراتهما", "Participant", "القاهرة") in got
    assert ("مشاوراتهما", "Participant", "الدوحة") in got


# --- victims, speakers, objects -----------------------------------------------------------


def test_a_partitive_count_after_a_trigger_that_follows_its_victims() -> None:
    text = "ولقي تسعة أشخاص حتفهم، بينهم ثلاثة أطفال، في الغارة."
    got = roles(predict(text))
    assert ("حتفهم", "Victim", "تسعة أشخاص") in got
    assert ("حتفهم", "Victim", "ثلاثة أطفال") in got


def test_a_count_coordinated_past_a_place() -> None:
    text = "وأسفرت المعارك عن مقتل أكثر من 300 شخص في دارفور ونحو 50 جندياً."
    got = roles(predict(text))
    assert ("مقتل", "Victim", "أكثر من 300 شخص") in got
    assert ("مقتل", "Victim", "نحو 50 جندياً") in got


def test_a_coordinated_casualty_verb_takes_the_count_after_it() -> None:
    text = "وانفجرت عبوة ناسفة، ما أدى إلى مصرع 3 جنود وجرح أربعة آخرين."
    got = roles(predict(text))
    assert ("جرح", "Victim", "أربعة") in got
    assert ("جرح", "Victim", "3 جنود") not in got


def test_a_statement_noun_with_a_lam_genitive_speaker() -> None:
    text = "وبحث الوزيران الأوضاع في المنطقة، وفق بيان لوزارة الخارجية المصرية."
    got = roles(predict(text))
    assert ("بيان", "Speaker", "وزارة الخارجية المصرية") in got


def test_a_title_qualified_by_a_place_before_the_name() -> None:
    text = "وقال وزير الخارجية الأمريكي في عمّان أنتوني بلينكن إن المحادثات مثمرة."
    got = roles(predict(text))
    assert ("قال", "Speaker", "أنتوني بلينكن") in got


def test_the_object_of_a_request_past_its_place() -> None:
    text = "ودعت فرنسا الحكومة الانتقالية في نيامي إلى الإفراج عن الرئيس."
    got = roles(predict(text))
    assert ("دعت", "Requester", "فرنسا") in got
    assert ("دعت", "Addressee", "الحكومة الانتقالية") in got


def test_an_agreement_that_is_the_topic_of_talks_has_no_parties() -> None:
    text = "وواشنطن وموسكو تبحثان الهدنة في جنيف"
    got = roles(predict(text))
    assert ("تبحثان", "Participant", "واشنطن") in got
    assert not any(t == "الهدنة" and r == "Party" for t, r, _ in got)


def test_an_announced_recapture_names_its_doer_and_the_place_taken() -> None:
    text = "الجيش الأوكراني يعلن استعادة خيرسون"
    got = roles(predict(text))
    assert ("استعادة", "Territory", "خيرسون") in got
    assert ("استعادة", "Agent", "الجيش الأوكراني") in got
    assert ("استعادة", "Agent", "خيرسون") not in got
