"""An Anki collection written from note rows as they come, with the rows genanki writes.

genanki's ``Package.write_to_db`` re-reads and re-writes the whole decks JSON
for every deck, which is quadratic in the number of decks: with one sub-deck
per article a 2,000-article language spent minutes there. Its notes also
format themselves one ``INSERT`` at a time, and all must be held at once. This
takes rows prepared earlier (``notes.NoteRow``) one article at a time, and adds
each deck once.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from .. import ids
from .notes import NoteRow

_BATCH = 2000  # rows per executemany


class Collection:
    """``collection.anki2`` at ``path``: add decks and notes, then ``close``."""

    def __init__(self, path: Path, models: dict[bool, genanki.Model], timestamp: float) -> None:
        self.models, self.timestamp = models, timestamp
        self.conn = sqlite3.connect(path)
        self.cursor = self.conn.cursor()
        self.cursor.executescript(APKG_SCHEMA)
        self.cursor.executescript(APKG_COL)
        self.decks: list[genanki.Deck] = []
        self.used: dict[int, dict[int, genanki.Model]] = {}  # deck id -> note types its notes use
        self.notes: list[tuple] = []
        self.cards: list[tuple] = []

    def add_deck(self, deck: genanki.Deck) -> None:
        self.decks.append(deck)

    def add(self, row: NoteRow, deck_id: int, mtime: int, position: int) -> None:
        model = self.models[row.cloze]
        self.used.setdefault(deck_id, {}).setdefault(model.model_id, model)
        note_id = ids.row_id(row.guid)
        self.notes.append((note_id, row.guid, model.model_id, mtime, -1, f" {' '.join(row.tags)} ",
                           "\x1f".join(row.fields), row.fields[model.sort_field_index], 0, 0, ""))
        ords = row.ords()
        moved = {ids.row_id(row.guid, o) for o in ords}  # genanki numbers cards in turn; due goes by ordinal
        for turn, ordinal in enumerate(ords):
            card_id = ids.row_id(row.guid, turn)
            self.cards.append((card_id, note_id, deck_id, ordinal, mtime, -1, 0, 0,
                               position if card_id in moved else 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
        if len(self.notes) >= _BATCH:
            self._flush()

    def _flush(self) -> None:
        self.cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", self.notes)
        self.cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.cards)
        self.notes, self.cards = [], []

    def close(self) -> None:
        self._flush()
        (decks_json,) = self.cursor.execute("SELECT decks FROM col").fetchone()
        (models_json,) = self.cursor.execute("SELECT models FROM col").fetchone()
        all_decks = json.loads(decks_json)
        for deck in self.decks:
            all_decks[str(deck.deck_id)] = deck.to_json()
            # Kept as genanki does it, key types and all, so the JSON is the same.
            merged = json.loads(models_json)
            merged.update({m.model_id: m.to_json(self.timestamp, deck.deck_id)
                           for m in self.used.get(deck.deck_id, {}).values()})
            models_json = json.dumps(merged)
        self.cursor.execute("UPDATE col SET decks = ?", (json.dumps(all_decks),))
        self.cursor.execute("UPDATE col SET models = ?", (models_json,))
        self.conn.commit()
        self.conn.close()
