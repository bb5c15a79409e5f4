"""Acronym Q&A: "What does SEO stand for?" where the text spells an acronym out.

"search engine optimization (SEO)" or "eWOM (electronic word-of-mouth)". The
expansion is the words right before the brackets whose initials spell the
acronym; in a translation the initials rarely match, so it is the longest
phrase there that the article uses again, else the noun phrase that ends at
the bracket. The article's own acronym is asked too, but last in the deck
(order.py): its title shows the expansion on other cards.
"""

from __future__ import annotations

import re

from ..language import is_stopword
from ..models import Card, Extraction
from ..text import clean
from . import nouns
from .base import card
from .highlight import index
from .keyphrase import Index, _stems, verbish
from .phrases import phrase
from .spans import words

_BRACKET = re.compile(r"\(([^()]{1,60})\)")
_SHORT = re.compile(r"[^\W\d_][\w&.]{1,9}")  # no hyphen: "B-to-C" is spelled out inside one word


def is_acronym(word: str) -> bool:
    """"SEO", "eWOM", "ATMs": mostly capitals, at least two of them."""
    letters = [c for c in word if c.isalpha()]
    caps = sum(c.isupper() for c in letters)
    return bool(_SHORT.fullmatch(word)) and caps >= 2 and caps * 2 >= len(letters)


def _initials(acr: str, phrase_words: list[str], lang: str) -> bool:
    want = [c.casefold() for c in acr.rstrip("s") if c.isalpha()]
    got = [w[0].casefold() for w in phrase_words if not is_stopword(w, lang) and w.casefold() not in ("&",)]
    return len(want) > 1 and got == want


def expansion(text: str, at: int, acr: str, lang: str, idx: Index) -> tuple[int, int] | None:
    """The span of what ``acr`` stands for, in the words that end at ``at``."""
    clause_start = max(text.rfind(c, 0, at) for c in ",.;:—(") + 1
    clause = [t for t in words(text) if clause_start <= t[0] and t[1] <= at]
    toks = clause[-nouns.MAX_WORDS:]
    sentence = " ".join(text.split())
    recurring = None
    for i in range(len(toks)):  # longest first
        run = toks[i:]
        ws = [w for *_, w in run]
        if not is_stopword(ws[0], lang) and _initials(acr, ws, lang):
            return run[0][0], run[-1][1]
        span = (run[0][0], run[-1][1])
        gram = _stems(text[span[0]:span[1]], lang)
        if recurring is None and len(gram) > 1 and not is_stopword(ws[0], lang) \
                and idx.recurrence(gram, sentence) and nouns.before(text, span[1], lang) is not None:
            recurring = span
    if recurring:
        return nouns.unelided(text, recurring)
    while clause and (len(clause[0][2]) <= 3 if is_stopword(clause[0][2], lang) else not nouns.fits(clause[0], lang)):
        clause = clause[1:]  # "the", "la": a short clause is the expansion itself ("…, site improvement (SEO)")
    if 1 < len(clause) <= len(acr) + 1 and not verbish(clause[0][2], "", lang):
        return nouns.unelided(text, (clause[0][0], clause[-1][1]))
    return nouns.before(text, at, lang)


def found(text: str, lang: str, idx: Index) -> list[tuple[str, str]]:
    """(acronym, expansion) pairs spelled out in ``text``."""
    out = []
    for m in _BRACKET.finditer(text):
        inner = m.group(1).strip()
        if is_acronym(inner):
            span = expansion(text, m.start(), inner, lang, idx)
            if span:
                out.append((inner, text[span[0]:span[1]]))
            continue
        prev = re.search(r"([^\s(]+)\s*$", text[:m.start()])
        if prev and is_acronym(prev.group(1)) and not any(is_acronym(w) for *_, w in words(inner)):
            span = nouns.before(inner, len(inner), lang)
            if span == (0, len(inner)) and len(words(inner)) > 1:
                out.append((prev.group(1), inner))
    return out


def acronym_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    idx = index(ex)
    out = []
    seen: set[str] = set()
    for text in (*ex.sentences, *ex.highlights):
        for acr, full in found(clean(text), lang, idx):
            if acr in seen or len(words(full)) < 2 and "-" not in full:
                continue
            seen.add(acr)
            out.append(card(ex, "acronym", f"acronym:{acr}", phrase(lang, "stands_for", term=acr), full, answer=full))
    return out
