"""Pre-annotation outside wire news: the format of a genre (press release, live blog, opinion
column, Security Council summary, PDF report, interview transcript), each rule tested on an
invented text (offsets computed with text.index)."""

from __future__ import annotations

from annotate.preannotate.genre_zones import genre_zones
from annotate.preannotate.verb_persons import person_forms
from annotate.preannotate.zones import find_zones, soft_wraps
from annotate.text import normalize
from tests.test_preannotate import at, spans
from tests.test_preannotate_patterns import predict, roles

# the roles that name who speaks, accuses or requests
_SOURCES = ("Speaker", "Accuser", "Requester")


def _zoned(text: str) -> list[tuple[int, int]]:
    return [(z.start, z.end) for z in find_zones(normalize(text).text)]


def _outside(text: str, got: set[tuple[str, int, int]], start: int, end: int) -> bool:
    return not any(s < end and start < e for _, s, e in got)


# --- zones ------------------------------------------------------------------------------


def test_press_release_header_reference_end_mark_and_footer_are_zones() -> None:
    text = (
        "وزارة الخارجية - المملكة الأردنية\n"
        "الرئيسية › الأخبار › البيانات\n"
        "رقم المرجع: م ع/2023/88\n\n"
        "تدين الوزارة القصف الذي استهدف مدينة حلب.\n\n"
        "-انتهى-\n\n"
        "طباعة | مشاركة\n"
        "جميع الحقوق محفوظة © وزارة الخارجية - الأردن 2023"
    )
    got = spans(predict(text))
    body = text.index("تدين")
    assert at(text, "GPE", "حلب") in got
    assert _outside(text, got, 0, body)
    assert _outside(text, got, text.index("-انتهى-"), len(text))
    zones = _zoned(text)
    ref = text.index("رقم")
    assert zones[:2] == [(0, ref - 1), (ref, ref + len("رقم المرجع: م ع/2023/88"))]
    assert zones[-1][1] == len(text)


def test_a_breadcrumb_low_in_the_page_keeps_the_lines_above_it() -> None:
    text = "قصفت الطائرات مدينة حمص.\nوزارة الدفاع\nتقرير\nالرئيسية › الأخبار\nنص"
    nav = text.index("الرئيسية")
    assert _zoned(text) == [(nav, nav + len("الرئيسية › الأخبار"))]


def test_live_blog_banner_and_share_line_to_the_end_are_zones() -> None:
    text = (
        "مباشر | اشتباكات في غزة\n"
        "آخر تحديث: الأحد 3 آذار/مارس 2024 - 18:40\n\n"
        "18:40 - قصفت الطائرات مدينة رفح.\n\n"
        "شارك التغطية: فيسبوك | إكس\n"
        "تغطيات ذات صلة: مصر | الأردن"
    )
    got = spans(predict(text))
    assert at(text, "GPE", "رفح") in got
    assert at(text, "GPE", "غزة") in got
    assert _outside(text, got, text.index("آخر"), text.index("18:40 -"))
    assert _outside(text, got, text.index("شارك"), len(text))


def test_opinion_byline_with_a_title_reading_time_and_author_note_are_zones() -> None:
    text = (
        "رأي | متى تنتهي الحرب؟\n\n"
        "بقلم: د. كريم منصور\n"
        "وقت القراءة: 5 دقائق\n\n"
        "قصفت الطائرات مدينة حماة مجدداً.\n\n"
        "* الكاتب أستاذ في جامعة دمشق.\n"
        "الآراء الواردة تعبر عن رأي كاتبها."
    )
    got = spans(predict(text))
    assert at(text, "GPE", "حماة") in got
    assert _outside(text, got, text.index("بقلم"), text.index("قصفت"))
    assert _outside(text, got, text.index("* الكاتب"), len(text))


def test_a_masthead_of_short_fields_and_a_line_of_asterisks_are_zones() -> None:
    text = (
        "تغطية الاجتماعات | مجلس الأمن | الجلسة 9100 | نيويورك\n\n"
        "استمع مجلس الأمن إلى إحاطة بشأن السودان.\n\n"
        "* *** *"
    )
    got = spans(predict(text))
    assert at(text, "GPE", "السودان") in got
    assert _outside(text, got, 0, text.index("\n"))
    assert _zoned(text)[-1] == (text.index("* ***"), len(text))


def test_a_headline_with_one_bar_is_content() -> None:
    text = "مباشر | غارات على مدينة خان يونس وقصف في غزة"
    assert genre_zones(normalize(text).text) == []


def test_pdf_page_footer_and_running_header_are_zones() -> None:
    header = "مركز الرصد | تقرير حقوقي 2022"
    text = (
        f"{header}\n"
        "قصفت الطائرات مدينة إدلب.\n"
        "الصفحة 1 من 2\n\n"
        f"{header}\n"
        "وانسحبت القوات من مدينة منبج.\n"
        "الصفحة 2 من 2"
    )
    got = spans(predict(text))
    assert at(text, "GPE", "إدلب") in got
    assert at(text, "GPE", "منبج") in got
    second = text.index(header, 1)
    zones = _zoned(text)
    assert (0, len(header)) in zones
    assert (second, second + len(header)) in zones
    assert (text.index("الصفحة 1"), text.index("الصفحة 1") + len("الصفحة 1 من 2")) in zones


