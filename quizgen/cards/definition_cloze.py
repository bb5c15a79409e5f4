"""The term deleted inside its own defining sentence."""

from __future__ import annotations

from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .quality import short
from .spans import subject


def definition_cloze_cards(ex: Extraction) -> list[Card]:
    if not ex.definitions:
        return []
    lang = ex.article.language
    d = ex.definitions[0]
    text = short(d.text, lang)
    span = subject(clean(d.term) or clean(ex.term), text, lang)
    if span is None or not cloze.deletable(text[span[0]:span[1]]):
        return []
    front = cloze.build(text, [(span[0], span[1], 1)])
    return [card(ex, "definition-cloze", "definition-cloze", front, cloze=True,
                 answer=text[span[0]:span[1]])]
