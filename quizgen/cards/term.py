"""A cloze of each glossary term (a link in the article) inside its sentence."""

from __future__ import annotations

from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .spans import find, trim, words

MAX_WORDS = 5  # a longer "term" is a sentence fragment, not a term


def term_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    out = []
    seen: dict[str, int] = {}
    for t in ex.terms:
        text = clean(t.sentence)
        span = find(clean(t.text), text) if text else None
        span = trim(text, span, lang) if span else None
        if not span:
            continue
        answer = text[span[0]:span[1]]
        if len(words(answer)) > MAX_WORDS or "," in answer or not cloze.deletable(answer):
            continue
        target = clean(t.target).strip("/") or answer.casefold()
        seen[target] = seen.get(target, 0) + 1
        key = f"term:{target}" + (f":{seen[target]}" if seen[target] > 1 else "")
        out.append(card(ex, "term", key, cloze.build(text, [(span[0], span[1], 1)]), cloze=True, answer=answer))
    return out
