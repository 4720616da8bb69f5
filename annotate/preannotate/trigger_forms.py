"""Inflected forms of the trigger lexicon's lemmas: a verb's paradigm, a participle's
agreement forms, a noun's number and pronoun forms.

News text is unvocalised, so one spelling covers the active and the passive of most verbs
(قَتَل، قُتِل) and the indicative, subjunctive and jussive of a present that differs only in
its vowels. What the spelling does show is generated here from a lemma written as in the
dictionary, so that a verb is never known in some persons only:

- a verb `past/present` (`هاجم/يهاجم`): the third person past and present (masculine and
  feminine, singular, dual, plural), the subjunctive plural (يهاجموا), the first person
  (هاجمنا، نهاجم، أهاجم) and the second plural (هاجمتم، تهاجمون), and the object pronouns
  ه، ها، هم، هما، كم on the third-person forms (أعلنه، نقلته، سلّموهم، ينفيه). Weak verbs follow
  their class, read from the spelling: a final alif or alif maqsura is defective (دعا/يدعو،
  نفى/ينفي: دعت، دعوا، نفيا، ينفون، دعاه، نفاه); an alif before the last letter of the past is
  hollow and drops before a consonant ending (قال: قلت، قلنا؛ استعاد: استعدنا); a two-letter
  past is doubled (حثّ: حثثنا). A present `-` means the verb is used in the past only
  (its present is another common word);
- a participle (`محذر`): its circumstantial accusative (محذراً), feminine and plural;
- a noun `singular/plural…` (`غارة`, `معركة/معارك`): the accusative, the dual (of a feminine
  noun also before its genitive: اتفاقيتي أوسلو), the plurals
  (a feminine singular without a listed plural takes ات), and the same pronouns and نا as
  possessives on the singular and the plurals (حربها، معاركهم، اتفاقه، حربنا).

Generated forms are plain spellings; `lexicon.py` normalises them like every other form.
"""

from __future__ import annotations

from typing import Final, NamedTuple

_ALIF: Final = "\N{ARABIC LETTER ALEF}"
_MAKSURA: Final = "\N{ARABIC LETTER ALEF MAKSURA}"
_HAMZA_ALIF: Final = "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"
_HAMZA: Final = "\N{ARABIC LETTER HAMZA}"
_WAW_HAMZA: Final = "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}"
_YEH_HAMZA: Final = "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}"
_TEH: Final = "\N{ARABIC LETTER TEH}"
_MARBUTA: Final = "\N{ARABIC LETTER TEH MARBUTA}"
_NOON: Final = "\N{ARABIC LETTER NOON}"
_WAW: Final = "\N{ARABIC LETTER WAW}"
_YEH: Final = "\N{ARABIC LETTER YEH}"
_MEEM: Final = "\N{ARABIC LETTER MEEM}"
_HEH: Final = "\N{ARABIC LETTER HEH}"

_WE: Final = _NOON + _ALIF  # نا
_YOU: Final = _TEH + _MEEM  # تم
_DUAL: Final = _ALIF + _NOON  # ان
_PLURAL: Final = _WAW + _NOON  # ون
_PLURAL_SUBJ: Final = _WAW + _ALIF  # وا
_KAF: Final = "\N{ARABIC LETTER KAF}"
# object pronouns ه، ها، هم، هما and كم of an interview (تتهمكم); a verb + نا is left to the
# first person (هاجمنا: "we attacked" far more often than "he attacked us")
_PRONOUNS: Final = (_HEH, _HEH + _ALIF, _HEH + _MEEM, _HEH + _MEEM + _ALIF, _KAF + _MEEM)
# possessive pronouns: the same and نا (حربنا، اتفاقكم)
_POSSESSIVES: Final = (*_PRONOUNS, _WE)


class Form(NamedTuple):
    """A generated spelling; `personal` marks a first- or second-person verb (its subject is
    in its ending, so a mention after it is never its subject)."""

    text: str
    personal: bool = False


def _defective(past: str) -> bool:
    return len(past) >= 3 and past[-1] in (_ALIF, _MAKSURA)


def _hollow(past: str) -> bool:
    return len(past) >= 3 and past[-2] == _ALIF and not _defective(past)


def _past_forms(past: str) -> list[Form]:
    out: list[Form] = []
    if _defective(past):
        stem = past[:-1]
        glide = _WAW if past[-1] == _ALIF else _YEH  # دعا: دعوت؛ نفى: نفيت
        third = [past, stem + _TEH, stem + _TEH + _ALIF, stem + glide + _ALIF, stem + _PLURAL_SUBJ]
        out += [Form(f) for f in third]
        out += [Form(stem + glide + s, True) for s in (_TEH, _WE, _YOU)]
        carrier = past if past[-1] == _ALIF else stem + _ALIF  # دعاه، نفاه
        objects = (carrier, stem + _TEH, stem + _WAW)
    else:
        out += [Form(past + s) for s in ("", _TEH, _TEH + _ALIF, _ALIF, _PLURAL_SUBJ)]
        if _hollow(past):
            short = past[:-2] + past[-1]
        elif len(past) == 2:
            short = past + past[-1]  # حثّ: حثثنا
        else:
            short = past
        plural = short + _ALIF if short.endswith(_NOON) else short + _WE
        if len(plural) > 3:  # a two-letter plural (دنا from دان) is another verb
            out += [Form(short + _TEH, True), Form(plural, True), Form(short + _YOU, True)]
        objects = (past, past + _TEH, past + _WAW)
    for carrier in objects:
        out += [Form(carrier + p) for p in _PRONOUNS]
    return out


