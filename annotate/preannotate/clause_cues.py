"""The words of a trigger's clause, and the cue words that govern it: negators, and the
governors of modality (a request, a condition, a threat, an aim, a proposal, a future verb).

All words are in the normalised spelling of `annotate.text.normalize` (no tashkeel, ة → ه,
أ/إ/آ → ا, ى → ي). A governor only counts inside the trigger's own clause: the scan to the
left stops at a full stop, a colon or semicolon, a comma that does not open a coordinated
complement (`، وإلى سحب`), a word that opens a new clause (`فيما`, `الذي`) and an adjunct
that names a real event (`بعد`, `إثر`, `بسبب`): `دعا إلى وقف القتال بعد مقتل ٢٠ شخصاً` does
not request the deaths.
"""

from __future__ import annotations

import re

from annotate.schema import Modality

_TOKEN = re.compile(r"[^\W_]+|[^\w\s]|\n")
_STOP_MARKS = frozenset(".؛;:!?؟\n")
_COMMA = frozenset("،,")
_SCAN = 18  # words: a request with its addressee, its object and a coordinated complement

# Words that open a new clause or an adjunct about something that happened.
_CLAUSE_OPENERS = frozenset(
    [
        *("فيما", "بينما", "لكن", "لكنه", "لكنها", "لكنهم", "غير", "حين", "حيث", "عندما"),
        *("الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي"),
        *("بعد", "اثر", "عقب", "جراء", "بسبب", "منذ", "وسط", "رغم", "بعدما", "اذ", "كما"),
        *("خلال", "اثناء", "غرار"),
    ]
)
_CONJ = "وف"
_AFTER = frozenset(["بعد", "بعدما"])
EXCEPT_AFTER = "الا بعد"


def tokens(text: str) -> list[str]:
    """Words and punctuation marks of a normalised text, in order."""
    return _TOKEN.findall(text)


def bare(word: str) -> str:
    """`word` without a glued و / ف conjunction (ولم → لم; a two-letter word is kept)."""
    return word[1:] if len(word) > 2 and word[0] in _CONJ else word


def is_in(word: str, group: frozenset[str]) -> bool:
    return word in group or bare(word) in group


def clause_left(toks: list[str], coordinated: bool = False) -> list[str]:
    """The words of the clause before the trigger, nearest last (punctuation dropped).

    A comma ends the clause unless what follows it continues a complement (`، وإلى سحب`,
    `، إلى "الوقف الفوري"`; `coordinated`: the trigger itself carries the و of a coordinated
    noun) or it opens a short insertion closed by another comma (`، اليوم الأحد،`).
    """
    out: list[str] = []
    n = len(toks) - 1
    while n >= 0:
        tok = toks[n]
        if tok in _STOP_MARKS:
            break
        if tok in _COMMA:
            inserted = _insertion(toks, n)
            if inserted >= 0:
                n = inserted - 1  # skip the insertion and its opening comma
                continue
            if out and (out[-1].startswith(_GO_ON) or out[-1] in _COMPLEMENT):
                n -= 1
                continue
            if not out and coordinated:
                n -= 1
                continue
            break
        n -= 1
        if not tok[0].isalnum():
            continue  # quotes and brackets do not end a clause
        if is_in(tok, _CLAUSE_OPENERS):
            if bare(tok) in _AFTER and n >= 0 and toks[n] == "الا":
                out.append(EXCEPT_AFTER)  # إلا بعد أن يلقوا أسلحتهم: a condition
            break
        out.append(tok)
        if len(out) >= _SCAN:
            break
    out.reverse()
    return out


_COMPLEMENT = frozenset(["الي", "علي"])
# After a comma, a coordinated noun or prepositional complement goes on with the clause; a
# coordinated verb (، وأكدت أن …) starts a new one.
_GO_ON = ("وال", "والي", "وعلي", "وب", "ول")
_INSERTION = 4
_ADJUNCT_START = frozenset(
    [
        *("في", "من", "علي", "عن", "مع", "خلال", "وفق", "وفقا", "بحسب", "حسب", "امس", "صباح"),
        *("مساء", "ليل", "ليله", "فجر", "ظهر", "يوم", "بدوره", "بدورها", "منذ", "عبر"),
    ]
)