def test_a_repeated_line_without_page_footers_is_content() -> None:
    text = "قصف في حلب\nنص أول.\nقصف في حلب\nنص ثان."
    assert genre_zones(normalize(text).text) == []


def test_transcript_break_and_watch_line_are_zones() -> None:
    text = (
        "سؤال: ما موقفكم من قصف مدينة الموصل؟\n"
        "جواب: ندين القصف.\n\n"
        "(فاصل)\n\n"
        "سؤال: والانسحاب؟\n\n"
        "شاهد الحلقة كاملة على موقع قناة العراق."
    )
    got = spans(predict(text))
    assert at(text, "GPE", "الموصل") in got
    fasel = text.index("(فاصل)")
    assert (fasel, fasel + len("(فاصل)")) in _zoned(text)
    assert _outside(text, got, text.index("شاهد"), len(text))


def test_the_number_of_a_numbered_point_is_no_value() -> None:
    text = (
        "تؤكد الوزارة ما يلي:\n"
        "1. تدين الوزارة مقتل 12 مدنياً في حلب.\n"
        "2- تدعو إلى وقف إطلاق النار.\n"
        "(3) تطالب بالإفراج عن 40 أسيراً."
    )
    got = spans(predict(text))
    assert at(text, "NUM", "12 مدنياً") in got
    assert at(text, "NUM", "40 أسيراً") in got
    for marker in ("1.", "2-", "(3)"):
        assert _outside(text, got, text.index(marker), text.index(marker) + len(marker))


# --- live blog --------------------------------------------------------------------------


def _roles(text: str, trigger: str) -> set[tuple[str, str]]:
    rec = predict(text)
    ents = {e.id: e.surface for e in rec.entities}
    start = text.index(trigger)
    (event,) = [v for v in rec.events if v.trigger.start == start]
    return {(a.role.value, ents[a.entity]) for a in event.arguments}


def test_an_entry_timestamp_is_a_time_that_dates_no_event() -> None:
    text = "مباشر | غزة\n\n21:05 - قصفت الطائرات مدينة رفح.\n\n20:40 - قصفت الطائرات خان يونس فجر اليوم."
    got = spans(predict(text))
    assert at(text, "TIME", "21:05") in got
    assert not any(role == "Time" for role, _ in _roles(text, "قصفت"))
    assert ("Time", "فجر اليوم") in _roles(text, "قصفت الطائرات خان")


def test_a_time_inside_a_sentence_still_dates_its_event() -> None:
    text = "قصفت الطائرات مدينة رفح عند الساعة 21:05 - بحسب شهود."
    assert ("Time", "الساعة 21:05") in _roles(text, "قصفت")


# --- PDF reports ------------------------------------------------------------------------


def test_a_name_cut_by_a_hard_wrap_of_a_paged_text_is_one_mention() -> None:
    text = "وقال المبعوث الأممي كريم\nمنصور إن الطرفين اتفقا.\nالصفحة 1 من 3"
    got = spans(predict(text))
    assert at(text, "PER", "كريم\nمنصور") in got


def test_short_lines_wrap_only_in_a_paged_text() -> None:
    body = "قصفت الطائرات مواقع\nفي صعدة."
    norm = normalize(body).text
    assert soft_wraps(norm) == {}
    paged = normalize(body + "\nالصفحة 2 من 3").text
    assert soft_wraps(paged) == {norm.index("\n"): norm.index("في")}


def test_headings_and_bullets_keep_their_line_in_a_paged_text() -> None:
    text = "1. الملخص\nقصفت الطائرات مواقع\n• في صعدة\nالصفحة 2 من 3"
    assert soft_wraps(normalize(text).text) == {}


def test_a_sentence_cut_by_a_page_break_keeps_its_arguments() -> None:
    header = "مركز الرصد | تقرير 2022"
    text = (
        f"{header}\n"
        "وقال المتحدث باسم الجيش علي منصور في تصريح للمركز،\n"
        "الصفحة 1 من 2\n\n"
        f"{header}\n"
        "مؤكداً أن القوات انسحبت من المدينة."
    )
    assert ("Speaker", "علي منصور") in _roles(text, "مؤكداً")


# --- Security Council summaries ---------------------------------------------------------


def test_a_representative_of_a_state_is_an_occupation_in_either_gender() -> None:
    text = "ثم تحدثت ممثلة فرنسا، فدانت القصف. وقال ممثل البرازيل إن بلاده ترفض التدخل."
    got = spans(predict(text))
    assert at(text, "OCC", "ممثلة فرنسا") in got
    assert at(text, "GPE", "فرنسا") in got
    assert at(text, "OCC", "ممثل البرازيل") in got


# --- interviews: first- and second-person verbs -----------------------------------------


