"""Every command has help and is documented in the README (sqlite-utils' test_docs habit)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import typer.main
from typer.testing import CliRunner

from annotate.cli import app

README = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")


def _commands(group: Any, prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    out = []
    for name, cmd in sorted(group.commands.items()):
        path = (*prefix, name)
        if hasattr(cmd, "commands"):
            out += _commands(cmd, path)
        else:
            out.append(path)
    return out


COMMANDS = _commands(typer.main.get_command(app))


def test_there_are_commands() -> None:
    assert ("schema", "export") in COMMANDS
    assert len(COMMANDS) >= 10


@pytest.mark.parametrize("path", COMMANDS, ids=" ".join)
def test_command_has_help_and_is_in_the_readme(path: tuple[str, ...]) -> None:
    result = CliRunner().invoke(app, [*path, "--help"])
    assert result.exit_code == 0
    assert "Usage: annotate " + " ".join(path) in " ".join(result.stdout.split())
    assert f"annotate {' '.join(path)}" in README, (
        f"`annotate {' '.join(path)}` is not in README.md"
    )
