"""A cloze of each glossary term (a link in the article) inside its sentence.

Link labels are taken as written: a label of more than five words, or one that
starts or ends with a function word, is a fragment of a sentence, not a term,
and gets no card. Neither does a label made of the title's words (the title
on the card would give it away).
"""

from __future__ import annotations

from ..language import is_stopword
from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .clauses import around, fragment
from .quality import norm
from .spans import find, words
from .subjects import named, standalone

MAX_WORDS = 5  # a longer "term" is a sentence fragment, not a term


def usable(label: str, ex: Extraction) -> bool:
    """Whether a link label reads as a term worth asking."""
    lang = ex.article.language
    toks = [w for _, _, w in words(clean(label))]
    if not toks or len(toks) > MAX_WORDS or any(c in label for c in ",;:()"):
        return False
    if is_stopword(toks[0], lang) or is_stopword(toks[-1], lang):
        return False
    return norm(clean(label)) not in norm(clean(ex.article.title)) + norm(clean(ex.term))


def term_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    out = []
    seen: dict[str, int] = {}
    for t in ex.terms:
        if not usable(t.text, ex):
            continue
        text = standalone(clean(t.sentence), named(ex), lang)
        span = find(clean(t.text), text) if text else None
        if not span or not cloze.deletable(text[span[0]:span[1]]):
            continue
        text, span = around(text, span)
        if fragment(text):
            continue
        answer = text[span[0]:span[1]]
        target = clean(t.target).strip("/") or answer.casefold()
        seen[target] = seen.get(target, 0) + 1
        key = f"term:{target}" + (f":{seen[target]}" if seen[target] > 1 else "")
        out.append(card(ex, "term", key, cloze.build(text, [(span[0], span[1], 1)]), cloze=True, answer=answer))
    return out
