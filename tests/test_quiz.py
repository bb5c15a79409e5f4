"""Printable quizzes built from source/: questions, versions, key, escaping, determinism."""

from __future__ import annotations

import re
from markupsafe import escape
from pathlib import Path

import pytest

from conftest import LANGUAGES, SOURCE, write_article
from quizparse import parse_quiz
from quizgen.build import BuildOptions
from quizgen.exporters import pdf as pdf_module
from quizgen.exporters.quiz import write_quizzes
from quizgen.extract import extract_all
from quizgen.pipeline import load
from quizgen.quiz import build_pools, build_quiz, version
from quizgen.quiz.strings import strings


@pytest.fixture(scope="module")
def extractions():
    return extract_all(load([SOURCE]).articles)


def _write(extractions, out: Path, **kw):
    return write_quizzes(extractions, [], out, BuildOptions(output=out, **kw))


def _quizzes(files: list[Path]) -> list[Path]:
    return [f for f in files if f.suffix == ".html" and f.name != "index.html"]


@pytest.fixture(scope="module")
def versions(extractions, tmp_path_factory):
    out = tmp_path_factory.mktemp("versions")
    files, notes = _write(extractions, out, seed=7, versions=3)
    return _quizzes(files)


def test_one_quiz_per_article_and_language_plus_index(extractions, tmp_path):
    files, notes = _write(extractions, tmp_path)
    quizzes = _quizzes(files)
    assert sorted(f.parent.name for f in quizzes) == sorted(LANGUAGES)
    index = (tmp_path / "index.html").read_text(encoding="utf-8")
    for f in quizzes:
        assert f.is_relative_to(tmp_path)
        assert f'href="{f.relative_to(tmp_path).as_posix()}"' in index
    assert notes == []


def test_every_version_has_sound_questions_and_a_matching_key(versions):
    assert len(versions) == 3 * len(LANGUAGES)
    for path in versions:
        quiz = parse_quiz(path.read_text(encoding="utf-8"))
        assert len(quiz.questions) >= 8, path
        numbers = [q.number for q in quiz.questions]
        assert numbers == list(range(1, len(numbers) + 1)), path
        assert [n for n, _, _ in quiz.key] == numbers, path
        key = {n: (letter, text) for n, letter, text in quiz.key}
        mcqs = [q for q in quiz.questions if q.kind == "choice"]
        assert mcqs, path
        for q in mcqs:
            texts = [t for _, t in q.options]
            assert len(texts) == 4 and len({t.casefold() for t in texts}) == 4, (path, q)
            letter, answer = key[q.number]
            correct = [t for l, t in q.options if l == letter]
            assert correct == [answer], (path, q, key[q.number])
            assert texts.count(answer) == 1
        for q in quiz.questions:
            assert key[q.number][1], (path, q.number)  # every question has an answer


def test_model_has_exactly_one_correct_option(extractions):
    pools = build_pools(extractions)
    for ex in extractions:
        quiz = build_quiz(ex, pools[ex.article.language], 1)
        for n in (1, 2):
            for q in version(quiz, 1, n).questions:
                if q.kind == "choice":
                    assert len(set(q.options)) == 4 and q.options.count(q.answer) == 1
                    assert q.answer.casefold() not in (q.before + " " + q.after).casefold()


def test_versions_differ_in_order_and_seeds_differ(extractions, versions, tmp_path):
    by_article: dict[str, list[list]] = {}
    for path in versions:
        quiz = parse_quiz(path.read_text(encoding="utf-8"))
        order = [(q.text, tuple(q.options)) for q in quiz.questions]
        by_article.setdefault(path.parent.name, []).append(order)
    for lang, forms in by_article.items():
        assert len({tuple(f) for f in forms}) == 3, lang
        assert all(sorted(f) != sorted(forms[0]) or f != forms[0] for f in forms[1:])
    one, _ = _write(extractions, tmp_path / "one", seed=1)
    two, _ = _write(extractions, tmp_path / "two", seed=2)
    for a, b in zip(_quizzes(one), _quizzes(two)):
        qa = [q.text for q in parse_quiz(a.read_text(encoding="utf-8")).questions]
        qb = [q.text for q in parse_quiz(b.read_text(encoding="utf-8")).questions]
        assert qa != qb, a.name


