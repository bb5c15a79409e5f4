"""Anki decks with genanki: one ``.apkg`` per language, deterministic to the byte.

Note types are quizgen's own (fixed IDs, stable field and template names).
Card text is plain; here it becomes HTML, escaped, with Anki syntax
(``{{``, ``}}``, ``::``) made inert everywhere except in quizgen's own deletions.
"""

from __future__ import annotations

import html
import shutil
import tempfile
import zipfile
from collections import Counter
from functools import partial
from pathlib import Path
from typing import BinaryIO, Iterable, Sequence

import genanki

from .. import ids
from ..cards import cloze
from ..cards.phrases import phrase
from ..cards.quality import context
from ..models import Card, Extraction
from ..writers import ensure_dir, inside, safe_name, write_atomic
from .collection import Collection
from .notes import NoteRow, note_row
from .anki_state import model_content, next_mtime, note_content, previous

QA_FIELDS = ("Question", "Answer", "Context")
CLOZE_FIELDS = ("Text", "Extra", "Context")
_CTX = '<div class="context">{{Context}}</div>'
QA_TEMPLATE = {
    "name": "Question → Answer",
    "qfmt": _CTX + '\n<div class="question">{{Question}}</div>',
    "afmt": '{{FrontSide}}\n<hr id="answer">\n<div class="answer">{{Answer}}</div>',
}
CLOZE_TEMPLATE = {
    "name": "Cloze",
    "qfmt": _CTX + '\n<div class="text">{{cloze:Text}}</div>',
    "afmt": _CTX + '\n<div class="text">{{cloze:Text}}</div>\n{{#Extra}}<div class="extra">{{Extra}}</div>{{/Extra}}',
}
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _css() -> str:
    from ..templates import builtin_folder

    return (builtin_folder() / "anki.css").read_text(encoding="utf-8")


class _Model(genanki.Model):
    mtime = ids.PACKAGE_TIME

    def to_json(self, timestamp: float, deck_id: int) -> dict:
        return super().to_json(self.mtime, deck_id)


def models(css: str | None = None) -> tuple[genanki.Model, genanki.Model]:
    css = _css() if css is None else css
    qa = _Model(ids.QA_MODEL_ID, ids.QA_MODEL_NAME, fields=[{"name": f} for f in QA_FIELDS],
                templates=[QA_TEMPLATE], css=css)
    cz = _Model(ids.CLOZE_MODEL_ID, ids.CLOZE_MODEL_NAME, fields=[{"name": f} for f in CLOZE_FIELDS],
                templates=[CLOZE_TEMPLATE], css=css, model_type=genanki.Model.CLOZE)
    return qa, cz


def _html(text: str) -> str:
    """Plain text as inert HTML: escaped, braces as entities, line breaks kept."""
    text = html.escape(text, quote=False).replace("{", "&#123;").replace("}", "&#125;")
    return text.replace("\n", "<br>")


def _cloze_html(front: str) -> str:
    out = []
    for p in cloze.parse(front):
        if not p.group:
            out.append(_html(p.text))
            continue
        body = _html(p.text).replace(":", "&#58;")
        hint = f"::{_html(p.hint).replace(':', '&#58;')}" if p.hint else ""
        out.append(f"{{{{c{p.group}::{body}{hint}}}}}")
    return "".join(out)


def top_deck(language: str) -> str:
    return f"{phrase(language, 'deck')} ({language})"


def deck_name(card: Card) -> str:
    title = " ".join(card.title.replace("::", ":").split()) or card.slug
    return f"{top_deck(card.language)}::{title}"


def fields(card: Card) -> dict[str, str]:
    ctx = _html(context(card))
    if card.cloze:
        return {"Text": _cloze_html(card.front), "Extra": _html(card.back), "Context": ctx}
    return {"Question": _html(card.front), "Answer": _html(card.back), "Context": ctx}


def preview(cards: list[Card]) -> list[dict]:
    """One row per note: deck, note type, GUID, fields (HTML as stored) and tags."""
    return [{"deck": deck_name(c), "model": ids.CLOZE_MODEL_NAME if c.cloze else ids.QA_MODEL_NAME,
             "guid": ids.note_guid(c.language, c.slug, c.key), "fields": fields(c), "tags": list(c.tags)}
            for c in cards]


def package_name(language: str) -> str:
    return f"quizgen-{safe_name(language, 'und')}.apkg"


def write_decks(cards: list[Card], extractions: list[Extraction], out: Path) -> list[Path]:
    """Write one ``quizgen-<lang>.apkg`` per language into ``out``; return the paths."""
    written = []
    for lang in sorted({c.language for c in cards}):
        descriptions = {e.article.slug: e.article.description for e in extractions if e.article.language == lang}
        articles: dict[str, list[NoteRow]] = {}
        for c in cards:
            if c.language == lang:
                articles.setdefault(c.slug, []).append(note_row(c))
        path, _ = write_deck(lang, ((s, descriptions.get(s, ""), rows) for s, rows in articles.items()), out)
        written.extend([path] if path else [])
    return written


def write_deck(lang: str, articles: Iterable[tuple[str, str, Sequence[NoteRow]]],
               out: Path) -> tuple[Path | None, Counter[str]]:
    """Write ``quizgen-<lang>.apkg`` in ``out`` from ``(slug, description, note rows)``
    per article, one at a time; keep one note per question. Returns the path (None
    when there was not a single note) and the kinds of the notes kept."""
    path = inside(ensure_dir(Path(out)), package_name(lang))
    old_notes, old_models = previous(path)
    qa, cz = models()
    for m in (qa, cz):
        m.mtime = next_mtime(model_content(m.css, m.templates), old_models.get(str(m.model_id)))
    kept: Counter[str] = Counter()
    seen: set[str] = set()
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(Path(tmp) / "collection.anki2", {False: qa, True: cz}, ids.PACKAGE_TIME)
        col.add_deck(genanki.Deck(ids.deck_id(lang), top_deck(lang)))
        for slug, description, rows in articles:
            deck = None
            for row in rows:
                if not seen.isdisjoint(row.fronts):
                    continue  # the same question already asked in this deck
                seen.update(row.fronts)
                if deck is None:
                    deck = genanki.Deck(ids.deck_id(lang, slug), row.deck, description=_html(description))
                    col.add_deck(deck)
                mtime = next_mtime(note_content("\x1f".join(row.fields), " ".join(row.tags)), old_notes.get(row.guid))
                col.add(row, deck.deck_id, mtime, sum(kept.values()))
                kept[row.kind] += 1
        col.close()
        if not kept:
            return None, kept
        return write_atomic(path, partial(_zip, Path(tmp) / "collection.anki2")), kept


def _zip(db: Path, fh: BinaryIO) -> None:
    with zipfile.ZipFile(fh, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, source in (("collection.anki2", db), ("media", None)):
            info = zipfile.ZipInfo(name, date_time=_ZIP_DATE)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.external_attr = 0o644 << 16
            if source is None:
                zf.writestr(info, b"{}")
                continue
            with open(source, "rb") as src, zf.open(info, "w") as dst:
                shutil.copyfileobj(src, dst, 1 << 20)


