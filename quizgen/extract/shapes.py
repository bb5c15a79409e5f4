"""Token shapes: capitalised, acronym, Latin script, Cyrillic text."""

from __future__ import annotations

import re
from functools import lru_cache

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"^[A-Za-z0-9&.'’-]+$")


@lru_cache(maxsize=1 << 15)
def is_capital(token: str) -> bool:
    """Starts upper case, or has upper case inside (eWOM, iPhone); a
    lower-case word hyphened to a name is a modifier ("liberal-Keynesian")."""
    first = token[0]
    if first.isupper():
        return True
    head = token.split("-", 1)[0]
    return first.isalpha() and any(c.isupper() for c in head[1:])


def is_acronym(token: str) -> bool:
    """SEO, MD&A, ATMs, B-to-C, SMS-ów: an upper-case abbreviation, maybe
    with a plural or an inflection after a hyphen."""
    head = token.split("-")[0] if re.match(r"^[A-Z&]{2,}-[^\W\d_]*[a-zа-яąćęłńóśźż]", token) else token
    if re.fullmatch(r"[A-Z](?:-[a-z]{1,3}-[A-Z])+", head):
        return True
    if head.endswith("s") and len(head) >= 3:
        head = head[:-1]
    letters = [c for c in head if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and "." not in head


def is_latin(token: str) -> bool:
    return bool(_LATIN.match(token))


def is_cyrillic_text(text: str) -> bool:
    return len(_CYRILLIC.findall(text)) > len(text) // 4


@lru_cache(maxsize=1 << 15)
def is_compound_modifier(token: str) -> bool:
    """"Stanford-based", "Prize-winning", "A-shares", "А-акций": a hyphenated
    word ending in a lower-case part modifies a noun; it is not a name's word.
    Only Latin script, or a single letter first: Russian writes street and
    place names so ("Уолл-стрит")."""
    parts = token.split("-")
    if len(parts) < 2 or not token[:1].isupper() or is_acronym(token):
        return False
    last = parts[-1]
    return len(last) >= 3 and last.isalpha() and last.islower() and (len(parts[0]) == 1 or is_latin(token))
