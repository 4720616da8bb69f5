"""What annotators see: the real labeling UI in headless Chromium (Debian's, via Selenium).

Checks that the generated config lays Arabic out right to left, that predicted regions are
drawn over the right words, and that a span made by a real selection (a DOM Range, then
the editor's own mouseup) comes back in the export with code-point offsets, also after an
emoji, a flag and CRLFs. A screenshot goes to test-artifacts/.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

import orjson
import pytest

from annotate.adjudication import adjudication_tasks
from annotate.labelstudio.client import Connection, pull, push
from annotate.labelstudio.config import CONFLICTS, labeling_config
from annotate.labelstudio.server import LocalServer
from annotate.labelstudio.tasks import Task, to_task
from annotate.schema import Document, Entity, EntityType, GoldRecord
from annotate.text import tokenize
from tests.integration.conftest import ANNOTATORS, ROOT, Annotator

pytestmark = [pytest.mark.server, pytest.mark.browser]

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
ARTIFACTS = ROOT / "test-artifacts"
TITLE = "annotator view"
# An emoji, a two-code-point flag and CRLFs before the spans: UTF-16 offsets would be off
# by 3 here, and a CRLF counted as one character by 1 per line.
EMOJI_TEXT = (
    "عاجل 😀🇸🇾\r\n"
    "أعلنَ وزيرُ الخارجيّةِ الروسيُّ سيرغي لافروف في موسكو أنّ المحادثاتِ ستُعقد في جنيف.\r\n"
    "وقال المتحدّثُ للصحفيين إنّ الوفدَ وصلَ وبموسكو اجتماعٌ آخر."
)
SELECTED = "المتحدّثُ"
WAIT = 90.0


def _require(path: Path) -> None:
    if not path.is_file():
        message = f"{path} is missing; run .ci/setup (apt-get install chromium chromium-driver)"
        if os.environ.get("CI"):
            pytest.fail(message)
        pytest.skip(message)


def emoji_document() -> tuple[Document, GoldRecord]:
    doc = Document(id="emoji_crlf", text=EMOJI_TEXT, title="emoji + CRLF")
    text = doc.text
    spans = [
        ("e1", EntityType.PER, "لافروف"),
        ("e2", EntityType.GPE, "موسكو"),
        ("e3", EntityType.GPE, "جنيف"),
    ]
    entities = []
    for rid, label, surface in spans:
        start = text.index(surface)
        entities.append(
            Entity(id=rid, type=label, start=start, end=start + len(surface), surface=surface)
        )
    return doc, GoldRecord.for_document(doc, entities=tuple(entities))


@dataclass(frozen=True)
class Page:
    """One labeling page, driven through JavaScript in the page."""

    driver: Any

    def js(self, script: str, *args: Any) -> Any:
        return self.driver.execute_script(script, *args)

    def wait(self, what: str, probe: Callable[[], Any], timeout: float = WAIT) -> Any:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            value = probe()
            if value:
                return value
            time.sleep(0.25)
        raise AssertionError(f"timed out after {timeout:.0f} s waiting for {what}")


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    _require(CHROMIUM)
    _require(CHROMEDRIVER)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="chromium-profile-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        f"--user-data-dir={profile}",
        "--window-size=1400,1000",
        "--lang=en-US",
    ):
        options.add_argument(flag)
    driver = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@dataclass(frozen=True)
class View:
    pid: int
    task_ids: dict[str, int]
    tasks: dict[str, Task]
    annotator: Annotator


@pytest.fixture(scope="module")
def view(
    admin: Connection,
    annotators: dict[str, Annotator],
    tasks: list[Task],
    browser: Any,
    ls_server: LocalServer,
) -> View:
    doc, record = emoji_document()
    chosen = {t["data"]["doc_id"]: t for t in [tasks[0], to_task(doc, record, model_version="t")]}
    report = push(admin, list(chosen.values()), title=TITLE, config=labeling_config())
    ids = {
        t.data["doc_id"]: t.id
        for t in admin.client.tasks.list(project=report.project_id)
        if t.data is not None and t.id is not None
    }
    annotator = annotators[ANNOTATORS[0]]
    browser.get(f"{ls_server.url}/user/login/")
    from selenium.webdriver.common.by import By

    browser.find_element(By.NAME, "email").send_keys(annotator.email)
    browser.find_element(By.NAME, "password").send_keys(annotator.password)
    browser.find_element(By.CSS_SELECTOR, "button[type=submit]").click()
    Page(browser).wait("the login", lambda: "/user/login" not in browser.current_url)
    return View(report.project_id, ids, chosen, annotator)


def open_task(browser: Any, url: str, view: View, doc_id: str) -> Page:
    browser.get(f"{url}/projects/{view.pid}/data?task={view.task_ids[doc_id]}")
    page = Page(browser)
    page.wait("the text with its predicted regions", lambda: page.js(HIGHLIGHTS_READY))
    return page


HIGHLIGHTS_READY = """
return document.querySelector('.ar-doc .lsf-richtext__container .htx-highlight') !== null;
"""

# Each region's highlighted text: the outermost elements of its class, in document order.
REGION_TEXTS = """
const out = {};
for (const el of document.querySelectorAll('.lsf-richtext__container .htx-highlight')) {
  const cls = [...el.classList].find(c => /^htx-highlight-.+-\\d+$/.test(c));
  if (!cls) continue;
  const id = cls.replace(/^htx-highlight-/, '').replace(/-\\d+$/, '');
  if (el.parentElement.closest('.' + cls)) continue;
  out[id] = (out[id] || '') + el.textContent;
}
return out;
"""

LAYOUT = """
const box = document.querySelector('.lsf-richtext__container');
const doc = box.closest('.ar-doc');
const style = getComputedStyle(box);
return {
  direction: style.direction,
  docDirection: getComputedStyle(doc).direction,
  textAlign: style.textAlign,
  whiteSpace: style.whiteSpace,
};
"""

# Pairs of highlights on one visual line: [text order first left, second left].
LINE_ORDER = """
const items = [...document.querySelectorAll('.lsf-richtext__container .htx-highlight')]
  .filter(el => !el.parentElement.closest('.htx-highlight'))
  .map(el => ({start: +el.dataset.start, rects: el.getClientRects()}))
  .filter(i => i.rects.length === 1)
  .map(i => ({start: i.start, top: Math.round(i.rects[0].top), left: i.rects[0].left}));
