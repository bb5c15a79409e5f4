"""Fixed identifiers for Anki, in one place. Changing any of them orphans learners' notes.

Model IDs are constants; deck IDs and note GUIDs are derived from stable names
(language, article slug, card key), never from card text or the clock.
"""

from __future__ import annotations

import hashlib

import genanki

QA_MODEL_ID = 1_607_392_319  # quizgen Q&A note type
CLOZE_MODEL_ID = 1_607_392_320  # quizgen Cloze note type
QA_MODEL_NAME = "quizgen Q&A"
CLOZE_MODEL_NAME = "quizgen Cloze"

#: Package timestamp written by genanki into models and ids (a fixed instant).
PACKAGE_TIME = 1_600_000_000
#: Note modification times live in [MTIME_BASE, MTIME_BASE + MTIME_SPAN): far
#: below any real edit a learner makes, so their own edits always stay newer.
MTIME_BASE = 1_500_000_000
MTIME_SPAN = 50_000_000

_DECK_RANGE = (1 << 30, 1 << 31)
_ID_RANGE = (1 << 40, 1 << 52)  # note/card ids: large, below JavaScript's 2**53


def _number(*parts: str) -> int:
    return int.from_bytes(hashlib.sha256("\x1f".join(parts).encode("utf-8")).digest()[:8], "big")


def _in(value: int, bounds: tuple[int, int]) -> int:
    return bounds[0] + value % (bounds[1] - bounds[0])


def deck_id(language: str, slug: str = "") -> int:
    """The top deck of ``language`` (no slug) or an article's sub-deck."""
    return _in(_number("quizgen-deck", language, slug), _DECK_RANGE)


def note_guid(language: str, slug: str, key: str) -> str:
    return genanki.guid_for("quizgen", language, slug, key)


def row_id(guid: str, ordinal: int = -1) -> int:
    """A note id (ordinal -1) or card id derived from the note's GUID."""
    return _in(_number("quizgen-row", guid, str(ordinal)), _ID_RANGE)


def content_mtime(content: str) -> int:
    """A modification time fixed by the content, inside the quizgen range."""
    return MTIME_BASE + _number("quizgen-mtime", content) % MTIME_SPAN