def _present_forms(present: str) -> list[Form]:
    if not present.startswith(_YEH) or len(present) < 3:
        return []
    body = present[1:]
    last = present[-1]
    if last in (_WAW, _YEH):  # يدعو، ينفي
        base, dual, object_base = present[:-1], present + _DUAL, present
    elif last == _MAKSURA:  # يتلقى
        base, dual, object_base = present[:-1], present[:-1] + _YEH + _DUAL, present[:-1] + _ALIF
    else:
        base, dual, object_base = present, present + _DUAL, present
    out = [Form(present), Form(_TEH + body), Form(dual), Form(_TEH + dual[1:])]
    out += [Form(base + _PLURAL), Form(base + _PLURAL_SUBJ)]
    if len(body) >= 3:  # نصف، أصف (from يصف) are "half" and a name: long presents only
        first = body if body[0] != _ALIF else body[1:]
        out += [Form(_NOON + body, True), Form(_HAMZA_ALIF + first, True)]
        # the second plural of an interviewer's question (هل تطالبون، لماذا تتهمون)
        out += [Form(_TEH + base[1:] + _PLURAL, True), Form(_TEH + base[1:] + _PLURAL_SUBJ, True)]
    for carrier in (object_base, _TEH + object_base[1:], base + _PLURAL):
        out += [Form(carrier + p) for p in _PRONOUNS]
    return out


def verb_forms(lemma: str) -> list[Form]:
    """Every spelling of the verb `past/present` (see the module docstring), in order,
    without repeats; a spelling that is also a third-person form is not `personal`."""
    past, _, present = lemma.partition("/")
    past, present = past.strip(), present.strip()
    forms = _past_forms(past) if past and past != "-" else []
    if present and present != "-":
        forms += _present_forms(present)
    third = {f.text for f in forms if not f.personal}
    seen: set[str] = set()
    out: list[Form] = []
    for form in forms:
        if form.text in seen:
            continue
        seen.add(form.text)
        out.append(Form(form.text, form.personal and form.text not in third))
    return out


def participle_forms(participle: str) -> list[str]:
    """The agreement forms of an active participle used as a حال (محذر: محذراً، محذرةً،
    محذرين); a defective one is written in full (داعي: داعياً)."""
    stem = participle[:-1] if participle.endswith(_MARBUTA) else participle
    return [stem + _ALIF, stem + _MARBUTA, stem + _YEH + _NOON, stem + _TEH + _YEH + _NOON]


def _with_hamza_seat(word: str, suffix: str) -> list[str]:
    """`لقاء` + ه: the hamza sits on waw, yeh or the line by case (لقاؤه، لقائه، لقاءه)."""
    if word.endswith(_HAMZA):
        stem = word[:-1]
        return [stem + seat + suffix for seat in (_WAW_HAMZA, _YEH_HAMZA, _HAMZA)]
    return [word + suffix]


def noun_forms(lemma: str) -> tuple[list[str], list[str]]:
    """(forms that also take the article, possessed forms) of the noun `singular/plural…`:
    the singular, its accusative and dual, the plurals; then the singular and the plurals
    with the pronouns ه، ها، هم، هما."""
    parts = [p.strip() for p in lemma.split("/")]
    singular, plurals = parts[0], [p for p in parts[1:] if p and p != "-"]
    feminine = singular.endswith(_MARBUTA)
    if feminine and len(parts) == 1:
        plurals = [singular[:-1] + _ALIF + _TEH]
    bound = singular[:-1] + _TEH if feminine else singular
    plain = [singular]
    if not feminine and not singular.endswith(_HAMZA):
        plain.append(singular + _ALIF)  # the accusative: هجوماً
    plain += [bound + _DUAL, bound + _YEH + _NOON]
    if feminine:  # the dual before its genitive: جولتا المفاوضات، اتفاقيتي أوسلو
        plain += [bound + _ALIF, bound + _YEH]
    plain += plurals
    possessed: list[str] = []
    for word in [bound, *plurals]:
        if word.endswith(_MARBUTA):
            word = word[:-1] + _TEH
        elif word.endswith(_MAKSURA):  # قتلى: قتلاهم
            word = word[:-1] + _ALIF
        for pronoun in _POSSESSIVES:
            possessed += _with_hamza_seat(word, pronoun)
    return _unique(plain), _unique(possessed)


def _unique(forms: list[str]) -> list[str]:
    return list(dict.fromkeys(forms))
