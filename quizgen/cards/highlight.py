"""A cloze per highlight, deleting its most informative span.

Preference: named entities, then numbers, then a glossary term, then the
content words the article uses most. Never a stop word, never the article's
own term (the title on the card would give it away).
"""

from __future__ import annotations

from collections import Counter

from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .quality import leaks, norm
from .groups import deletions
from .spans import find, key_phrase, numbers, subject, trim, words
from ..language import stem


def weights(ex: Extraction) -> dict[str, int]:
    lang = ex.article.language
    return dict(Counter(stem(w, lang) for s in ex.sentences + ex.highlights for _, _, w in words(s)))


def _overlaps(span: tuple[int, int], other: tuple[int, int] | None) -> bool:
    return bool(other) and span[0] < other[1] and other[0] < span[1]


def pick(text: str, ex: Extraction, weight: dict[str, int]) -> list[tuple[int, int]]:
    """The span(s) worth asking in ``text``: never readable elsewhere on the card."""
    lang = ex.article.language
    own = subject(clean(ex.term), text, lang)
    title = norm(clean(ex.article.title))

    def fit(s: tuple[int, int] | None) -> bool:
        return bool(s) and not _overlaps(s, own) and cloze.deletable(text[s[0]:s[1]]) and not leaks(text, s)

    for found in (
        [find(e.name, text) for e in ex.entities],
        numbers(text),
        [trim(text, s, lang) for t in ex.terms if (s := find(clean(t.text), text))],
    ):
        spans = [s for s in found if fit(s)]
        # the title is on every card: prefer what it does not already show
        spans = [s for s in spans if norm(text[s[0]:s[1]]) not in title] or spans
        if spans:
            return spans
    span = key_phrase(text, lang, weight, avoid=own,
                      reject=lambda s: not fit(s) or norm(text[s[0]:s[1]]) in title)
    return [span] if span else []


def highlight_cards(ex: Extraction) -> list[Card]:
    out = []
    weight = weights(ex)
    for n, raw in enumerate(ex.highlights, 1):
        text = clean(raw)
        spans = pick(text, ex, weight)
        if not spans:
            continue
        dels = deletions(text, spans)
        if len({g for *_, g in dels}) > 3:  # one note, a few cards: keep the first three
            dels = [d for d in dels if d[2] <= 3]
        answer = "; ".join(text[s:e] for s, e, _ in dels)
        out.append(card(ex, "highlight", f"highlight:{n}", cloze.build(text, dels), cloze=True, answer=answer))
    return out
