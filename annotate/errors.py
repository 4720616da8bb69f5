"""Failures the tool expects: each carries a located, user-facing message and an exit code.

Findings (a validation report, merge conflicts) are data, never exceptions; these classes
are for "could not do the job". `str(error)` is shown to the user as it is, so messages
follow the shape `<where>: <what>[; <how to fix>]`.
"""

from __future__ import annotations


class AnnotateError(Exception):
    """An expected failure; the CLI prints `Error: <message>` and exits with `exit_code`."""

    exit_code = 2


class InputError(AnnotateError):
    """A missing, unreadable or malformed input file."""


class ExportFormatError(InputError):
    """A file that is not a Label Studio JSON export (JSON-MIN, CSV, a task list, ...)."""


class SchemaError(AnnotateError):
    """Data that breaks the annotation schema where it cannot be reported as a finding."""


class GoldVersionError(AnnotateError):
    """A gold release that exists already, is corrupt, or is asked for out of order."""


class LabelStudioError(AnnotateError):
    """The Label Studio server is down, refuses the key, or answers something unexpected."""


def located(where: str, what: str, fix: str | None = None) -> str:
    """Build the standard message: `where: what; fix`."""
    return f"{where}: {what}" + (f"; {fix}" if fix else "")