def _insertion(toks: list[str], comma: int) -> int:
    """The index of the comma that opens a short insertion ending at `comma`, or -1.

    An insertion is an adjunct (`، في بيان اليوم الثلاثاء،`, `، صباح الأحد،`) or an
    apposition (`، الدول الضامنة للعملية،`): it opens with a preposition, a time word or a
    definite noun, never with a verb or a conjunction (`، وقال …،` is a clause of its own).
    """
    words: list[str] = []
    for n in range(comma - 1, max(-1, comma - 2 * _INSERTION - 2), -1):
        tok = toks[n]
        if tok in _COMMA:
            if words and (words[-1] in _ADJUNCT_START or words[-1].startswith("ال")):
                return n
            return -1
        if tok in _STOP_MARKS:
            return -1
        if tok[0].isalnum():
            words.append(tok)
            if len(words) > _INSERTION:
                return -1
    return -1


def clause_right(toks: list[str], limit: int) -> list[str]:
    """Up to `limit` words after the trigger, to the end of its clause."""
    out: list[str] = []
    for tok in toks:
        if tok in _STOP_MARKS or tok in _COMMA:
            break
        if tok[0].isalnum():
            out.append(tok)
            if len(out) >= limit:
                break
    return out


# --- negation -----------------------------------------------------------------------------

# Particles that negate the word right after them.
NEGATORS = frozenset(["لم", "لن", "لا", "ليس", "ليست", "لسنا", "ليسوا"])
# Nouns that negate the noun they govern (من دون وقوع إصابات، عدم التوصل إلى اتفاق).
NOUN_NEGATORS = frozenset(["دون", "بدون", "عدم", "بعدم", "لعدم"])
# Verbs of denial whose object is a denied event (نفى وقوع أي إصابات).
DENIALS = frozenset(
    [
        *("نفي", "نفت", "نفوا", "ينفي", "تنفي", "ينفون", "نافيا", "نافيه", "نافين"),
        *("نفيا", "نفتا", "تنفيان", "ينفيان"),
    ]
)
# "No longer": لم يعد يسيطر negates the control.
LONGER = frozenset(["يعد", "تعد", "يعودوا", "تعودا", "نعد"])
# Light and occurrence verbs and nouns: a negation on them falls on the event they carry
# (لم تجر أي مفاوضات، لم يصدر أي بيان، لن تبدأ أي حرب، دون وقوع إصابات، دون التوصل إلى اتفاق).
CARRIERS = frozenset(
    [
        *("تجر", "يجر", "تجري", "يجري", "يصدر", "تصدر", "تبدا", "يبدا", "نبدا", "تشن", "يشن"),
        *("تنفذ", "ينفذ", "تسجل", "يسجل", "يقع", "تقع", "يحدث", "تحدث", "يتم", "تتم"),
        *("تفض", "يفض", "تفضي", "يفضي", "تسفر", "يسفر", "تود", "يود", "تودي", "يودي"),
        *("يتوصل", "تتوصل", "يتوصلا", "يتوصلوا", "نتوصل", "تتوصلا", "توقع", "يوقع", "يوقعا"),
        *("وقوع", "تسجيل", "حدوث", "التوصل", "سقوط", "حصول", "اجراء", "عقد"),
    ]
)
# Attitude verbs: negated, they make the event an unrealised wish, not a negated fact
# (لا يريد الحرب: HYPOTHETICAL and POSITIVE).
WANTS = frozenset(
    [
        *("يريد", "تريد", "يريدون", "نريد", "اريد", "تريدان", "يريدان"),
        *("يرغب", "ترغب", "يرغبون", "نرغب", "تسعي", "يسعي", "نسعي"),
    ]
)
# Intentions: a negated intention is a negated future (لا تنوي سحب قواتها).
INTENDS = frozenset(
    [
        *("تنوي", "ينوي", "ينوون", "ننوي", "تعتزم", "يعتزم", "يعتزمون", "نعتزم"),
        *("تعتزمان", "يعتزمان", "تنويان", "ينويان"),
    ]
)
# The future auxiliaries of Levantine and Gulf Arabic (ما رح تتخلى، ما راح).
DIALECT_FUTURE = frozenset(["رح", "راح", "حي", "بدو", "بدها"])
ANY = frozenset(["اي", "باي", "لاي", "واي"])
_PREPOSITIONS = frozenset(["الي", "عن", "من", "في", "علي", "ب"])


def _negator(word: str) -> bool:
    return is_in(word, NEGATORS) or is_in(word, NOUN_NEGATORS)


