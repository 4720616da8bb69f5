"""Raw-text helpers: Arabic normalisation for matching with an offset map back to the raw
text, word tokens with offsets, grapheme / whitespace / clitic boundaries.

Nothing here ever changes a stored text. Matching runs on a normalised *copy*; every offset
found in the copy goes back to the raw text through `Normalized.raw_span`. All offsets are
half-open code-point offsets (Python `str` indices), which is what Label Studio stores.
Standard library only.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from bisect import bisect_right
from dataclasses import dataclass

# Marks deleted from the matching copy. Tashkeel (fathatan..sukun), the superscript alef,
# the hamza/madda combining marks, tatweel, and invisible format characters that editors
# and PDF extraction sprinkle into Arabic (ZWNJ/ZWJ/LRM/RLM, ALM, bidi embeddings, BOM, SHY).
INVISIBLE = frozenset(
    "\u200b\u200c\u200d\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e"
    "\u2066\u2067\u2068\u2069\ufeff\u00ad"
)
_DELETE = (
    "".join(chr(c) for c in range(0x064B, 0x0660))
    + "\N{ARABIC LETTER SUPERSCRIPT ALEF}"
    + "\N{ARABIC TATWEEL}"
    + "".join(sorted(INVISIBLE))
)

# One-to-one replacements: hamza/alef forms, alef maqsura, teh marbuta, Persian/Urdu letters,
# Arabic-Indic and Persian digits, Arabic punctuation, quotes, dashes and odd spaces.
_MAP1: dict[str, str] = {
    "\N{ARABIC LETTER ALEF WITH HAMZA ABOVE}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WITH HAMZA BELOW}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WITH MADDA ABOVE}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF WASLA}": "\N{ARABIC LETTER ALEF}",
    "\N{ARABIC LETTER ALEF MAKSURA}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER TEH MARBUTA}": "\N{ARABIC LETTER HEH}",
    "\N{ARABIC LETTER WAW WITH HAMZA ABOVE}": "\N{ARABIC LETTER WAW}",
    "\N{ARABIC LETTER YEH WITH HAMZA ABOVE}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER KEHEH}": "\N{ARABIC LETTER KAF}",
    "\N{ARABIC LETTER GAF}": "\N{ARABIC LETTER KAF}",
    "\N{ARABIC LETTER FARSI YEH}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER E}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER YEH BARREE}": "\N{ARABIC LETTER YEH}",
    "\N{ARABIC LETTER HEH WITH YEH ABOVE}": "\N{ARABIC LETTER HEH}",
    "\N{ARABIC LETTER HEH DOACHASHMEE}": "\N{ARABIC LETTER HEH}",
    "\N{ARABIC LETTER AE}": "\N{ARABIC LETTER HEH}",
    "\N{ARABIC LETTER HEH GOAL}": "\N{ARABIC LETTER HEH}",
    "\N{ARABIC LETTER PEH}": "\N{ARABIC LETTER BEH}",
    "\N{ARABIC LETTER TCHEH}": "\N{ARABIC LETTER JEEM}",
    "\N{ARABIC LETTER VEH}": "\N{ARABIC LETTER FEH}",
    "\N{ARABIC LETTER JEH}": "\N{ARABIC LETTER ZAIN}",
    "\N{ARABIC LETTER TTEH}": "\N{ARABIC LETTER TEH}",
    "\N{ARABIC COMMA}": ",",
    "\N{ARABIC SEMICOLON}": ";",
    "\N{ARABIC QUESTION MARK}": "?",
    "\N{ARABIC FULL STOP}": ".",
    "\N{ARABIC DECIMAL SEPARATOR}": ".",
    "\N{ARABIC THOUSANDS SEPARATOR}": ",",
    "\N{LEFT DOUBLE QUOTATION MARK}": '"',
    "\N{RIGHT DOUBLE QUOTATION MARK}": '"',
    "\N{LEFT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{RIGHT-POINTING DOUBLE ANGLE QUOTATION MARK}": '"',
    "\N{LEFT SINGLE QUOTATION MARK}": "'",
    "\N{RIGHT SINGLE QUOTATION MARK}": "'",
    "\N{EN DASH}": "-",
    "\N{EM DASH}": "-",
    "\N{NO-BREAK SPACE}": " ",
    "\N{NARROW NO-BREAK SPACE}": " ",
    "\N{THIN SPACE}": " ",
    "\N{EN SPACE}": " ",
    "\N{EM SPACE}": " ",
    "\N{IDEOGRAPHIC SPACE}": " ",
}
for _i in range(10):
    _MAP1[chr(0x0660 + _i)] = str(_i)  # ARABIC-INDIC DIGIT ZERO..NINE
    _MAP1[chr(0x06F0 + _i)] = str(_i)  # EXTENDED ARABIC-INDIC (Persian/Urdu) digits

_TRANSLATE: dict[int, str | None] = {ord(k): v for k, v in _MAP1.items()}
_TRANSLATE.update({ord(c): None for c in _DELETE})

# Characters whose normalised form has a different length (deletions, and presentation
# forms such as the lam-alef ligature, 1 char -> 2). Only these need offset bookkeeping.
_PRESENTATION = "\ufb50-\ufdff\ufe70-\ufeff"
_SPECIAL_RE = re.compile(f"[{re.escape(_DELETE)}{_PRESENTATION}]")

TASHKEEL = frozenset(chr(c) for c in range(0x064B, 0x0653)) | {"\N{ARABIC LETTER SUPERSCRIPT ALEF}"}
PROCLITICS = frozenset(
    "\N{ARABIC LETTER WAW}\N{ARABIC LETTER FEH}\N{ARABIC LETTER BEH}"
    "\N{ARABIC LETTER LAM}\N{ARABIC LETTER KAF}\N{ARABIC LETTER SEEN}"
)
ARTICLE = "\N{ARABIC LETTER ALEF}\N{ARABIC LETTER LAM}"


def _expansion(ch: str) -> str:
    """The normalised form of one special character ('' when it is deleted)."""
    if ch in _DELETE:
        return ""
    folded = unicodedata.normalize("NFKC", ch)
    return folded.translate(_TRANSLATE)


@dataclass(frozen=True, slots=True)
class Normalized:
    """A normalised copy of a raw text and the map from its offsets back to the raw text.

    The map is piecewise: inside a segment, normalised index n maps to
    `raw_starts[j] + (n - norm_starts[j])`; a segment flagged in `collapsed` came from one
    raw character that expanded to several (all map to that character).
    """

    raw: str
    text: str
    norm_starts: tuple[int, ...]
    raw_starts: tuple[int, ...]
    collapsed: frozenset[int]

    def to_raw(self, n: int) -> int:
        """Raw offset of the character at normalised offset `n` (or of the end when n == len)."""
        if n >= len(self.text):
            return len(self.raw)
        j = bisect_right(self.norm_starts, n) - 1
        if j in self.collapsed:
            return self.raw_starts[j]
        return self.raw_starts[j] + (n - self.norm_starts[j])

    def raw_span(self, norm_start: int, norm_end: int) -> tuple[int, int]:
        """Map a non-empty normalised span [norm_start, norm_end) to raw offsets.

        The end moves forward over combining marks so that tashkeel stays with its letter;
        deleted characters before the span (tatweel after a clitic, a ZWNJ) stay outside.
        """
        if not 0 <= norm_start < norm_end <= len(self.text):
            raise ValueError(
                f"normalised span [{norm_start}, {norm_end}) outside 0..{len(self.text)}"
            )
        start = self.to_raw(norm_start)
        end = self.to_raw(norm_end - 1) + 1
        raw = self.raw
        while end < len(raw) and is_combining(raw[end]):
            end += 1
        return start, end


def _char_class(codes: list[int]) -> str:
    """A regex character class body for a sorted list of code points (as ranges)."""
    parts: list[str] = []
    i = 0
    while i < len(codes):
        j = i
        while j + 1 < len(codes) and codes[j + 1] == codes[j] + 1:
            j += 1
        lo, hi = re.escape(chr(codes[i])), re.escape(chr(codes[j]))
        parts.append(lo if i == j else f"{lo}-{hi}")
        i = j + 1
    return "".join(parts)


# The characters most Arabic text is made of that normalisation leaves alone (unmapped Arabic
# letters, ASCII, newline, tab). One regex search jumps over runs of them to the next other
# character; each distinct other character is then folded everywhere at once with a
# `str.replace`, which is what `str.translate` does, only without a table lookup per
# character (no replacement is itself a character that gets replaced).
_UNCHANGED = [
    c
    for c in [*range(0x0621, 0x064B), *range(0x20, 0x7F), ord("\n"), ord("\t")]
    if c not in _TRANSLATE and not _SPECIAL_RE.match(chr(c))
]
_OTHER_RE = re.compile(f"[^{_char_class(sorted(_UNCHANGED))}]")
if any(ord(v) in _TRANSLATE for v in _MAP1.values()):  # _fold relies on it
    raise RuntimeError("a normalisation replacement is itself replaced")


def _fold(raw: str) -> tuple[str, bool]:
    """`raw.translate(_TRANSLATE)`, and whether `raw` holds any `_SPECIAL_RE` character."""
    text = raw
    special = False
    pos = 0
    search = _OTHER_RE.search
    translate = _TRANSLATE
    while (m := search(text, pos)) is not None:
        pos = m.start()
        ch = text[pos]
        code = ord(ch)
        if code in translate:
            rep = translate[code]
            if rep is None:
                special = True
                text = text.replace(ch, "")
            else:
                text = text.replace(ch, rep)
                if rep == ch or _OTHER_RE.match(rep):
                    pos += 1  # not a fixed point of the search: step over it
        else:
            special = special or _SPECIAL_RE.match(ch) is not None
            pos += 1
    return text, special


def normalize(raw: str) -> Normalized:
    """Normalise `raw` for matching and keep an exact map back to it.

    Idempotent: normalising the normalised text gives the same text.
    """
    text, special = _fold(raw)
    if not special:
        return Normalized(raw, text, (0,), (0,), frozenset())
    specials = list(_SPECIAL_RE.finditer(raw))
    norm_starts: list[int] = [0]
    raw_starts: list[int] = [0]
    collapsed: set[int] = set()
    shift = 0  # normalised index minus raw index, for the segment being built
    expands = False
    for m in specials:
        i = m.start()
        rep = _expansion(raw[i])
        if len(rep) == 1:
            continue
        n = i + shift
        if rep:  # one raw character became several: a collapsed segment, then resume
            expands = True
            collapsed.add(len(norm_starts))
            norm_starts.append(n)
            raw_starts.append(i)
            shift += len(rep) - 1
        norm_starts.append(n + len(rep))
        raw_starts.append(i + 1)
        if not rep:
            shift -= 1
    if expands or any(raw[m.start()] not in _DELETE for m in specials):
        # str.translate cannot expand presentation forms (lam-alef -> two letters).
        text = _rebuild(raw, specials)
    return Normalized(raw, text, tuple(norm_starts), tuple(raw_starts), frozenset(collapsed))


def _rebuild(raw: str, specials: list[re.Match[str]]) -> str:
    """The normalised text when presentation forms are present (translate cannot expand them)."""
    parts: list[str] = []
    last = 0
    for m in specials:
        i = m.start()
        parts.append(raw[last:i].translate(_TRANSLATE))
        parts.append(_expansion(raw[i]))
        last = i + 1
    parts.append(raw[last:].translate(_TRANSLATE))
    return "".join(parts)


# --- graphemes -----------------------------------------------------------------------

_ZWJ = "\N{ZERO WIDTH JOINER}"


def is_combining(ch: str) -> bool:
    """True for characters that extend the previous grapheme (tashkeel, variation selectors)."""
    return (
        unicodedata.category(ch) in ("Mn", "Me", "Mc")
        or ch == _ZWJ
        or "\U0001f3fb" <= ch <= "\U0001f3ff"  # emoji skin-tone modifiers
        or "\U000e0020" <= ch <= "\U000e007f"  # emoji tag sequences
    )


def _is_regional_indicator(ch: str) -> bool:
    return "\U0001f1e6" <= ch <= "\U0001f1ff"


def is_grapheme_boundary(text: str, i: int) -> bool:
    """True when offset `i` does not split a user-perceived character.

    A simplified UAX #29: no break before a combining mark, inside CR LF, after a ZWJ, or
    inside a regional-indicator pair (a flag).
    """
    if i <= 0 or i >= len(text):
        return True
    prev, cur = text[i - 1], text[i]
    if prev == "\r" and cur == "\n":
        return False
    if is_combining(cur) or prev == _ZWJ:
        return False
    if _is_regional_indicator(prev) and _is_regional_indicator(cur):
        run = 0
        j = i - 1
        while j >= 0 and _is_regional_indicator(text[j]):
            run += 1
            j -= 1
        return run % 2 == 0
    return True


def has_edge_whitespace(surface: str) -> bool:
    """True when a span starts or ends with whitespace (or an invisible format mark)."""
    return bool(surface) and (
        surface[0].isspace()
        or surface[-1].isspace()
        or surface[0] in INVISIBLE
        or surface[-1] in INVISIBLE
    )


# --- tokens and clitics --------------------------------------------------------------

# A word: letters, marks, digits and tatweel of any script. Punctuation and spaces split.
_WORD_RE = re.compile(r"[^\W_]+(?:[\u0640\u064b-\u065f\u0670][^\W_]*)*|[\u0640]+")


@dataclass(frozen=True, slots=True)
class Token:
    """A word of the raw text: `text[start:end] == surface`."""

    start: int
    end: int
    surface: str


def tokenize(text: str) -> list[Token]:
    """Word tokens with their raw offsets (punctuation and whitespace are not tokens)."""
    return [Token(m.start(), m.end(), m.group()) for m in _WORD_RE.finditer(text)]


def word_bounds(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen [start, end) to whole words (used for word-level exports, clitics inside)."""
    while start > 0 and _is_word_char(text[start - 1]):
        start -= 1
    while end < len(text) and _is_word_char(text[end]):
        end += 1
    return start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == "\N{ARABIC TATWEEL}" or is_combining(ch)


def starts_with_proclitic(text: str, start: int, end: int) -> bool:
    """True when a span begins with a proclitic glued to a word that begins inside the span.

    Only the span convention's question is answered: is the first letter a proclitic
    (و ف ب ل ك س) attached to the word *and* does the span's word start right at `start`?
    A name whose first letter happens to be one of those (بوتين, لافروف) is not a proclitic;
    callers that know the lexicon decide that, so this only looks at the shape:
    the first letter is a proclitic followed by ال (والرئيس, بالقاهرة), or by a tatweel (بـ).
    """
    if end - start < 3 or text[start] not in PROCLITICS:
        return False
    nxt = text[start + 1]
    if nxt == "\N{ARABIC TATWEEL}":
        return True
    rest = text[start + 1 : start + 3]
    # لل = ل + ال with the alef dropped: the span should start at the second lam.
    if text[start] == "\N{ARABIC LETTER LAM}" and nxt == "\N{ARABIC LETTER LAM}":
        return True
    return rest == ARTICLE and text[start] != "\N{ARABIC LETTER ALEF}"


def sha256_text(text: str) -> str:
    """Hex sha256 of the UTF-8 encoding of a text (the identity of a stored text)."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()
