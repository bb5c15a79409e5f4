"""What the previous build left in the output folder, so note mtimes only move forward.

Anki updates a note on import only when the incoming note is newer than the
one it has. A note whose content is unchanged keeps its previous mtime (nothing
a learner edited is overwritten); a changed note gets a newer one. Reading the
previous ``.apkg`` keeps this deterministic: same sources + same folder = same bytes.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import sqlite3
import tempfile
import zipfile
from pathlib import Path

from ..ids import content_mtime


def previous(path: Path) -> tuple[dict[str, tuple[int, bytes]], dict[str, tuple[int, bytes]]]:
    """``(notes, models)`` of an earlier quizgen package: id -> (mtime, content digest); empty when unreadable."""
    if not path.is_file():
        return {}, {}
    try:
        with zipfile.ZipFile(path) as zf, tempfile.TemporaryDirectory() as tmp:
            db = Path(tmp) / "collection.anki2"
            with zf.open("collection.anki2") as packed, open(db, "wb") as unpacked:
                shutil.copyfileobj(packed, unpacked)  # a 10,000-article deck is too big to hold twice
            conn = sqlite3.connect(db)
            try:
                notes = {guid: (mod, _digest(note_content(flds, tags)))
                         for guid, mod, flds, tags in conn.execute("SELECT guid, mod, flds, tags FROM notes")}
                (models_json,) = conn.execute("SELECT models FROM col").fetchone()
            finally:
                conn.close()
        models = {mid: (m.get("mod", 0), _digest(model_content(m.get("css", ""), m.get("tmpls", []))))
                  for mid, m in json.loads(models_json).items()}
        return notes, models
    except (OSError, KeyError, zipfile.BadZipFile, sqlite3.Error, ValueError, TypeError):
        return {}, {}  # not ours or damaged: start afresh


def note_content(flds: str, tags: str) -> str:
    return flds + "\x1e" + " ".join(tags.split())


def _digest(content: str) -> bytes:
    """What is kept of an earlier note: 170,000 notes' full text is too much to hold."""
    return hashlib.blake2b(content.encode(), digest_size=16).digest()


def model_content(css: str, templates: list) -> str:
    return css + "\x1e" + json.dumps([[t.get("name"), t.get("qfmt"), t.get("afmt")] for t in templates])


def next_mtime(content: str, before: tuple[int, bytes] | None) -> int:
    """Unchanged: the old mtime. Changed: strictly newer. New: fixed by the content."""
    fresh = content_mtime(content)
    if before is None:
        return fresh
    mtime, old = before
    return mtime if old == _digest(content) else max(mtime + 1, fresh)
