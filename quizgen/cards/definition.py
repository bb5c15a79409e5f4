"""Definition Q&A: "What is X?" answered with the article's definition."""

from __future__ import annotations

from ..models import Card, Extraction
from ..text import clean
from .base import card
from .phrases import phrase
from .quality import short


def definition_cards(ex: Extraction) -> list[Card]:
    if not ex.definitions:
        return []
    d = ex.definitions[0]
    term = clean(d.term) or clean(ex.term)
    answer = short(d.text, ex.article.language)
    front = phrase(ex.article.language, "what_is", term=term)
    return [card(ex, "definition", "definition", front, answer, answer=answer)]
