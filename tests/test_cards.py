"""Card generators and Wozniak's quality rules, on the SMO articles and on crafted input."""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest

from conftest import LANGUAGES, write_article
from quizgen.cards import KINDS, generate
from quizgen.cards import cloze, quality
from quizgen.cards.phrases import phrase
from quizgen.exporters.anki import fields, preview
from quizgen.extract import extract_all
from quizgen.pipeline import load


def cards_for(*paths: Path):
    return generate(extract_all(load(list(paths)).articles))


@pytest.fixture(scope="module")
def smo(source_dir):
    return cards_for(source_dir)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_smo_has_every_supported_kind_and_twelve_notes(smo, lang):
    mine = [c for c in smo if c.language == lang]
    kinds = Counter(c.kind for c in mine)
    assert len(mine) >= 12, kinds
    # the SMO article has a definition, highlights, names and links, but no FAQ
    for kind in ("definition", "reverse", "definition-cloze", "highlight", "entity", "term"):
        assert kinds[kind] >= 1, (kind, kinds)
    assert set(kinds) <= set(KINDS)


def test_every_card_passes_the_rules(smo):
    for c in smo:
        assert quality.problems(c) == [], (c, quality.problems(c))
        assert c.title and c.answer.strip()
        if c.cloze:
            assert cloze.groups(c.front)
            for g in cloze.groups(c.front):
                assert quality._items(" ".join(cloze.answers(c.front, g))) <= quality.MAX_ITEMS


def test_fronts_are_unique_per_deck(smo):
    for lang in LANGUAGES:
        qs = [quality.norm(q) for c in smo if c.language == lang for q in quality.questions(c)]
        assert len(qs) == len(set(qs))


def test_keys_are_unique_and_textless(smo):
    keys = [(c.language, c.slug, c.key) for c in smo]
    assert len(keys) == len(set(keys))
    for c in smo:
        assert re.fullmatch(r"[a-z-]+(:.+)?", c.key)
        assert len(c.key) < 80  # an identity, not a sentence


def test_questions_use_the_article_language(smo):
    for lang in LANGUAGES:
        what = [c for c in smo if c.language == lang and c.kind == "definition"]
        assert what and what[0].front == phrase(lang, "what_is", term=what[0].title)
    assert phrase("de", "what_is", term="X") == "What is X?"  # English for the others


def test_tags_are_anki_tags(smo):
    for c in smo:
        assert all(" " not in t and t for t in c.tags)
        assert f"lang::{c.language}" in c.tags and f"article::{c.slug}" in c.tags
    assert "keyword::Tech_Stocks" in smo[0].tags


def test_answer_is_never_readable_in_the_question(smo):
    for c in smo:
        for q, ans in zip(quality.questions(c), _answers(c)):
            assert quality.norm(ans) not in quality.norm(q), (q, ans)


def _answers(c):
    if c.cloze:
        return [" ".join(cloze.answers(c.front, g)) for g in cloze.groups(c.front)]
    return [c.back]


HOSTILE = """---
title: Widget Theory
keywords: [Engineering basics, "a::b"]
---

# Widget Theory

## What Is Widget Theory?

Widget theory is the study of [small machines](/small-machines) that fit {{c1::inside}} a box and use :: separators.
The <script>alert(1)</script> tag and **bold** text must stay inert}} here.

Well known widget makers include Acme, Globex, Initech, Umbrella, Hooli, and Vandelay.

## Highlights
- Widget theory began in 1950 at Acme.
- Widgets {{c2::never}} break.
"""


def test_hostile_text_stays_text(tmp_path):
    write_article(tmp_path, "en/widget-theory.md", HOSTILE)
    cards = cards_for(tmp_path)
    assert cards
    for c in cards:
        for name, value in fields(c).items():
            assert "<script" not in value.lower()
            if name == "Text":  # only quizgen's own deletions open a cloze
                assert value.count("{{c") == value.count("}}") == len([p for p in cloze.parse(c.front) if p.group])
            else:
                assert "{{" not in value and "}}" not in value
        assert "**" not in c.front + c.back and "](" not in c.front + c.back
    rows = preview(cards)
    assert {r["model"] for r in rows} == {"quizgen Q&A", "quizgen Cloze"}
    assert all("keyword::a::b" in r["tags"] and "keyword::Engineering_basics" in r["tags"] for r in rows)


def test_edits_keep_keys(tmp_path):
    write_article(tmp_path, "en/widget-theory.md", HOSTILE)
    before = {c.key for c in cards_for(tmp_path)}
    write_article(tmp_path, "en/widget-theory.md", HOSTILE.replace("began in 1950", "started in 1950"))
    after = {c.key for c in cards_for(tmp_path)}
    assert before == after


def test_cloze_markup_round_trips():
    text = "Apples, pears and plums grow {{here}} too."
    front = cloze.build(text, [(0, 6, 1), (8, 13, 2)], {1: "fruit"})
    assert cloze.groups(front) == [1, 2]
    assert cloze.answers(front, 1) == ["Apples"]
    assert cloze.question(front, 1).startswith("[fruit], pears")
    assert "{{here" not in cloze.plain(front)


def test_cards_command_previews_notes(runner, source_dir):
    import json

    from quizgen.cli import cli

    result = runner.invoke(cli, ["cards", str(source_dir / "en"), "--json"])
    assert result.exit_code == 0, result.output
    rows = json.loads(result.stdout)
    assert len(rows) >= 12
    assert all(set(r) == {"deck", "model", "guid", "fields", "tags"} for r in rows)
    assert len({r["guid"] for r in rows}) == len(rows)
    assert all(r["deck"].endswith("::Social Media Optimization (SMO)") for r in rows)
    text = runner.invoke(cli, ["cards", str(source_dir / "en")])
    assert text.exit_code == 0 and "quizgen Cloze" in text.output