def negation(left: list[str]) -> str | None:
    """The word that negates the trigger at the end of `left` (its clause), or None.

    A negator governs the word right after it; through a light or occurrence verb it
    reaches that verb's event (`لم تجر أي مفاوضات`, `دون وقوع إصابات`, `لم تفض إلى اتفاق`),
    and a denial reaches an event after أي (`نفى وقوع أي إصابات`). A negated want (`لا
    يريد الحرب`) and a negated verb with the trigger as its plain object (`لن توقف
    عمليتها`, `لم تلتزم بالتفاهمات`) do not negate the event.
    """
    n = len(left)
    if n == 0:
        return None
    last = left[-1]
    if _negator(last):
        return bare(last)
    if n >= 2:
        before = left[-2]
        if is_in(before, NEGATORS) and (
            is_in(last, LONGER) or is_in(last, INTENDS) or is_in(last, CARRIERS)
        ):
            return bare(before)
        if is_in(before, NOUN_NEGATORS) and is_in(last, CARRIERS):
            return bare(before)
        if bare(before) == "ما" and last in DIALECT_FUTURE:
            return "ما"
    any_word = last in ANY
    k = n - 2 if any_word else n - 1
    if k >= 0 and left[k] in _PREPOSITIONS:
        k -= 1
    if k == n - 1 or k < 0:
        return None
    if _negator(left[k]) or is_in(left[k], DENIALS):
        return bare(left[k])
    if k >= 1 and is_in(left[k], CARRIERS):
        if _negator(left[k - 1]) or is_in(left[k - 1], DENIALS):
            return bare(left[k - 1])
        for j in range(k - 2, max(-1, k - 5), -1):  # نفى الجيش وقوع أي إصابات
            if is_in(left[j], DENIALS):
                return "نفي"
    if any_word and any(is_in(w, DENIALS) for w in left):
        return "نفي"  # نفت في بيانها أي إطلاق نار: a denied event
    if any_word:  # لم يصدر المجلس أي بيان: the subject stands between verb and object
        for j in range(k - 1, max(-1, k - 5), -1):
            if (_negator(left[j]) or is_in(left[j], DENIALS)) and is_in(left[j + 1], CARRIERS):
                return bare(left[j])
    return None


# --- modality governors -------------------------------------------------------------------

