"""The reverse of a definition: the definition shown (term masked), the term asked."""

from __future__ import annotations

from ..models import Card, Extraction
from ..text import clean
from .base import card
from .phrases import phrase
from .quality import short
from .spans import subject


def reverse_cards(ex: Extraction) -> list[Card]:
    if not ex.definitions:
        return []
    lang = ex.article.language
    d = ex.definitions[0]
    term = clean(d.term) or clean(ex.term)
    text = short(d.text, lang)
    span = subject(term, text, lang)
    if span is None:
        return []  # the definition would name its own answer
    masked = (text[:span[0]] + "…" + text[span[1]:]).strip()
    front = f"{phrase(lang, 'which_term')}\n{masked}"
    return [card(ex, "reverse", "reverse", front, term, answer=term)]
