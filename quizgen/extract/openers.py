"""Where a sentence, or something that reads like one, begins: a capitalised
word there proves nothing about a name."""

from __future__ import annotations

import re

_OPENERS = ('"', "“", "«", "„", ";", "—", "–", "‘", "¿", "¡")
_NUMBERED = re.compile(r"^(?:\d+[a-z]?|[IVXLC]+)\.?$")


def is_opener(sentence: str, start: int) -> bool:
    """The word at ``start`` opens its sentence, a quote, a clause after a
    semicolon or dash, or a clause after a label and a colon."""
    before = sentence[:start].rstrip()
    if not before or before.endswith((".", "!", "?")) and not before.endswith(" ."):
        return True
    if before.endswith(_OPENERS):
        return True
    # "Principio 2: Asegurar que ...", "Préstamos: El Fondo otorga ...": a
    # label and a colon, then a clause; a lone value after it is no clause
    # ("Headquarters: Omaha.").
    label = before[:-1].split()
    labelled = before.endswith(":") and 0 < len(label) <= 3 and all(w[:1].isupper() or _NUMBERED.match(w) for w in label)
    if labelled and len(sentence[start:].split()) >= 3:
        return True
    # Only punctuation or list numbering before it: still the sentence start.
    return not any(c.isalnum() for c in before) or bool(re.fullmatch(r"[\d.)\s(]*", before))
