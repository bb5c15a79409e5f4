"""Entity cards: each named entity deleted in the sentence that names it, its kind as the hint."""

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
        dels = deletions(text, list(found))
        hints = {g: kind_label(lang, found[(s, t)].kind) for s, t, g in dels if (s, t) in found}
        first = found[min(found)].name
        answer = "; ".join(text[s:t] for s, t, _ in dels)
        out.append(card(ex, "entity", f"entity:{clean(first)}", cloze.build(text, dels, hints),
                        cloze=True, answer=answer))
    return out
