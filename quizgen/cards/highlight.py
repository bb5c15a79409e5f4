"""A cloze per highlight, deleting its most informative span.

Preference: a named entity (not one item of a long list: those get entity
cards), then a number, then a glossary term, then the article's own key
phrase (a noun phrase it uses again). A key phrase that pairs two nouns
("products and services") is a stock phrase the learner fills in without
knowing the fact, and a lone recurring noun ("earnings per [share]") is
guessable from its slot: neither is asked. Never a stop word, a bare verb, the
article's own term or words the title already shows. A highlight with no
such span gets no card: a vague deletion is worse than none.
"""

from __future__ import annotations

import re

from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .groups import deletions, listed
from .keyphrase import Index, key_phrase
from .quality import leaks, norm
from .spans import find, numbers, subject, words
from .subjects import named, standalone
from .term import usable


def index(ex: Extraction) -> Index:
    art = ex.article
    return Index([*ex.sentences, *ex.highlights, art.description], art.language, clean(art.title))


def _overlaps(span: tuple[int, int], other: tuple[int, int] | None) -> bool:
    return bool(other) and span[0] < other[1] and other[0] < span[1]


_PAIRS = {"en": "and or", "es": "y e o u", "it": "e ed o", "pl": "i oraz lub albo", "ru": "и или"}


def paired(text: str, span: tuple[int, int], lang: str) -> bool:
    """Whether ``text[span]`` is (half of) a pair joined by "and"/"or": a stock phrase, guessable."""
    pairs = _PAIRS.get(lang, _PAIRS["en"]).split()
    inner = [w.casefold() for _, _, w in words(text[span[0]:span[1]])][1:-1]
    alt = "|".join(pairs)
    return any(w in pairs for w in inner) or bool(
        re.match(r"\s+(?:" + alt + r")\s+\w", text[span[1]:], re.I)
        or re.search(r"\w\s+(?:" + alt + r")\s+$", text[:span[0]], re.I))


def pick(text: str, ex: Extraction, idx: Index) -> list[tuple[int, int]]:
    """The span(s) worth asking in ``text``: never readable elsewhere on the card."""
    lang = ex.article.language
    own = subject(clean(ex.term), text, lang)
    title = norm(clean(ex.article.title))

    def fit(s: tuple[int, int] | None) -> bool:
        return (bool(s) and not _overlaps(s, own) and cloze.deletable(text[s[0]:s[1]])
                and not leaks(text, s) and norm(text[s[0]:s[1]]) not in title)

    names = [s for e in ex.entities if (s := find(clean(e.name), text))]
    crowded = listed(text, names)  # items of a long list are asked one by one as entity cards
    for found in (
        [s for s in names if s not in crowded],
        numbers(text, lang),
        [s for t in ex.terms if usable(t.text, ex) and (s := find(clean(t.text), text))],
    ):
        spans = [s for s in found if fit(s)]
        if spans:
            return spans
    span = key_phrase(text, idx, reject=lambda s: not fit(s) or paired(text, s, lang)
                      or len(words(text[s[0]:s[1]])) < 2
                      or any(_overlaps(s, n) for n in names))
    return [span] if span else []


def highlight_cards(ex: Extraction) -> list[Card]:
    out = []
    idx = index(ex)
    for n, raw in enumerate(ex.highlights, 1):
        text = standalone(clean(raw), named(ex), ex.article.language)
        spans = pick(text, ex, idx)
        if not spans:
            continue
        dels = [d for d in deletions(text, spans) if d[2] <= 3]  # one note, a few cards at most
        answer = "; ".join(text[s:e] for s, e, _ in dels)
        out.append(card(ex, "highlight", f"highlight:{n}", cloze.build(text, dels), cloze=True, answer=answer))
    return out
