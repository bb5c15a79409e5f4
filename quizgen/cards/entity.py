"""Entity cards: each named entity deleted in the sentence that names it, its kind as the hint.

An enumeration of more than three names becomes one note per chunk of at most three.
"""

from __future__ import annotations

from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .groups import deletions
from .phrases import kind_label
from .spans import find


def entity_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    by_sentence: dict[str, list] = {}
    for e in ex.entities:
        if e.sentence and e.name.strip():
            by_sentence.setdefault(clean(e.sentence), []).append(e)
    out = []
    for text, ents in by_sentence.items():
        found = {}
        for e in ents:
            span = find(clean(e.name), text)
            if span and cloze.deletable(text[span[0]:span[1]]):
                found[span] = e
        if not found:
            continue
        for start, end, _ in deletions(text, list(found)):
            members = [found[s] for s in sorted(found) if start <= s[0] and s[1] <= end]
            hint = kind_label(lang, members[0].kind) if len(members) == 1 else ""
            out.append(card(ex, "entity", f"entity:{clean(members[0].name)}",
                            cloze.build(text, [(start, end, 1)], {1: hint}),
                            cloze=True, answer=text[start:end]))
    return out