items.sort((a, b) => a.start - b.start);
const pairs = [];
for (let i = 0; i + 1 < items.length; i++) {
  if (Math.abs(items[i].top - items[i + 1].top) < 3) pairs.push([items[i].left, items[i + 1].left]);
}
return pairs;
"""

# A real selection: a DOM Range over the only plain-text occurrence of the needle, then
# the mouseup the editor listens for (research/label_studio.md §2).
SELECT = """
const needle = arguments[0];
const box = document.querySelector('.lsf-richtext__container');
const walker = document.createTreeWalker(box, NodeFilter.SHOW_TEXT);
let node;
while ((node = walker.nextNode())) {
  if (node.parentElement.closest('.htx-highlight')) continue;
  const at = node.data.indexOf(needle);
  if (at < 0) continue;
  const range = document.createRange();
  range.setStart(node, at);
  range.setEnd(node, at + needle.length);
  const selection = window.getSelection();
  selection.removeAllRanges();
  selection.addRange(range);
  const rect = range.getBoundingClientRect();
  node.parentElement.dispatchEvent(new MouseEvent('mouseup', {
    bubbles: true, cancelable: true, clientX: rect.left + 1, clientY: rect.top + 1,
  }));
  return true;
}
return false;
"""

CLICK_LABEL = """
const code = arguments[0];
for (const el of document.querySelectorAll('.lsf-label')) {
  const text = el.querySelector('.lsf-label__text');
  if (text && text.textContent.trim().endsWith(' ' + code)) { el.click(); return true; }
}
return false;
"""

CLICK_SUBMIT = """
for (const b of document.querySelectorAll('button')) {
  if (b.textContent.trim() === 'Submit' && !b.disabled) { b.click(); return true; }
}
return false;
"""


def predicted_surfaces(task: Task) -> dict[str, str]:
    return {
        r["id"]: r["value"]["text"]
        for r in task["predictions"][0]["result"]
        if r["type"] == "labels"
    }


def unique_free_word(task: Task) -> str:
    """A word of at least 5 letters that occurs once in the text and in no predicted region."""
    text = task["data"]["text"]
    covered = [
        (r["value"]["start"], r["value"]["end"])
        for r in task["predictions"][0]["result"]
        if r["type"] == "labels"
    ]
    for token in tokenize(text):
        word = token.surface
        free = all(token.end <= s or token.start >= e for s, e in covered)
        if free and len(word) >= 5 and word.isalpha() and text.count(word) == 1:
            return word
    raise AssertionError("no free word in the seed text")


def all_drawn(page: Page, ids: set[str]) -> dict[str, str] | None:
    """The region texts once every region of `ids` is drawn."""
    drawn: dict[str, str] = page.js(REGION_TEXTS)
    return drawn if set(drawn) >= ids else None


def test_text_is_right_to_left_and_predictions_sit_on_their_words(
    browser: Any, ls_server: LocalServer, view: View
) -> None:
    for doc_id, task in view.tasks.items():
        page = open_task(browser, ls_server.url, view, doc_id)
        layout = page.js(LAYOUT)
        assert layout == {
            "direction": "rtl",
            "docDirection": "rtl",
            "textAlign": "right",
            "whiteSpace": "pre-wrap",
        }
        expected = predicted_surfaces(task)
        drawn = page.wait("every predicted region", partial(all_drawn, page, set(expected)))
        assert {rid: drawn[rid] for rid in expected} == expected
        pairs = page.js(LINE_ORDER)
        assert pairs, "some line holds two predicted regions"
        # Right to left: of two regions on one line, the earlier one is further right.
        assert all(first > second for first, second in pairs)
        if doc_id != "emoji_crlf":
            ARTIFACTS.mkdir(exist_ok=True)
            browser.save_screenshot(str(ARTIFACTS / "annotator_view.png"))


@pytest.mark.parametrize("which", ["seed", "emoji_crlf"])
def test_a_real_selection_comes_back_with_code_point_offsets(
    browser: Any,
    ls_server: LocalServer,
    admin: Connection,
    view: View,
    which: str,
    tmp_path: Path,
) -> None:
    doc_id = next(d for d in view.tasks if (d == "emoji_crlf") == (which == "emoji_crlf"))
    task = view.tasks[doc_id]
    text = task["data"]["text"]
    word = SELECTED if which == "emoji_crlf" else unique_free_word(task)
    page = open_task(browser, ls_server.url, view, doc_id)
    assert page.js(CLICK_LABEL, "ORG")
    assert page.js(SELECT, word)
    page.wait("the new region", lambda: word in page.js(REGION_TEXTS).values(), timeout=20)
    if which == "emoji_crlf":
        ARTIFACTS.mkdir(exist_ok=True)
        browser.save_screenshot(str(ARTIFACTS / "annotator_view_emoji_crlf.png"))
    assert page.js(CLICK_SUBMIT)
    task_id = view.task_ids[doc_id]
    page.wait(
        "the submitted annotation",
        lambda: list(admin.client.annotations.list(task_id)),
        timeout=30,
    )

    out = tmp_path / "export.json"
    pull(admin, TITLE, out)
    [exported] = [t for t in orjson.loads(out.read_bytes()) if t["id"] == task_id]
    [annotation] = exported["annotations"]
    assert annotation["completed_by"]["email"] == view.annotator.email
    made = [
        r for r in annotation["result"] if r["type"] == "labels" and r.get("origin") == "manual"
    ]
    start = text.index(word)
    assert [(r["value"]["start"], r["value"]["end"], r["value"]["labels"]) for r in made] == [
        (start, start + len(word), ["ORG"])
    ]
    assert exported["data"]["text"] == text
    # The prefilled prediction came back too, with its offsets untouched.
    kept = {r["id"]: r["value"]["text"] for r in annotation["result"] if r["type"] == "labels"}
    assert {rid: kept.get(rid) for rid in predicted_surfaces(task)} == predicted_surfaces(task)


# The adjudication panel: its direction and its lines as the browser lays them out.
PANEL = """
const box = document.querySelector('.adj-box');
if (!box) return null;
const text = box.querySelector('.lsf-richtext__container') || box;
if (!text.innerText.trim()) return null;
return {
  direction: getComputedStyle(text).direction,
  lines: text.innerText.split('\\n').map(l => l.trim()).filter(l => l),
};
"""


def test_the_adjudication_panel_lists_the_open_decisions(
    browser: Any, ls_server: LocalServer, admin: Connection, view: View
) -> None:
    task = next(adjudication_tasks(ROOT / "gold" / "v0001"))
    report = push(
        admin, [task], title="adjudication view", config=labeling_config(adjudication=True)
    )
    (remote,) = admin.client.tasks.list(project=report.project_id)
    browser.get(f"{ls_server.url}/projects/{report.project_id}/data?task={remote.id}")
    page = Page(browser)
    page.wait("the text with its predicted regions", lambda: page.js(HIGHLIGHTS_READY))
    panel = page.wait("the adjudication panel", lambda: page.js(PANEL))
    assert panel["direction"] == "ltr"
    assert panel["lines"] == task["data"][CONFLICTS].splitlines()
    ARTIFACTS.mkdir(exist_ok=True)
    browser.save_screenshot(str(ARTIFACTS / "adjudication_view.png"))
