"""Built decks imported by the real Anki backend (the ``anki`` package from PyPI)."""

from __future__ import annotations

import html
import re
import shutil
from pathlib import Path

import pytest

from conftest import LANGUAGES, ROOT, write_article
from quizgen.cards import cloze, generate
from quizgen.exporters.anki import package_name, preview, write_decks
from quizgen.extract import extract_all
from quizgen.pipeline import load

anki_collection = pytest.importorskip("anki.collection", reason="the anki package is not installed")
Collection = anki_collection.Collection
pytestmark = pytest.mark.anki

REMNANTS = ("](", "**", "{{", "}}", "&#39;", "&amp;", "&quot;", "&lt;", "&gt;", "&#", "<script", "__")


def build(paths, out: Path) -> tuple[list[Path], list]:
    extractions = extract_all(load(list(paths)).articles)
    cards = generate(extractions)
    return write_decks(cards, extractions, out), cards


def import_all(col, files):
    logs = []
    for f in files:
        req = anki_collection.ImportAnkiPackageRequest(
            package_path=str(f), options=anki_collection.ImportAnkiPackageOptions())
        logs.append(col.import_anki_package(req).log)
    return logs


def shown(markup: str) -> str:
    """What a learner reads: tags and styles gone, entities decoded once."""
    markup = re.sub(r"<style>.*?</style>", "", markup, flags=re.S)
    return html.unescape(re.sub(r"<[^>]+>", " ", markup)).strip()


@pytest.fixture
def col(tmp_path):
    c = Collection(str(tmp_path / "collection.anki2"))
    yield c
    c.close()


def check_collection(col, cards) -> None:
    """Counts, rendering and cloze deletions of everything in ``col``."""
    assert col.note_count() == len(cards)
    expected = sum(len(cloze.groups(c.front)) if c.cloze else 1 for c in cards)
    assert col.card_count() == expected
    titles = {c.title for c in cards}
    for cid in col.find_cards(""):
        card = col.get_card(cid)
        q, a = shown(card.question()), shown(card.answer())
        assert q and a and a != q, (q, a)
        for bad in REMNANTS:
            assert bad not in q and bad not in a, (bad, q, a)
        note = card.note()
        # the title (masked where it is the answer) heads every card
        ctx = html.unescape(note["Context"])
        assert ctx and (ctx in titles or "…" in ctx), ctx
        assert q.startswith(ctx)
        if note.note_type()["name"] == "quizgen Cloze":
            assert re.search(r"\{\{c\d+::", note["Text"])
            assert "[" in q  # the deletion is hidden on the question


def test_smo_decks_import_render_and_reimport(tmp_path, col, source_dir):
    files, cards = build([source_dir], tmp_path / "decks")
    assert sorted(f.name for f in files) == sorted(package_name(l) for l in LANGUAGES)
    logs = import_all(col, files)
    assert sum(len(log.new) for log in logs) == len(cards)
    check_collection(col, cards)  # all five languages together keep every note
    for lang in LANGUAGES:
        assert len(col.find_notes(f"tag:lang::{lang}")) >= 12
        assert len(col.find_notes(f'"deck:{preview([c for c in cards if c.language == lang])[0]["deck"]}"')) >= 12
    again = import_all(col, files)
    assert sum(len(log.new) for log in again) == 0
    assert sum(len(log.updated) for log in again) == 0
    assert col.note_count() == len(cards)


def test_learner_edits_survive_reimport(tmp_path, col, source_dir):
    files, _ = build([source_dir / "en"], tmp_path / "decks")
    import_all(col, files)
    note = col.get_note(col.find_notes("")[0])
    field = note.keys()[0]
    note[field] = "my own wording"
    col.update_note(note)
    import_all(col, files)
    assert col.get_note(note.id)[field] == "my own wording"


ARTICLE = """---
title: Widget Theory
keywords: [Engineering]
---

# Widget Theory

Widget theory is the study of small machines that fit inside a box.
Well known widget makers include Acme, Globex and Initech.

## Highlights
- Widget theory began in 1950 at Acme.
- Every widget holds {count} gears.
"""


def test_edited_source_updates_its_note(tmp_path, col):
    src, out = tmp_path / "src", tmp_path / "decks"
    write_article(src, "en/widget-theory.md", ARTICLE.format(count="seven"))
    files, cards = build([src], out)
    assert sum(len(log.new) for log in import_all(col, files)) == len(cards)
    write_article(src, "en/widget-theory.md", ARTICLE.format(count="eleven"))
    files, cards2 = build([src], out)  # the same output folder, as with decks/
    assert {c.key for c in cards2} == {c.key for c in cards}
    logs = import_all(col, files)
    assert sum(len(log.new) for log in logs) == 0
    assert sum(len(log.updated) for log in logs) >= 1
    assert col.note_count() == len(cards)
    assert col.find_notes("eleven") and not col.find_notes("seven")


def test_same_article_in_two_languages_never_collides(tmp_path, col):
    src = tmp_path / "src"
    write_article(src, "en/widget-theory.md", ARTICLE.format(count="seven"))
    write_article(src, "pl/widget-theory.md", ARTICLE.format(count="seven").replace("Widget theory is", "Widget theory to"))
    files, cards = build([src], tmp_path / "decks")
    assert {c.language for c in cards} >= {"en", "pl"}
    import_all(col, files)
    assert col.note_count() == len(cards)


def test_builds_are_byte_identical(tmp_path, source_dir):
    a, _ = build([source_dir], tmp_path / "a")
    b, _ = build([source_dir], tmp_path / "b")
    again, _ = build([source_dir], tmp_path / "a")  # rebuilding over the previous build
    for x, y, z in zip(a, b, again):
        assert x.read_bytes() == y.read_bytes() == z.read_bytes()


def test_corpus_decks(tmp_path, col, corpus_dir):
    files, cards = build([corpus_dir], tmp_path / "decks")
    assert {c.language for c in cards} == set(LANGUAGES)
    logs = import_all(col, files)
    assert sum(len(log.new) for log in logs) == len(cards)
    check_collection(col, cards)
    assert sum(len(log.new) for log in import_all(col, files)) == 0


def test_decks_folder_is_current(tmp_path, source_dir):
    """decks/ holds what `quizgen build source/ -o decks/` makes (rebuild over a copy, compare)."""
    decks = ROOT / "decks"
    shipped = sorted(decks.glob("*.apkg"))
    assert shipped, "decks/ holds no .apkg: run `quizgen build source/ -o decks/`"
    copy = tmp_path / "decks"
    shutil.copytree(decks, copy)
    files, _ = build([source_dir], copy)
    assert sorted(f.name for f in files) == sorted(f.name for f in shipped)
    for f in files:
        assert f.read_bytes() == (decks / f.name).read_bytes(), f"{f.name} is stale: rebuild decks/"


def test_build_command_writes_one_deck_per_language(tmp_path, runner, source_dir):
    from quizgen.cli import cli

    result = runner.invoke(cli, ["build", str(source_dir / "en"), str(source_dir / "ru"), "-o", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in tmp_path.glob("*.apkg")) == ["quizgen-en.apkg", "quizgen-ru.apkg"]
