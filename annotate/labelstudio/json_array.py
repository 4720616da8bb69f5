"""The elements of a big JSON array file, parsed one at a time (Label Studio exports).

The file is read in chunks and each element is parsed on its own. Finding where an element
ends without a Python-level scan: orjson parses a window that starts at the element and
stops with "unexpected content after document" right after it (its structural pass fails
before any Python object is built), then the element's exact bytes are parsed. Files with
one element per line take a cheaper path (the line parses as it is, read in place).
Errors raise `ExportFormatError` located by file, line and item.
"""

from __future__ import annotations

from collections.abc import Iterator
from io import BufferedReader
from typing import Any

import orjson

from annotate.errors import ExportFormatError, located

FIX = "export the project again from Label Studio as JSON (Export > JSON, or `annotate ls pull`)"
CHUNK = 1 << 23  # bytes read at a time; peak memory is a few chunks, whatever the file size
_FIRST_WINDOW = 1 << 16
_WHITESPACE = b" \t\r\n"
_LINE_END = b" \t\r"
_COMMA = ord(",")


class _Buffer:
    """A sliding window over the file: `data[pos:]` is what has not been consumed yet."""

    def __init__(self, f: BufferedReader, name: str) -> None:
        self.f = f
        self.name = name
        self.data: bytes | bytearray = b""
        self.pos = 0
        self.offset = 0  # file offset of data[0]
        self.eof = False

    def ensure(self, size: int) -> bool:
        """Make `data[pos:pos + size]` available if the file has it; False at end of file."""
        while len(self.data) - self.pos < size and not self.eof:
            # Read straight behind what is left (one copy of the file's bytes, not three).
            rest = len(self.data) - self.pos
            grown = bytearray(rest + max(CHUNK, size))
            grown[:rest] = memoryview(self.data)[self.pos :]
            with memoryview(grown) as view:
                read = self.f.readinto(view[rest:])
            if not read:
                self.eof = True
                break
            del grown[rest + read :]
            self.offset += self.pos
            self.data = grown
            self.pos = 0
        return len(self.data) - self.pos >= size

    def advance(self, n: int) -> None:
        self.pos += n

    def line_at(self, offset: int) -> int:
        """The line number of file offset `offset`, counted again from the start of the file:
        only error messages need it, so the happy path does not count newlines."""
        self.f.seek(0)
        lines, left = 1, offset
        while left > 0 and (chunk := self.f.read(min(CHUNK, left))):
            lines += chunk.count(b"\n")
            left -= len(chunk)
        return lines

    @property
    def line(self) -> int:
        return self.line_at(self.offset + self.pos)

    def skip_whitespace(self) -> int | None:
        """Skip whitespace; the next byte, or None at end of file."""
        while True:
            data, pos = self.data, self.pos
            while pos < len(data) and data[pos] in _WHITESPACE:
                pos += 1
            self.advance(pos - self.pos)
            if pos < len(data):
                return data[pos]
            if not self.ensure(1):
                return None

    def where(self, item: int | None = None) -> str:
        at = f"{self.name}:{self.line}"
        return at if item is None else f"{at}: item {item}"


def iter_raw_values(f: BufferedReader, name: str, *, allow_empty: bool = False) -> Iterator[Any]:
    buf = _Buffer(f, name)
    buf.ensure(_FIRST_WINDOW)
    if buf.data.startswith(b"\xef\xbb\xbf"):  # a BOM is harmless: skip it
        buf.advance(3)
    first = buf.skip_whitespace()
    if first is None:
        raise ExportFormatError(located(name, "empty file, not a Label Studio JSON export", FIX))
    if first != ord("["):
        raise ExportFormatError(located(buf.where(), _not_an_array(buf, first), FIX))
    buf.advance(1)
    item = 0
    window = _FIRST_WINDOW
    while True:
        c = buf.skip_whitespace()
        if c is None:
            raise ExportFormatError(_truncated(buf, item))
        if c == ord("]"):
            if item == 0 and not allow_empty:
                raise ExportFormatError(
                    located(buf.where(), "the export holds no tasks (an empty array)", FIX)
                )
            buf.advance(1)
            if buf.skip_whitespace() is not None:
                raise ExportFormatError(
                    located(buf.where(), "unexpected content after the closing ']'", FIX)
                )
            return
        if item:
            if c != ord(","):
                raise ExportFormatError(
                    located(buf.where(item), "expected ',' or ']' after the previous task", FIX)
                )
            buf.advance(1)
            c = buf.skip_whitespace()
            if c is None:
                raise ExportFormatError(_truncated(buf, item))
        item += 1
        raw, size = _next_value(buf, item, window)
        window = max(_FIRST_WINDOW, 2 * size)
        yield raw


