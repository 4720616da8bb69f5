"""The CLI shell: help, version, schema export and its exit codes."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from annotate import __version__
from annotate.cli import app

runner = CliRunner()


def test_version_and_help() -> None:
    result = runner.invoke(app, ["--version"])
    assert result.exit_code == 0
    assert result.stdout == f"annotate {__version__}\n"
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    assert "schema" in result.stdout


def test_python_dash_m_runs_the_same_cli() -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "annotate", "--version"], capture_output=True, text=True, check=False
    )
    assert proc.returncode == 0
    assert proc.stdout == f"annotate {__version__}\n"


def test_schema_export_writes_then_check_passes(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    result = runner.invoke(app, ["schema", "export", "--out", str(out)])
    assert result.exit_code == 0
    assert result.stdout.count("wrote ") == 3
    result = runner.invoke(app, ["schema", "export", "--out", str(out), "--check"])
    assert result.exit_code == 0
    assert result.stdout == f"{out}: up to date\n"


def test_schema_export_check_names_each_stale_file(tmp_path: Path) -> None:
    out = tmp_path / "schemas"
    runner.invoke(app, ["schema", "export", "--out", str(out)])
    (out / "labeling_config.xml").write_text("<View/>", encoding="utf-8")
    (out / "guidelines.md").unlink()
    result = runner.invoke(app, ["schema", "export", "--out", str(out), "--check"])
    assert result.exit_code == 1
    assert result.stderr == (
        f"{out / 'labeling_config.xml'}: stale; run `annotate schema export --out {out}`\n"
        f"{out / 'guidelines.md'}: stale; run `annotate schema export --out {out}`\n"
    )
    assert not (out / "guidelines.md").exists()  # --check writes nothing


def test_unknown_option_is_a_usage_error() -> None:
    result = runner.invoke(app, ["schema", "export", "--nope"])
    assert result.exit_code == 2
