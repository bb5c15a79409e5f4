"""Optional PDFs of the quizzes through headless Chromium (Debian's ``chromium``
driven by playwright). Without a browser the HTML stands and the user gets a note."""

from __future__ import annotations

import os
import shutil
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Sequence

from ..writers import write_atomic

CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--no-first-run"]


def chromium_path() -> str | None:
    """The Chromium executable: $QUIZGEN_CHROMIUM, /usr/bin/chromium, or chromium on PATH."""
    for candidate in (os.environ.get("QUIZGEN_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium")):
        if candidate and Path(candidate).is_file() and os.access(candidate, os.X_OK):
            return candidate
    return None


def print_pdfs(pages: Sequence[Path], paper: str = "A4") -> tuple[list[Path], list[str]]:
    """Print each HTML page beside itself as ``.pdf``; return the PDFs and notes."""
    # playwright's sync API refuses to run inside an asyncio loop; a fresh thread has none.
    with ThreadPoolExecutor(max_workers=1) as pool:
        return pool.submit(_print, list(pages), paper).result()


def _print(pages: list[Path], paper: str) -> tuple[list[Path], list[str]]:
    executable = chromium_path()
    try:
        from playwright.sync_api import Error, sync_playwright
    except ImportError:
        return [], ["PDFs not written: the playwright package is not installed (pip install 'quizgen[pdf]'); "
                    "the HTML quizzes were written"]
    if executable is None:
        return [], ["PDFs not written: headless Chromium was not found (install Debian's chromium package); "
                    "the HTML quizzes were written"]
    written: list[Path] = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
            try:
                page = browser.new_page()
                # Quizzes are self-contained: refuse any request that is not the file itself.
                page.route("**/*", lambda route: route.continue_() if route.request.url.startswith("file:")
                           else route.abort())
                for html in pages:
                    page.goto(html.resolve().as_uri())
                    page.emulate_media(media="print")
                    pdf = page.pdf(format=paper, print_background=False, prefer_css_page_size=False)
                    written.append(write_atomic(html.with_suffix(".pdf"), pdf))
            finally:
                browser.close()
    except Error as exc:
        first = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
        return written, [f"PDFs not written: headless Chromium failed ({first}); the HTML quizzes were written"]
    return written, []
