"""Every quiz built from source/, printed by real headless Chromium at A4 and Letter."""

from __future__ import annotations

import io
import os
import re
from pathlib import Path

import pytest

from conftest import SOURCE
from quizgen.build import BuildOptions
from quizgen.exporters.pdf import CHROMIUM_ARGS, print_pdfs
from quizgen.exporters.quiz import write_quizzes
from quizgen.extract import extract_all
from quizgen.pipeline import load
from quizgen.quiz.strings import strings

pytestmark = pytest.mark.browser

CHROMIUM = "/usr/bin/chromium"
MM = 96 / 25.4  # CSS pixels per millimetre
# Paper and the quiz's @page margins (15mm top, 14mm sides, 16mm bottom).
PAPERS = {"A4": (210.0, 297.0), "Letter": (215.9, 279.4)}
SIDE_MARGINS = 2 * 14.0


def _unavailable(reason: str) -> None:
    if os.environ.get("QUIZGEN_REQUIRE_BROWSER") == "1":
        pytest.fail(f"QUIZGEN_REQUIRE_BROWSER=1 but {reason}")
    pytest.skip(reason)


@pytest.fixture(scope="session")
def browser():
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        _unavailable("the playwright package is not installed")
    if not Path(CHROMIUM).is_file():
        _unavailable(f"Debian's chromium is not installed at {CHROMIUM} (apt-get install chromium)")
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


@pytest.fixture(scope="session")
def built(tmp_path_factory) -> list[Path]:
    out = tmp_path_factory.mktemp("print")
    extractions = extract_all(load([SOURCE]).articles)
    files, _ = write_quizzes(extractions, [], out, BuildOptions(output=out))
    quizzes = [f for f in files if f.suffix == ".html" and f.name != "index.html"]
    assert len(quizzes) == 5
    return quizzes


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _page_of(pages: list[str], snippet: str, last: bool = False) -> int:
    hits = [i for i, text in enumerate(pages) if snippet in text]
    assert hits, snippet
    return hits[-1] if last else hits[0]


@pytest.mark.parametrize("paper", sorted(PAPERS))
def test_quizzes_print_properly(browser, built, paper):
    pypdf = pytest.importorskip("pypdf", reason="pypdf reads the printed pages (pip install '.[test]')")
    width_mm, _ = PAPERS[paper]
    printable = round((width_mm - SIDE_MARGINS) * MM)
    for path in built:
        url = path.resolve().as_uri()
        context = browser.new_context(viewport={"width": printable, "height": 1000})
        requests: list[str] = []

        def guard(route, request):
            requests.append(request.url)
            route.continue_() if request.url == url else route.abort()

        context.route("**/*", guard)
        page = context.new_page()
        page.emulate_media(media="print")
        page.goto(url)
        assert requests == [url], f"{path.name}: requests left the file: {requests}"

        styles = page.evaluate("""() => ({
            questions: [...document.querySelectorAll('.question')].map(q => getComputedStyle(q).breakInside),
            key: [...document.querySelectorAll('.answer-key')].map(k => getComputedStyle(k).breakBefore),
            width: document.documentElement.scrollWidth,
            widest: Math.max(...[...document.querySelectorAll('body *')].map(e => e.getBoundingClientRect().right)),
            last: document.querySelector('.question:last-of-type, .question') &&
                  [...document.querySelectorAll('.question')].pop().innerText,
            firstAnswer: document.querySelector('.answer-key li').innerText,
            keyTitle: document.querySelector('.answer-key h2').innerText,
            lang: document.documentElement.lang,
        })""")
        assert len(styles["questions"]) >= 8, path
        assert set(styles["questions"]) == {"avoid"}, path
        assert styles["key"] == ["page"], path
        assert styles["width"] <= printable and styles["widest"] <= printable + 0.5, (path, paper, styles)

        pdf = page.pdf(format=paper)
        pages = [_squash(p.extract_text()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages]
        assert len(pages) >= 2, path
        last_question = _page_of(pages, _squash(styles["last"])[:40], last=True)
        key_page = _page_of(pages, _squash(styles["keyTitle"]))
        assert _squash(styles["firstAnswer"]) in pages[key_page], path
        assert key_page > last_question, (path, paper, key_page, last_question)
        assert strings(styles["lang"])["key"] in styles["keyTitle"]
        context.close()


def test_pdf_option_writes_one_pdf_per_quiz(browser, built, tmp_path):
    import shutil

    copies = [Path(shutil.copy(p, tmp_path / f"{p.parent.name}.html")) for p in built[:2]]
    pdfs, notes = print_pdfs(copies)
    assert notes == [] and [p.suffix for p in pdfs] == [".pdf", ".pdf"]
    assert all(p.read_bytes().startswith(b"%PDF") for p in pdfs)