def test_person_forms_derive_from_a_listed_past_stem_only() -> None:
    got = person_forms(["أعلن", "أعلنت", "قال", "قالت", "أدان", "أدانت", "يؤكد", "دان", "دانت"])
    for form in ("أعلنا", "أعلنتم", "قلت", "قلنا", "أدنا", "دنت"):
        assert form in got
    # no stem without its feminine, no two-letter plural that is another verb (دنا)
    assert not any(f.startswith("يؤكد") for f in got)
    assert "دنا" not in got
    assert "قالنا" not in got


def test_an_interviewee_speaks_in_the_first_person() -> None:
    text = (
        "المذيع: وماذا فعلتم بعد الغارة؟ وهل طالبتم بتعويضات؟\n"
        "الوزير: أدنّا الهجوم فوراً واتفقنا مع الجانب الآخر على لجنة، وقلت للسفير إن صبرنا نفد."
    )
    got = spans(predict(text))
    assert at(text, "Request", "طالبتم") in got
    assert at(text, "Accuse", "أدنّا") in got
    assert at(text, "Agreement", "اتفقنا", "و") in got
    assert at(text, "Statement", "قلت", "و") in got


def test_the_imperfect_of_withdrawing_forces_is_a_withdrawal() -> None:
    text = "نريد أن تسحب الحكومة قواتها من القاعدة، وأن يسحب الجيش دباباته من الحدود."
    got = spans(predict(text))
    assert at(text, "Withdraw", "تسحب") in got
    assert at(text, "Withdraw", "يسحب") in got


def test_a_first_person_verb_takes_no_subject_after_it() -> None:
    # the subject of أبلغنا/طالبنا is in the ending: the state after the verb is its hearer
    text = (
        "الوزير: أبلغنا موسكو رفضنا للهجوم، وطالبنا واشنطن بوقف الدعم.\n"
        "وأبلغت فرنسا موسكو رفضها للهجوم."
    )
    first = _roles(text, "أبلغنا")
    assert not any(role == "Speaker" for role, _ in first)
    assert ("Speaker", "واشنطن") not in _roles(text, "طالبنا")
    # the third-person control: the state after the verb is still its speaker
    assert ("Speaker", "فرنسا") in _roles(text, "أبلغت")


def test_a_representative_of_a_state_ends_after_the_state() -> None:
    # ممثل X takes one genitive name: the organisation after it is the verb's object
    text = "واتهم ممثل العراق حركة حماس بخرق الهدنة، وقالت ممثلة فرنسا جيش التحرير الوطني يهاجم."
    rec = predict(text)
    got = spans(rec)
    assert at(text, "OCC", "ممثل العراق") in got
    assert at(text, "ORG", "حركة حماس") in got
    assert at(text, "OCC", "ممثلة فرنسا") in got
    assert at(text, "ORG", "جيش التحرير الوطني") in got
    assert not [e for e in rec.entities if e.type.value == "PER"]


def test_a_count_cut_by_a_page_wrap_keeps_its_noun() -> None:
    body = (
        "وأفادت اللجنة بأن السلطات تحتجز ٣١٢\n"
        "محتجزاً في سجن المدينة، وأن نحو ٩٠٠\n"
        "أسير نقلوا إلى مخيم قرب الحدود\n"
    )
    paged = (
        "تقرير اللجنة\n" + body + "الصفحة 1 من 2\nتقرير اللجنة\nوأكدت اللجنة ذلك.\nالصفحة 2 من 2"
    )
    got = spans(predict(paged))
    assert at(paged, "NUM", "٣١٢\nمحتجزاً") in got
    assert at(paged, "NUM", "نحو ٩٠٠\nأسير") in got
    # without page footers a line end is a line end: the count stops at it
    assert at(body, "NUM", "٣١٢") in spans(predict(body))


# --- colon attributions and statement anaphora ------------------------------------------


def test_a_colon_attribution_has_no_speaker_and_its_clause_keeps_its_subject() -> None:
    # `X: …` in a live blog names the source, no Statement trigger and no role; the clause
    # after the colon has its own subject, before a negated verb (`Y لم تنسحب`)
    text = (
        "مباشر | التصعيد في الجنوب\n\n"
        "21:05 - وزارة الصحة السورية: ارتفاع عدد القتلى إلى تسعة.\n\n"
        "20:30 - مصادر أمنية: القوات التركية لم تنسحب من بلدة عفرين."
    )
    rec = predict(text)
    assert not [v for v in rec.events if v.type.value == "Statement"]
    assert not any(role == "Speaker" for _, role, _ in roles(rec))
    assert ("تنسحب", "Agent", "القوات التركية") in roles(rec)


def test_a_bare_ministry_after_the_first_sentence_expresses_without_speaker() -> None:
    text = (
        "تتابع وزارة الخارجية في المملكة المغربية الوضع في غزة.\n\n"
        "١. تُعرب الوزارة عن قلقها من التصعيد، وتدعو الوزارة الأطراف إلى ضبط النفس."
    )
    rec = predict(text)
    assert at(text, "Statement", "تُعرب") in spans(rec)
    assert not any(trig in ("تُعرب", "تدعو") and role in _SOURCES for trig, role, _ in roles(rec))