REQUESTS = frozenset(
    [
        *("دعا", "دعت", "دعوا", "يدعو", "تدعو", "يدعون", "ندعو", "داعيا", "داعيه", "دعتا"),
        *("دعاه", "دعاها", "دعاهما", "دعاهم", "دعتها", "دعتهما", "دعتهم", "دعيا"),
        *("دعوه", "دعوات", "الدعوه", "الدعوات", "بدعوه"),
        *("حث", "حثت", "يحث", "تحث", "حاثا", "حثه", "حثها", "حثهما", "حثهم", "حثتهما"),
        *("طالب", "طالبت", "طالبوا", "يطالب", "تطالب", "يطالبون", "نطالب", "مطالبا"),
        *("مطالبه", "مطالبين", "طالبتم", "طالبها", "طالبه", "طالبهما"),
        *("ناشد", "ناشدت", "يناشد", "تناشد", "مناشدا", "مناشده"),
        *("طلب", "طلبت", "يطلب", "تطلب", "طالبا", "ضروره", "بضروره"),
    ]
)
# What links a request to its content: دعا … إلى، حث … على، طالب … ب، طلب … من … ل.
REQUEST_LINKS = frozenset(["الي", "علي", "بان", "ب", "ل"])
# Stopping an event presupposes it goes on (تكف إسرائيل عن ضرباتها، لن توقف عمليتها).
_CEASE = frozenset(
    [
        *("تكف", "يكف", "تكفوا", "يكفوا", "الكف", "بالكف", "تتوقف", "يتوقف", "توقف"),
        *("يوقف", "توقفت", "ايقاف", "بايقاف", "لايقاف", "وقف", "بوقف", "لوقف"),
    ]
)
_CEASEFIRE = frozenset(
    [
        *("اطلاق", "لاطلاق", "النار", "القتال", "الاعمال", "للاعمال", "الاشتباكات", "العداييه"),
        *("الفوري", "فوري", "دايم", "شامل", "التام", "الكامل", "العدوان", "الحرب", "للحرب"),
    ]
)
# Needs take their content in construct (ضرورة وقف الاشتباكات).
_NEED = frozenset(["ضروره", "بضروره"])
# Aims in the present: a verb of aiming right before an event noun (تستهدف نزع السلاح).
_AIMING = frozenset(["تستهدف", "يستهدف", "تهدف", "يهدف", "الهادفه", "الهادف"])
# A request to look into, or to answer for, an event presupposes that it happened
# (دعت إلى التحقيق في مقتل مدنيين).
_PRESUPPOSE = frozenset(
    [
        *("التحقيق", "بالتحقيق", "تحقيق", "بتحقيق", "محاسبه", "بمحاسبه", "المحاسبه"),
        *("ادانه", "بادانه", "محاكمه", "بمحاكمه", "المسوولين", "مرتكبي", "تعويض"),
    ]
)
# Requests whose object is an existing agreement ask to keep it, not to make it
# (تدعو إلى تنفيذ اتفاق بروكسل، شدد على ضرورة الحفاظ على الهدنة).
KEEP = frozenset(
    [
        *("تنفيذ", "بتنفيذ", "لتنفيذ", "العوده", "بالعوده", "الالتزام", "بالالتزام"),
        *("الحفاظ", "بالحفاظ", "احترام", "باحترام", "لاحترام", "تطبيق", "بتطبيق"),
        *("بموجب", "وفق", "وفقا", "تمديد", "بتمديد"),
    ]
)
CONDITIONS = frozenset(
    [
        *("اذا", "لو", "حال", "لولا", "مهما", "هل", "اشترط", "اشترطت", "مشترطا", "مشترطه"),
        *("يشترط", "تشترط", "بشرط", "شريطه", "لنفترض", "نفترض", "افترضنا", "يفترض"),
        EXCEPT_AFTER,
    ]
)
THREATS = frozenset(
    [
        *("هدد", "هددت", "هددوا", "يهدد", "تهدد", "يهددون", "مهددا", "مهدده", "مهددين"),
        *("توعد", "توعدت", "يتوعد", "تتوعد", "متوعدا", "متوعده", "لوح", "يلوح", "تلوح"),
    ]
)
AIMS = frozenset(
    [
        *("بهدف", "سعيا", "قصدها", "قصده", "هدفها", "هدفه", "استعداد", "استعداده"),
        *("استعدادها", "استعدادهم", "استعدادهما", "مستعد", "مستعده", "مستعدون", "مستعدين"),
        *("نامل", "يامل", "تامل", "املها", "امله", "املهم", "املا", "امال", "امكانيه"),
        *("ربما", "يمكن", "يمكنه", "محتمل", "احتمال", "ممكن", "سبل", "تتناول", "يتناول"),
        *("يريد", "تريد", "يريدون", "نريد", "يرغب", "ترغب", "يرغبون", "لتجنيب"),
        *("لعل", "الارجح", "يرجح", "ترجح", "السيناريوهات", "سيناريو"),
    ]
)
PROPOSALS = frozenset(
    [
        *("اقتراح", "اقترح", "اقترحت", "اقترحوا", "يقترح", "تقترح", "مقترح", "المقترح"),
        *("بمقترح", "خطه", "الخطه", "بخطه", "لخطه", "مبادره", "المبادره", "مسوده"),
    ]
)
# Agreeing on an action, or a deal that provides for it, puts the action in the future
# (اتفقا على عقد اجتماع؛ ينص الاتفاق على انسحاب).
AGREE_ON = frozenset(
    [
        *("اتفق", "اتفقا", "اتفقت", "اتفقوا", "اتفقتا", "يتفق", "يتفقان", "تتفقان"),
        *("ينص", "تنص", "نص", "نصت", "ينصان", "يقضي", "تقضي", "تضمن", "يتضمن", "تتضمن"),
    ]
)
TERMS = frozenset(["ينص", "تنص", "نص", "نصت", "ينصان", "يقضي", "تقضي", "يتضمن", "تتضمن"])
EXPECT = frozenset(
    [
        *("متوقعا", "متوقعه", "المتوقع", "يرتقب", "المرتقب"),
        *("المقرر", "مقرر", "المزمع", "مزمع"),
    ]
)
# Future words after a nominal trigger (مفاوضات مرتقبة، الجولة المقبلة).
FUTURE_AFTER = frozenset(
    [
        *("المقبل", "المقبله", "المقبلين", "القادم", "القادمه", "مرتقبه", "المرتقبه"),
        *("مرتقب", "المرتقب", "غدا", "المقرره", "المقرر"),
    ]
)
# Words that look like س + an imperfect but are not (سيارة، سياسة، سيطرة، ستة، سنة).
_NOT_SA = (
    *("سيار", "سياس", "سيطر", "سياد", "ستين", "ستون", "سته", "سنه", "سنو", "سنت"),
    *("سيد", "سير", "ستار", "سيف", "سينا", "سيول", "سنغ", "سيب", "ستوك", "سيم", "سين"),
    # foreign names (سيرغي، ستيفن، سيلفا، سيكورسكي، ستولتنبرغ)
    *("ستيف", "ستول", "سيلف", "سيكور", "ستان", "سنود"),
)


