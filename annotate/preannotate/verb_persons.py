"""First- and second-person past forms of the trigger verbs (interviews, speeches, letters).

The lexicon lists third-person forms (أبلغ، أبلغت). An interviewee speaks in the first person
(أبلغنا، قلت، أدنّا، اتفقنا) and an interviewer asks in the second (طالبتم). A past stem is
a form listed together with its feminine `X + ت`; from it come `X + نا`, `X + تم` (and
`X + ت` itself, already listed). A hollow stem (قال، أدان) drops its alif before a suffix
that starts with a consonant (قلت، أدنّا); a stem ending in ن absorbs the ن of نا (أدنّا).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

_ALIF: Final = "\N{ARABIC LETTER ALEF}"
_NOON: Final = "\N{ARABIC LETTER NOON}"
_TEH: Final = "\N{ARABIC LETTER TEH}"
_WE: Final = _NOON + _ALIF
_HAMZA_ALIF: Final = "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}"
_YOU: Final = _TEH + "\N{ARABIC LETTER MEEM}"


def _hollow(stem: str) -> str:
    # قال، دان (three letters) and أدان، أفاد، أشار (form IV, four letters with hamza)
    if len(stem) == 3 and stem[1] == _ALIF:
        return stem[0] + stem[2]
    if len(stem) == 4 and stem[2] == _ALIF and stem[0] == _HAMZA_ALIF:
        return stem[:2] + stem[3]
    return stem


def person_forms(forms: Iterable[str]) -> list[str]:
    """The first-person (singular, plural) and second-person plural past forms of the
    single-word past stems among `forms`, in order, without the forms already given."""
    given = list(forms)
    known = set(given)
    out: list[str] = []
    for stem in given:
        if " " in stem or stem + _TEH not in known:
            continue
        short = _hollow(stem)
        if len(short) < 2:
            continue
        plural = short + _ALIF if short.endswith(_NOON) else short + _WE
        # a two-letter plural (دنا from دان) is another verb: only the singular stays
        candidates = (short + _TEH, plural, short + _YOU) if len(plural) > 3 else (short + _TEH,)
        for form in candidates:
            if form not in known:
                known.add(form)
                out.append(form)
    return out