def _next_value(buf: _Buffer, item: int, window: int) -> tuple[Any, int]:
    """Parse the JSON value at `buf.pos` and consume it; the value and its size in bytes."""
    while True:
        # One byte past the window, or the check below cannot see a character that the
        # window's last byte cuts in two when the buffer ends exactly there.
        complete = buf.ensure(window + 1)
        end = min(buf.pos + window, len(buf.data))
        # orjson checks UTF-8 over the whole input: never cut a character in two.
        while end < len(buf.data) and 0x80 <= buf.data[end] < 0xC0 and end > buf.pos:
            end -= 1
        whole, pos = buf.data, buf.pos
        newline = whole.find(b"\n", pos, end)
        if newline > pos:  # one task per line: the line alone is the task
            stop = newline
            while stop > pos and whole[stop - 1] in _LINE_END:
                stop -= 1
            if stop > pos and whole[stop - 1] == _COMMA:
                stop -= 1
            try:
                value = orjson.loads(memoryview(whole)[pos:stop])  # no copy of the line
            except orjson.JSONDecodeError:
                pass
            else:
                buf.advance(stop - pos)
                return value, stop - pos
        data = whole[pos:end]
        try:
            value = orjson.loads(data)
        except orjson.JSONDecodeError as error:
            message = str(error).split(": line ")[0]
            if message.startswith("unexpected content after document"):
                size = len(data.decode("utf-8", "ignore")[: error.pos].encode("utf-8"))
                value = orjson.loads(data[:size].rstrip(_WHITESPACE))
                buf.advance(size)
                return value, size
            if message.startswith("unexpected end of data") and complete:
                window *= 2
                continue
            raise ExportFormatError(_bad_json(buf, item, data, error, complete)) from None
        buf.advance(len(data))
        return value, len(data)


def _bad_json(
    buf: _Buffer, item: int, data: bytes | bytearray, error: orjson.JSONDecodeError, complete: bool
) -> str:
    message = str(error).split(": line ")[0]
    try:
        data.decode("utf-8")
    except UnicodeDecodeError as bad:
        if bad.start < len(data) - 4 or not complete:
            line = buf.line + data.count(b"\n", 0, bad.start)
            return located(
                f"{buf.name}:{line}: item {item}",
                f"not UTF-8 (byte {bad.object[bad.start]:#04x} at file offset "
                f"{buf.offset + buf.pos + bad.start}); Label Studio writes UTF-8, so this file "
                "was re-encoded or is not an export",
                FIX,
            )
    if message.startswith("unexpected end of data"):
        return _truncated(buf, item - 1)
    text = data.decode("utf-8", "replace")[: error.pos]
    line = buf.line + text.count("\n")
    return located(f"{buf.name}:{line}: item {item}", f"invalid JSON ({message})", FIX)


def _truncated(buf: _Buffer, complete_items: int) -> str:
    return located(
        buf.name,
        f"truncated: the file ends inside the JSON array after {complete_items} complete task(s)",
        "download the export again (it was cut off)",
    )


def _not_an_array(buf: _Buffer, first: int) -> str:
    head = buf.data[buf.pos : buf.pos + 4096]
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "UTF-16 text, not UTF-8: the file was re-saved in another encoding"
    if first == ord("{"):
        return "a JSON object (or JSON lines), not a Label Studio JSON export (an array of tasks)"
    line = head.split(b"\n", 1)[0]
    if b"," in line or b"\t" in line:
        return "not JSON: this looks like a CSV/TSV export"
    try:
        head.decode("utf-8")
    except UnicodeDecodeError:
        return "not JSON and not UTF-8 text"
    return "not JSON: it does not start with '['"
