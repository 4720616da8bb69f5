"""One Aho-Corasick pass over a document finds every lexicon word: names, triggers, titles,
ORG heads, nisba adjectives and first names, with clitic-aware word boundaries.

Matching runs on a *boundary copy* of the normalised text in which every character that is
not a letter or digit is a space (same length, so offsets are shared). Keys are inserted with
a trailing space, so the automaton itself refuses a hit that ends inside a word; the only
Python work per hit is the left edge: the hit must start a word, or follow a proclitic string
(و ف ب ل ك and their stacks) that starts the word. A key that begins with the article is also
inserted without its alef, for ل + ال written لل; that form is accepted only after ل / ول /
فل, and its span starts at the article's lam (the span convention).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Final

import ahocorasick

from annotate.preannotate.lexicon import Lexicon
from annotate.preannotate.zones import ZoneIndex

ENTITY: Final = 1
TRIGGER: Final = 2
TITLE: Final = 4
ORG_HEAD: Final = 8
NISBA: Final = 16
FIRST_NAME: Final = 32
VALUE: Final = 64

_W: Final = "\N{ARABIC LETTER WAW}"
_F: Final = "\N{ARABIC LETTER FEH}"
_B: Final = "\N{ARABIC LETTER BEH}"
_L: Final = "\N{ARABIC LETTER LAM}"
_K: Final = "\N{ARABIC LETTER KAF}"
_S: Final = "\N{ARABIC LETTER SEEN}"

# Proclitic strings that may start a word before a lexicon key (conjunction, preposition,
# future marker). Short keys (three letters or fewer) take fewer: كسرت is not ك + سرت.
PREFIXES: Final = frozenset(
    {
        "",
        _W,
        _F,
        _B,
        _L,
        _K,
        _W + _B,
        _W + _L,
        _F + _B,
        _F + _L,
        _W + _K,
        _F + _K,
        _S,
        _W + _S,
        _F + _S,
    }
)
SHORT_KEY_PREFIXES: Final = frozenset({"", _W, _B, _L, _W + _B, _W + _L})
CONTRACTED_PREFIXES: Final = frozenset({_L, _W + _L, _F + _L})

# The proclitic letters as code points, and the space (see `Matcher.scan`).
_WAW: Final = 0x0648
_FEH: Final = 0x0641
_BEH: Final = 0x0628
_LAM: Final = 0x0644
_KAF: Final = 0x0643
_SEEN: Final = 0x0633
_SPACE: Final = 32

# An automaton value: key length in the boundary copy, kinds mask, lexicon key, contracted.
_Value = tuple[int, int, str, bool]


# Word characters most normalised text is made of, and the space: one search jumps over runs
# of them; each other character is then replaced everywhere at once.
_OTHER: Final = re.compile(r"[^\u0621-\u064a0-9a-zA-Z ]")


def boundary_copy(norm_text: str) -> str:
    """The normalised text with every non-word character replaced by a space (same length).

    The same as `re.sub(r"[\\W_]", " ", norm_text)`: `[\\W_]` is "not `str.isalnum`".
    """
    text = norm_text
    pos = 0
    search = _OTHER.search
    while (m := search(text, pos)) is not None:
        pos = m.start()
        ch = text[pos]
        if ch.isalnum():
            pos += 1
        else:
            text = text.replace(ch, " ")
    return text


@dataclass(slots=True, init=False)
class Hit:
    """A lexicon word found at normalised offsets [start, end) after a proclitic `prefix`."""

    start: int
    end: int
    key: str
    kinds: int
    prefix: str

    # Written out (init=False): compiled, it is native code; the dataclass's own __init__
    # would be a Python function, several times the cost of a hit.
    def __init__(self, start: int, end: int, key: str, kinds: int, prefix: str) -> None:
        self.start = start
        self.end = end
        self.key = key
        self.kinds = kinds
        self.prefix = prefix


class Matcher:
    """The automaton over every key of a lexicon (built once, reused for every document)."""

    def __init__(self, lexicon: Lexicon, value_anchors: frozenset[str] = frozenset()) -> None:
        self.lexicon = lexicon
        masks: dict[str, int] = {}

        def add(keys: Iterable[str], kind: int) -> None:
            for key in keys:
                masks[key] = masks.get(key, 0) | kind

        add(lexicon.gazetteer, ENTITY)
        add(lexicon.triggers, TRIGGER)
        add(lexicon.titles, TITLE)
        add(lexicon.heads, ORG_HEAD)
        add(lexicon.nisba, NISBA)
        add(lexicon.first_names, FIRST_NAME)
        add(value_anchors, VALUE)
        automaton = ahocorasick.Automaton()
        for key, mask in masks.items():
            bkey = boundary_copy(key)
            automaton.add_word(bkey + " ", (len(bkey), mask, key, False))
        for key, mask in masks.items():
            if key.startswith("ال") and len(key) > 3:
                bkey = boundary_copy(key[1:])
                if not automaton.exists(bkey + " "):
                    automaton.add_word(bkey + " ", (len(bkey), mask, key, True))
        automaton.make_automaton()
        self._automaton = automaton

    def scan_wraps(self, norm_text: str, bnd: str, wraps: dict[int, int]) -> list[Hit]:
        """Multiword hits across PDF soft wraps (اتفاق وقف إطلاق\\n\\nالنار), which the main
        scan cannot see: each wrap is scanned in a small window with the wrap as one space."""
        hits: list[Hit] = []
        for ws, we in wraps.items():
            left = max(0, ws - 60)
            cut = ws - left
            window = bnd[left:ws] + " " + bnd[we : we + 60]
            wnorm = norm_text[left:ws] + " " + norm_text[we : we + 60]
            for hit in self.scan(wnorm, window):
                if hit.start < cut < hit.end:
                    hits.append(
                        Hit(
                            left + hit.start, we + hit.end - cut - 1, hit.key, hit.kinds, hit.prefix
                        )
                    )
        return hits

    def scan(self, norm_text: str, bnd: str, zones: ZoneIndex | None = None) -> list[Hit]:
        """Every accepted hit, in automaton order (by end offset), leaving out the hits that
        `zones.covers` (the automaton reports hits by end, so one pointer walks the zones)."""
        hits: list[Hit] = []
        zone_starts, zone_ends = (zones.starts, zones.ends) if zones else ((), ())
        last_zone = len(zone_starts) - 1
        zi = -1  # the zone with the greatest start <= end - 1 (ZoneIndex.covers)
        # Characters are compared as code points (`ord(bnd[i])` makes no string) and the
        # automaton's value is read by index, not unpacked: half the automaton's reports are
        # refused by the first test, so the per-report work is most of this loop.
        for found in self._automaton.iter(bnd + " "):
            end: int = found[0]
            value: _Value = found[1]
            klen = value[0]
            start = end - klen
            if start == 0 or ord(bnd[start - 1]) == _SPACE:
                if value[3]:  # contracted (لل): only after a proclitic
                    continue
                prefix = ""
            else:
                # the hit follows a proclitic string of one or two letters starting the word
                if ord(bnd[start - 1]) not in (_WAW, _FEH, _BEH, _LAM, _KAF, _SEEN):
                    continue
                if start == 1 or ord(bnd[start - 2]) == _SPACE:
                    prefix = norm_text[start - 1 : start]
                elif start == 2 or ord(bnd[start - 3]) == _SPACE:
                    prefix = norm_text[start - 2 : start]
                else:
                    continue
                if value[3]:
                    if prefix not in CONTRACTED_PREFIXES:
                        continue
                elif klen <= 3:
                    if prefix not in SHORT_KEY_PREFIXES:
                        continue
                elif prefix not in PREFIXES:
                    continue
            if zi < last_zone:
                while zi < last_zone and zone_starts[zi + 1] <= end - 1:
                    zi += 1
            if zi >= 0 and zone_ends[zi] > start:
                continue
            hits.append(Hit(start, end, value[2], value[1], prefix))
        return hits
