"""Printable HTML quizzes: one self-contained page per article, language and version,
plus ``index.html`` listing them. Optional PDFs through headless Chromium."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Sequence

from ..models import Card, Extraction
from ..quiz import Pool, Quiz, Section, build_pools, build_quiz, version
from ..quiz.model import Question
from ..quiz.strings import letter, strings
from ..templates import render
from ..writers import inside, safe_name, write_atomic

QUIZ_FOLDER = "quizzes"
_VERSION_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"


@dataclass(frozen=True)
class KeyItem:
    number: int
    mark: str  # the letter to circle or write, "" for written answers
    text: str


@dataclass(frozen=True)
class Entry:
    language: str
    title: str
    href: str
    count: str
    version: str


def _shorten(text: str, limit: int = 90) -> str:
    return text if len(text) <= limit else text[:limit].rsplit(" ", 1)[0] + "…"


def _key_item(q: Question, section: Section, lang: str) -> KeyItem:
    if q.kind == "choice":
        return KeyItem(q.number, letter(q.correct, lang), q.answer)
    if q.kind == "match":
        return KeyItem(q.number, letter(section.bank.index(q.answer), lang), _shorten(q.answer))
    return KeyItem(q.number, "", q.answer)


def answer_key(quiz: Quiz) -> list[KeyItem]:
    """The answers by question number, as printed on the key page."""
    return [_key_item(q, s, quiz.language) for s in quiz.sections for q in s.questions]


def render_quiz(quiz: Quiz, label: str = "", templates: Path | None = None) -> str:
    lang = quiz.language
    return render("quiz.html.j2", templates, quiz=quiz, t=strings(lang), letter=lambda i: letter(i, lang),
                  version=label, total=len(quiz.questions), key=answer_key(quiz))


def _forms(ex: Extraction, pool: Pool, seed: int | None, versions: int) -> list[Quiz]:
    # Without --seed the shuffle is still fixed: each article seeds from its language and slug.
    base = "auto" if seed is None else seed
    quiz = build_quiz(ex, pool, base)
    return [version(quiz, base, n) for n in range(1, versions + 1)]


def quiz_paths(articles: Sequence[tuple[str, str]], versions: int) -> list[tuple[str, ...]]:
    """Where each (language, slug)'s quiz forms go, relative to the output folder.

    Decided for all articles at once and before any quiz is built, so a path
    never depends on another article's questions.
    """
    taken: set[str] = set()
    out = []
    for lang, slug in articles:
        lang, stem = safe_name(lang, "und"), safe_name(slug)
        forms = []
        for n in range(versions):
            name = f"{stem}-{_VERSION_LETTERS[n].lower()}" if versions > 1 else stem
            path, bump = f"{QUIZ_FOLDER}/{lang}/{name}.html", 2
            while path in taken:  # two articles with one slug: keep both
                path, bump = f"{QUIZ_FOLDER}/{lang}/{name}-{bump}.html", bump + 1
            taken.add(path)
            forms.append(path)
        out.append(tuple(forms))
    return out


def write_article(ex: Extraction, pool: Pool, paths: Sequence[str], out: Path,
                  options: object) -> tuple[list[Path], list[str], list[Entry]]:
    """Write one article's quiz forms to ``paths`` (from :func:`quiz_paths`)."""
    seed = getattr(options, "seed", None)
    templates = getattr(options, "templates", None)
    forms = _forms(ex, pool, seed, len(paths))
    if not forms[0].questions:
        return [], [f"{ex.article.path}: too little material for a quiz; none written"], []
    written, entries = [], []
    for n, (form, relative) in enumerate(zip(forms, paths)):
        label = _VERSION_LETTERS[n] if len(paths) > 1 else ""
        path = inside(Path(out), relative)
        written.append(write_atomic(path, render_quiz(form, label, templates), durable=False))
        count = strings(form.language)["count"].format(n=len(form.questions))
        entries.append(Entry(form.language, form.title, relative, count, label))
    return written, [], entries


def quiz_order(extractions: Sequence[Extraction]) -> list[Extraction]:
    return sorted(extractions, key=lambda e: (e.article.language, e.article.slug, e.article.path))


def write_language(extractions: Sequence[Extraction], out: Path, options: object,
                   pools: dict | None = None) -> tuple[list[Path], list[str], list[Entry]]:
    """Write the quizzes of ``extractions`` (any languages); return files, notes and index entries."""
    versions = max(1, int(getattr(options, "versions", 1) or 1))
    pools = pools if pools is not None else build_pools(extractions)
    order = quiz_order(extractions)
    written: list[Path] = []
    notes: list[str] = []
    entries: list[Entry] = []
    for ex, paths in zip(order, quiz_paths([(e.article.language, e.article.slug) for e in order], versions)):
        files, more, listed = write_article(ex, pools[ex.article.language], paths, out, options)
        written.extend(files)
        notes.extend(more)
        entries.extend(listed)
    return written, notes, entries


def write_quizzes(extractions: Sequence[Extraction], cards: Sequence[Card], out: Path,
                  options: object) -> tuple[list[Path], list[str]]:
    """Write every quiz and the index; return the files written and notes for the user.

    ``cards`` are accepted for the build contract; questions come from the extractions.
    """
    written, notes, entries = write_language(extractions, out, options)
    if entries:
        written.append(write_index(Path(out), entries, getattr(options, "templates", None)))
    if getattr(options, "pdf", False) and written:
        pdfs, pdf_notes = write_pdfs(Path(out), written)
        written.extend(pdfs)
        notes.extend(pdf_notes)
    return written, notes


def write_pdfs(out: Path, written: Sequence[Path]) -> tuple[list[Path], list[str]]:
    """Print every quiz page (not the index) to PDF beside it."""
    from .pdf import print_pdfs

    return print_pdfs([p for p in written if p.suffix == ".html" and p.parent != Path(out).resolve()])


def write_index(out: Path, entries: Sequence[Entry], templates: Path | None) -> Path:
    """Write ``index.html`` listing every quiz, grouped by language."""
    groups: dict[str, list[Entry]] = {}
    for e in entries:
        groups.setdefault(e.language, []).append(e)
    html = render("index.html.j2", templates, lang="en", t=strings("en"), groups=sorted(groups.items()))
    return write_atomic(inside(out, "index.html"), html)
