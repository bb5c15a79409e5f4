"""Cards as Anki note rows, computed once per article (in parallel, and cached),
so writing a 10,000-article deck is inserting rows, not formatting them."""

from __future__ import annotations

import re
from dataclasses import dataclass

from .. import ids
from ..cards.quality import norm, questions
from ..models import Card

_CLOZE_REF = re.compile(r"{{c(\d+)::.+?}}", re.DOTALL)


@dataclass(frozen=True)
class NoteRow:
    kind: str
    slug: str
    deck: str  # the article's sub-deck
    guid: str
    cloze: bool
    fields: tuple[str, ...]  # HTML, as stored
    tags: tuple[str, ...]
    fronts: tuple[str, ...]  # each question as the learner reads it, normalised

    def ords(self) -> list[int]:
        """Card ordinals, as genanki derives them (a cloze card per ``{{cN::}}``)."""
        if self.cloze:
            return list({int(m) - 1 for m in _CLOZE_REF.findall(self.fields[0]) if int(m) > 0})
        return [0] if self.fields[0] or self.fields[2] else []  # the Q&A template needs Question or Context


def note_row(card: Card) -> NoteRow:
    from .anki import deck_name, fields

    return NoteRow(card.kind, card.slug, deck_name(card), ids.note_guid(card.language, card.slug, card.key),
                   card.cloze, tuple(fields(card).values()), tuple(card.tags),
                   tuple(sorted({norm(q) for q in questions(card)})))


def row_from(d: dict) -> NoteRow:
    return NoteRow(d["kind"], d["slug"], d["deck"], d["guid"], d["cloze"], tuple(d["fields"]), tuple(d["tags"]),
                   tuple(d["fronts"]))
