"""An Anki collection written from note rows, in one pass, with the rows genanki writes.

genanki's ``Package.write_to_db`` re-reads and re-writes the whole decks JSON
for every deck, which is quadratic in the number of decks: with one sub-deck
per article a 2,000-article language spent minutes there. Its notes also
format themselves one ``INSERT`` at a time. This writes the same tables from
rows prepared earlier (``notes.NoteRow``), each deck added once.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from typing import Sequence

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA

from .. import ids
from .notes import NoteRow


@dataclass(frozen=True)
class Placed:
    """A note row with what the deck decides for it."""

    row: NoteRow
    deck_id: int
    mtime: int
    position: int  # new-card order within the deck


def write_collection(cursor: sqlite3.Cursor, decks: Sequence[genanki.Deck], models: dict[bool, genanki.Model],
                     notes: Sequence[Placed], timestamp: float) -> None:
    """``decks`` in order (their notes in ``notes``, grouped by deck in that order);
    ``models`` maps ``cloze`` to its note type."""
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    (decks_json,) = cursor.execute("SELECT decks FROM col").fetchone()
    (models_json,) = cursor.execute("SELECT models FROM col").fetchone()
    used: dict[int, dict[int, genanki.Model]] = {}
    for n in notes:
        model = models[n.row.cloze]
        used.setdefault(n.deck_id, {}).setdefault(model.model_id, model)
    all_decks = json.loads(decks_json)
    for deck in decks:
        all_decks[str(deck.deck_id)] = deck.to_json()
        # Kept as genanki does it, key types and all, so the JSON is the same.
        merged = json.loads(models_json)
        merged.update({m.model_id: m.to_json(timestamp, deck.deck_id) for m in used.get(deck.deck_id, {}).values()})
        models_json = json.dumps(merged)
    cursor.execute("UPDATE col SET decks = ?", (json.dumps(all_decks),))
    cursor.execute("UPDATE col SET models = ?", (models_json,))
    note_rows, card_rows = [], []
    for n in notes:
        row, model = n.row, models[n.row.cloze]
        note_rows.append((ids.row_id(row.guid), row.guid, model.model_id, n.mtime, -1, f" {' '.join(row.tags)} ",
                          "\x1f".join(row.fields), row.fields[model.sort_field_index], 0, 0, ""))
        ords = row.ords()
        moved = {ids.row_id(row.guid, o) for o in ords}  # genanki numbers cards in turn; due goes by ordinal
        for turn, ordinal in enumerate(ords):
            card_id = ids.row_id(row.guid, turn)
            card_rows.append((card_id, note_rows[-1][0], n.deck_id, ordinal, n.mtime, -1, 0, 0,
                              n.position if card_id in moved else 0, 0, 0, 0, 0, 0, 0, 0, 0, ""))
    cursor.executemany("INSERT INTO notes VALUES(?,?,?,?,?,?,?,?,?,?,?)", note_rows)
    cursor.executemany("INSERT INTO cards VALUES(?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", card_rows)