def future_verb(word: str) -> bool:
    """Whether `word` is س + an imperfect verb (ستواصل، سيوقعان، سنستعيد)."""
    w = bare(word)
    if len(w) < 4 or w[0] != "س" or w[1] not in "يتن":
        return False
    return not w.startswith(_NOT_SA)


def _linked(between: list[str], prefix: str) -> bool:
    """Whether a request or threat reaches the trigger through إلى / على / ب / ل."""
    if "ب" in prefix or "ل" in prefix:
        return True
    return any(
        w in REQUEST_LINKS or w.startswith(("بال", "لل")) or (w[0] in "بل" and w[1:] in CARRIERS)
        for w in between
    )


def is_imperfect(word: str) -> bool:
    """Whether `word` reads as an imperfect verb (يجر، تسحب) rather than a perfect (تعرضت)."""
    w = bare(word)
    if w[:1] == "ي":
        return True
    return w[:1] in ("ت", "ن") and not w.endswith(("ت", "وا", "ا"))


def governor(
    left: list[str], trigger: str, prefix: str, agreement: bool, can_request: bool, nominal: bool
) -> Modality | None:
    """The modality set by the nearest governor in the trigger's clause `left`, or None.

    `trigger` is the trigger's first word and `prefix` its proclitic run; `agreement` says
    the trigger is an Agreement (agreeing on one is not its future; asking to keep one, or
    a draft of one, does not change its modality); `nominal` that it is no finite verb (a
    future verb before it governs it as its object).
    """
    n = len(left)
    for i in range(n - 1, -1, -1):
        w = left[i]
        b = bare(w)
        dist = n - 1 - i
        between = left[i + 1 :]
        if agreement and is_in(w, KEEP):
            return None  # an existing agreement: keep, implement, extend it
        if b == "لن" and dist == 0:
            return Modality.FUTURE
        if b == "سوف" and dist <= 1:
            return Modality.FUTURE
        if nominal and dist <= 1 and (w in DIALECT_FUTURE or future_verb(w)):
            return Modality.FUTURE
        if is_in(w, INTENDS) or (is_in(w, EXPECT) and dist <= 3):
            return Modality.FUTURE
        if b == "قد" and dist <= 3:
            nxt = left[i + 1] if i + 1 < n else trigger
            # قد + imperfect is a possibility; قد + perfect asserts (and ends the scan).
            return Modality.HYPOTHETICAL if is_imperfect(nxt) else None
        if is_in(w, _PRESUPPOSE):
            return None
        if is_in(w, _CEASE) and not (between and between[0] in _CEASEFIRE):
            return None  # (وقف إطلاق النار والعودة إلى المفاوضات: a ceasefire, not a stop)
        if is_in(w, REQUESTS):
            if not can_request:
                return None
            if not _linked(between, prefix) and not (dist == 0 and is_in(w, _NEED)):
                continue
            return Modality.REQUESTED
        if i == 0 and b == "علي" and n >= 3 and left[-1] == "ان" and can_request:
            return Modality.REQUESTED  # على تركيا أن تسحب قواتها: an obligation
        if b == "لم" and i > 0 and bare(left[i - 1]) == "ما":
            return Modality.HYPOTHETICAL  # ما لم: unless
        if dist <= 1 and is_in(w, _AIMING):
            return Modality.HYPOTHETICAL  # عملية تستهدف نزع سلاحهم
        if is_in(w, AGREE_ON) and "علي" in between:
            if not agreement:
                return Modality.FUTURE
            return None
        if b == "اذا" and i > 0 and bare(left[i - 1]) == "ما":
            return None  # ما إذا: whether, an indirect question
        if is_in(w, THREATS):
            if _linked(between, prefix) or any(x[0] == "ب" for x in between):
                return Modality.HYPOTHETICAL
            return None  # يهدد التصعيد اتفاق السلام: endangers, does not threaten with
        if is_in(w, CONDITIONS) or is_in(w, AIMS):
            return Modality.HYPOTHETICAL
        if is_in(w, PROPOSALS):
            return None if agreement else Modality.PROPOSED
    return None
