"""Deck order: Anki shows new cards in note order, so the central facts come first.

Per article: the definition, its reverse and its cloze, then the highlights,
then the other kinds taken in turn (a list's head, a name, an acronym, a
term, a FAQ…), so that one kind never fills a session; a card answered by
the title's own words comes last. Two cards made from
the same sentence are never shown one right after the other.
"""

from __future__ import annotations

from itertools import groupby

from ..models import Card
from . import cloze
from .quality import norm

CORE = ("definition", "reverse", "definition-cloze", "highlight")
NEAR = 0.5  # share of words two cards have in common to count as near-identical


def _words(c: Card) -> frozenset[str]:
    return frozenset(norm(cloze.plain(c.front) if c.cloze else c.front).split())


def near(a: Card, b: Card) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > NEAR


def _apart(cards: list[Card]) -> list[Card]:
    out: list[Card] = []
    rest = list(cards)
    while rest:
        i = next((i for i, c in enumerate(rest) if not out or not near(out[-1], c)), 0)
        out.append(rest.pop(i))
    return out


def _article(cards: list[Card]) -> list[Card]:
    core = sorted((c for c in cards if c.kind in CORE), key=lambda c: CORE.index(c.kind))
    queues: dict[str, list[Card]] = {}
    for c in cards:
        if c.kind not in CORE:
            queues.setdefault(c.key.split(":")[0], []).append(c)
    turns = []
    while any(queues.values()):
        turns += [q.pop(0) for q in queues.values() if q]
    # a card whose answer the title shows (the title's own acronym) teaches least: last
    late = [c for c in turns if norm(c.answer).strip() and norm(c.answer) in norm(c.title)
            or c.kind == "acronym" and norm(c.key.partition(":")[2]) in norm(c.title)]
    return core + _apart([c for c in turns if c not in late]) + late


def ordered(cards: list[Card]) -> list[Card]:
    """``cards`` article by article (first appearance), each article in study order."""
    return [c for _, group in groupby(cards, key=lambda c: (c.language, c.slug)) for c in _article(list(group))]
