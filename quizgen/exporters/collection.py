"""genanki decks into an Anki collection, in one pass over the deck list.

genanki's ``Package.write_to_db`` re-reads and re-writes the whole decks JSON
for every deck, which is quadratic in the number of decks: with one sub-deck
per article a 2,000-article language spent minutes there. This writes the
same rows and the same final JSON, each deck added once.
"""

from __future__ import annotations

import json
import sqlite3
from typing import Iterator

import genanki
from genanki.apkg_col import APKG_COL
from genanki.apkg_schema import APKG_SCHEMA


def write_collection(cursor: sqlite3.Cursor, decks: list[genanki.Deck], timestamp: float,
                     id_gen: Iterator[int]) -> None:
    cursor.executescript(APKG_SCHEMA)
    cursor.executescript(APKG_COL)
    (decks_json,) = cursor.execute("SELECT decks FROM col").fetchone()
    (models_json,) = cursor.execute("SELECT models FROM col").fetchone()
    all_decks = json.loads(decks_json)
    for deck in decks:
        all_decks[str(deck.deck_id)] = deck.to_json()
        # Models are few: keep genanki's exact round trip, so the JSON is the same.
        models = json.loads(models_json)
        for note in deck.notes:
            deck.add_model(note.model)
        models.update({m.model_id: m.to_json(timestamp, deck.deck_id) for m in deck.models.values()})
        models_json = json.dumps(models)
    cursor.execute("UPDATE col SET decks = ?", (json.dumps(all_decks),))
    cursor.execute("UPDATE col SET models = ?", (models_json,))
    for deck in decks:
        for note in deck.notes:
            note.write_to_db(cursor, timestamp, deck.deck_id, id_gen)
