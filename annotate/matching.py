"""Span matching across annotators that tolerates clitic and whitespace boundary differences.

Two spans of the same control match when, after trimming edge whitespace, they end at the
same offset and start in the proclitic zone of the same word: `وموسكو` / `موسكو`,
`وبالقاهرة` / `بالقاهرة` / `القاهرة`, `للجيش` / `لجيش`, `موسكو ` / `موسكو`. The article stays
significant (`القاهرة` does not match `قاهرة`). Matching is a key computed per span, so
grouping is one dict lookup per mention and transitive by construction.

Which boundary a group keeps is the merge's business: the innermost one an annotator drew,
because the span convention puts proclitics outside (see `gold_span`).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from annotate.mentions import Judgement, Mention
from annotate.text import INVISIBLE, PROCLITICS, is_combining

MatchKey = tuple[str, int, int]
"""(control, anchor, end): the anchor is the word start when the span starts in its proclitic zone."""

# At most this many proclitic letters are tolerated before a span (و + ب + ل is the longest
# stack Arabic news writes, as in وبالقاهرة, where ال belongs to the span).
MAX_PROCLITICS = 3
_TATWEEL = "\N{ARABIC TATWEEL}"


def _is_blank(ch: str) -> bool:
    return ch.isspace() or ch in INVISIBLE


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """[start, end) without edge whitespace or invisible marks (empty when nothing is left)."""
    while start < end and _is_blank(text[start]):
        start += 1
    while end > start and _is_blank(text[end - 1]):
        end -= 1
    return start, end


def _is_word_char(ch: str) -> bool:
    return ch.isalnum() or ch == _TATWEEL or is_combining(ch)


def anchor(text: str, start: int) -> int:
    """The start of the word when only proclitics (and their marks) precede `start` in it."""
    if start == 0 or text[start - 1].isspace():
        return start  # the common case: the span starts a word
    i = start
    letters = 0
    while i > 0:
        ch = text[i - 1]
        if ch in PROCLITICS:
            letters += 1
            if letters > MAX_PROCLITICS:
                return start
        elif ch != _TATWEEL and not is_combining(ch):
            break
        i -= 1
    if i == start or (i > 0 and _is_word_char(text[i - 1])):
        return start
    return i


def match_key(text: str, control: str, start: int, end: int) -> MatchKey | None:
    """The key under which a span matches others; None when only whitespace is left."""
    start, end = trim(text, start, end)
    if start >= end:
        return None
    return (control, anchor(text, start), end)


@dataclass(slots=True)
class Group:
    """The mentions of several annotations that matched one another."""

    key: MatchKey
    inner: int
    """The innermost (trimmed) start a member drew."""
    members: dict[int, list[Mention]] = field(default_factory=dict)
    """Judgement index -> its mentions in this group (almost always one)."""

    def gold_span(self) -> tuple[int, int]:
        """The innermost start any member drew, trimmed: proclitics outside, per convention."""
        return self.inner, self.key[2]


def group_mentions(
    text: str, judgements: Sequence[Judgement]
) -> tuple[dict[MatchKey, Group], list[dict[str, MatchKey]]]:
    """Group every mention by match key; also each judgement's region id -> key map."""
    groups: dict[MatchKey, Group] = {}
    region_keys: list[dict[str, MatchKey]] = []
    # Spans start and end on word characters almost always: test that before calling out.
    invisible = INVISIBLE
    for index, judgement in enumerate(judgements):
        keys: dict[str, MatchKey] = {}
        for m in judgement.mentions:
            start, end = m.start, m.end
            first, last = text[start], text[end - 1]
            if first.isspace() or last.isspace() or first in invisible or last in invisible:
                start, end = trim(text, start, end)
                if start >= end:
                    continue
            if start == 0 or text[start - 1].isspace():
                key = (m.control, start, end)  # the span starts a word: it is its own anchor
            else:
                key = (m.control, anchor(text, start), end)
            keys[m.rid] = key
            group = groups.get(key)
            if group is None:
                groups[key] = Group(key, start, {index: [m]})
                continue
            if start > group.inner:
                group.inner = start
            held = group.members.get(index)
            if held is None:
                group.members[index] = [m]
            else:
                held.append(m)
        region_keys.append(keys)
    return groups, region_keys
