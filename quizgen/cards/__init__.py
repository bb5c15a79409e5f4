"""Cards: one small generator per card kind, then Wozniak's quality rules.

``generate(extractions)`` is the stage's contract; every card carries a
``key`` that identifies it inside its article across text edits.
"""

from __future__ import annotations

from typing import Callable

from ..models import Card, Extraction
from .acronym import acronym_cards
from .definition import definition_cards
from .definition_cloze import definition_cloze_cards
from .entity import entity_cards
from .faq import faq_cards
from .highlight import highlight_cards
from .listing import listing_cards
from .order import ordered
from . import cloze
from .quality import accept, norm
from .reverse import reverse_cards
from .term import term_cards

GENERATORS: tuple[Callable[[Extraction], list[Card]], ...] = (
    definition_cards, reverse_cards, definition_cloze_cards, highlight_cards,
    listing_cards, entity_cards, acronym_cards, term_cards, faq_cards,
)
KINDS = ("definition", "reverse", "definition-cloze", "highlight", "entity", "acronym", "term", "faq")


def _once(cards: list[Card]) -> list[Card]:
    """One card per fact: a cloze answer is asked once per article, and a sentence
    is made into one cloze note (entity notes excepted: one per name it lists)."""
    answers: set[tuple[str, str, str]] = set()
    texts: set[tuple[str, str, str]] = set()
    out = []
    for c in cards:
        if c.cloze:
            ans = (c.language, c.slug, norm(c.answer))
            text = (c.language, c.slug, norm(cloze.plain(c.front)))
            if ans in answers or (c.kind != "entity" and text in texts):
                continue
            answers.add(ans)
            texts.add(text)
        out.append(c)
    return out


def generate(extractions: list[Extraction]) -> list[Card]:
    """Every card for ``extractions`` that passes the quality rules, article by article in study order."""
    cards = [c for ex in extractions for gen in GENERATORS for c in gen(ex)]
    unique: dict[tuple[str, str, str], Card] = {}
    for c in cards:  # a key names one note per article and language
        unique.setdefault((c.language, c.slug, c.key), c)
    return ordered(accept(_once(list(unique.values()))))


__all__ = ["generate", "GENERATORS", "KINDS"]
