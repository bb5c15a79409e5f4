"""FAQ pairs: question headings inside an FAQ group, answered by their text."""

from __future__ import annotations

from ..models import Article, FaqPair
from ..text import clean
from .structure import faq_groups


def faq(article: Article) -> tuple[FaqPair, ...]:
    pairs: list[FaqPair] = []
    for _, questions in faq_groups(article):
        for section in questions:
            parts = [b.text or "; ".join(b.items) for b in section.blocks]
            answer = clean(" ".join(p for p in parts if p))
            if answer:
                pairs.append(FaqPair(clean(section.heading), answer))
    return tuple(pairs)
