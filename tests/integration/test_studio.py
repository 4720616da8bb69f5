"""`annotate studio`: a local Label Studio with the project, the seed tasks and a user."""

from __future__ import annotations

import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import IO

import pytest

from annotate.labelstudio.client import connect, project_id
from annotate.labelstudio.server import free_port, is_healthy, login_token
from tests.integration.conftest import EXECUTABLE, ROOT

pytestmark = pytest.mark.server


class Lines:
    """The process's stdout lines, read by a thread (a pipe read blocks otherwise)."""

    def __init__(self, process: subprocess.Popen[str]) -> None:
        assert process.stdout is not None
        self.lines: list[str] = []
        self._thread = threading.Thread(target=self._read, args=(process.stdout,), daemon=True)
        self._thread.start()

    def _read(self, stream: IO[str]) -> None:
        for line in stream:
            self.lines.append(line.rstrip("\n"))

    def join(self) -> None:
        self._thread.join(timeout=10)

    def until(self, marker: str, timeout: float) -> list[str]:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(marker in line for line in self.lines):
                return list(self.lines)
            time.sleep(0.2)
        raise AssertionError(f"no {marker!r} in time; got {self.lines}")


def _default_sigint() -> None:
    signal.signal(signal.SIGINT, signal.SIG_DFL)


# Ctrl+C in the terminal, or `kill <pid>`: either way the CLI stops its Label Studio.
@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM], ids=["ctrl-c", "kill"])
def test_studio_serves_the_seeds_to_a_ready_user(tmp_path: Path, stop: signal.Signals) -> None:
    if not EXECUTABLE.is_file():
        if os.environ.get("CI"):
            pytest.fail(f"{EXECUTABLE} is missing; run .ci/setup")
        pytest.skip(f"{EXECUTABLE} is missing")
    port = free_port()
    data_dir = tmp_path / "studio"
    command = [sys.executable, "-m", "annotate", "studio", "seeds", "--data-dir", str(data_dir)]
    command += ["--port", str(port), "--label-studio", str(EXECUTABLE)]
    process = subprocess.Popen(
        command,
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
        env={**os.environ, "PYTHONUNBUFFERED": "1"},
        # as in a terminal: a run started in the background of a script (nohup … &) would
        # otherwise hand the CLI an ignored SIGINT, and Ctrl+C would stop nothing
        preexec_fn=_default_sigint,
    )
    output = Lines(process)
    try:
        lines = output.until("Ctrl+C", timeout=240)
        url = f"http://127.0.0.1:{port}"
        assert lines[0] == (
            f"starting Label Studio on {url} (data in {data_dir}, "
            f"log {data_dir / 'label-studio.log'})"
        )
        assert lines[1] == "project 'Arabic events (studio)': 5 tasks, 5 predictions"
        assert lines[2] == f"open {url}/projects/1/data"
        login = re.fullmatch(r"log in as (\S+) with password (\S+)", lines[3])
        assert login is not None
        token = login_token(url, login[1], login[2])
        with connect(url, token) as conn:
            pid = project_id(conn, "Arabic events (studio)")
            tasks = list(conn.client.tasks.list(project=pid))
            assert len(tasks) == 5
            assert all(t.total_predictions == 1 for t in tasks)
        process.send_signal(stop)
        assert process.wait(timeout=60) == 0
        assert not is_healthy(url)
        output.join()
        assert output.lines[-1] == "stopping Label Studio"
    finally:
        if process.poll() is None:  # SIGINT first: the CLI then stops its server too
            process.send_signal(signal.SIGINT)
            try:
                process.wait(timeout=60)
            except subprocess.TimeoutExpired:
                process.kill()
                process.wait()
        output.join()
        if process.stdout is not None:
            process.stdout.close()