def test_output_is_deterministic_with_and_without_seed(extractions, tmp_path):
    for kw in ({}, {"seed": 5, "versions": 2}):
        a, _ = _write(extractions, tmp_path / "a", **kw)
        b, _ = _write(extractions, tmp_path / "b", **kw)
        assert [p.read_bytes() for p in a] == [p.read_bytes() for p in b]


def test_interface_is_in_the_quiz_language(versions):
    for path in versions:
        lang = path.parent.name
        html = path.read_text(encoding="utf-8")
        quiz = parse_quiz(html)
        assert quiz.lang == lang and quiz.has_answer_key
        for key in ("name", "date", "score", "key", "choice_help"):
            assert escape(strings(lang)[key]) in html, (lang, key)
        if lang != "en":
            assert "Answer key" not in html and "Multiple choice" not in html


def test_quiz_is_self_contained(versions):
    for path in versions:
        html = path.read_text(encoding="utf-8")
        quiz = parse_quiz(html)
        assert not {"link", "script", "img", "iframe", "object"} & set(quiz.tags)
        assert not [v for k, v in quiz.attributes if k in ("src", "srcset") or "//" in v]
        assert not re.search(r"@import|url\(|@font-face|https?:", html)


HOSTILE = """---
title: "<script>alert(1)</script> Widget <img src=x onerror=alert(2)>"
description: A widget is a thing.
lang: en
---
## What is a widget?

A <b onmouseover="alert(3)">widget</b> is a small gadget made by Acme Corporation in 1998 for the Example Network platform. <script>alert(4)</script>

Widgets are sold by Globex, Initech and Umbrella Corporation to customers in 45 countries.

The Springfield Gadget Fair showed 120 widgets built with [gadget design](/gadget-design) in one afternoon.

Many buyers compare widgets with [doohickey](/doohickey) and [thingamajig](/thingamajig) before they buy one.

## Highlights

- A widget is a small gadget made by Acme Corporation <img src=y onerror=alert(5)>.
- Widgets are sold in 45 countries.
"""


def test_every_piece_of_text_is_escaped(tmp_path):
    write_article(tmp_path / "src", "en/widget.md", HOSTILE)
    files, _ = _write(extract_all(load([tmp_path / "src"]).articles), tmp_path / "out")
    html = "".join(p.read_text(encoding="utf-8") for p in files)
    quiz = parse_quiz(html)
    assert "script" not in quiz.tags and "img" not in quiz.tags
    assert not [k for k, _ in quiz.attributes if k.startswith("on")]
    assert "alert(1)" in html  # the text stays, as text


BAD = '<script>alert(1)</script><img src=x onerror="alert(2)"> & "q"'


def test_rendering_escapes_every_field():
    from quizgen.exporters.quiz import render_quiz
    from quizgen.quiz import Question, Quiz, Section

    mcq = Question("choice", before=BAD, after=BAD, gapped=True, ask="ask_gap", answer=BAD,
                   options=(BAD, BAD + "1", BAD + "2", BAD + "3"), number=1)
    blank = Question("blank", before=BAD, after=BAD, gapped=True, answer=BAD, number=2)
    match = Question("match", before=BAD, answer=BAD, number=3)
    short = Question("short", before=BAD, answer=BAD, number=4)
    quiz = Quiz("en", "x", BAD, (Section("choice", (mcq,)), Section("blank", (blank,), (BAD,)),
                                 Section("match", (match,), (BAD,)), Section("short", (short,))))
    html = render_quiz(quiz, label=BAD)
    parsed = parse_quiz(html)
    assert "script" not in parsed.tags and "img" not in parsed.tags
    assert not [k for k, _ in parsed.attributes if k.startswith("on")]
    assert html.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 12


def test_unknown_language_falls_back_to_english(tmp_path):
    text = HOSTILE.replace("lang: en", "lang: xx")
    write_article(tmp_path / "src", "xx/widget.md", text)
    files, _ = _write(extract_all(load([tmp_path / "src"]).articles), tmp_path / "out")
    html = _quizzes(files)[0].read_text(encoding="utf-8")
    assert 'lang="xx"' in html and "Answer key" in html


def test_pdf_without_a_browser_is_a_note_and_html_is_written(extractions, tmp_path, monkeypatch):
    monkeypatch.setattr(pdf_module, "chromium_path", lambda: None)
    files, notes = _write(extractions[:1], tmp_path, pdf=True)
    assert len(_quizzes(files)) == 1 and not [f for f in files if f.suffix == ".pdf"]
    assert len(notes) == 1 and "Chromium" in notes[0] and "HTML" in notes[0]
