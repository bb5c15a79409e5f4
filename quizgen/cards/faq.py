"""FAQ Q&A: the article's own questions, answered by the first sentences of the answer."""

from __future__ import annotations

from ..models import Card, Extraction
from .base import card
from .quality import short


def faq_cards(ex: Extraction) -> list[Card]:
    out = []
    for n, pair in enumerate(ex.faq, 1):
        answer = short(pair.answer, ex.article.language)
        if pair.question.strip() and answer:
            out.append(card(ex, "faq", f"faq:{n}", pair.question, answer, answer=answer))
    return out
