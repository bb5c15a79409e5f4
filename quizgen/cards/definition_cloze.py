"""The key part of the definition deleted: the genus, the phrase right after "is".

"X is the use of Y to do Z" asks "X is the […] to do Z" -> "use of Y". The
reverse card already asks for the term from its definition; this card asks
what the term is, so the two test different facts. A definition without a
recognisable copula, or with a genus too long to recall, gets no card.
"""

from __future__ import annotations

import re

from ..language import is_stopword
from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .quality import leaks, norm, short
from .spans import subject, words

MAX_WORDS = 6
# What links a term to its definition, per language (after the term).
_COPULA = {
    "en": r"is|are|refers to|alludes to|means",
    "es": r"es|son|se refiere a",
    "it": r"è|sono|si riferisce a",
    "pt": r"é|são",
    "fr": r"est|sont",
    "de": r"ist|sind",
    "ru": r"[—–-]\s*это|это|является|—|–",
    "pl": r"[—–-]\s*to|to|jest|—|–",
}
# Words that end the genus and start what it is for ("to oversee", "para administrar").
_STOP = {
    "en": {"to", "that", "which", "who", "where", "whose", "by", "used", "through"},
    "es": {"para", "que", "cuyo", "cuya", "mediante", "donde"},
    "it": {"per", "che", "cui", "mediante", "dove"},
    "ru": {"для", "чтобы", "который", "которая", "которое", "которые", "с", "путем", "путём"},
    "pl": {"do", "aby", "by", "który", "która", "które", "poprzez"},
}
_ARTICLE = re.compile(r"(?:the|an?|el|la|los|las|un|una|il|lo|gli|le|uno|l'|l’|un'|un’)\s*", re.I)


def genus(text: str, after: int, lang: str) -> tuple[int, int] | None:
    """The phrase after the copula, up to a comma or a word that starts the purpose."""
    # an apposition may stand between term and copula: "X, also called Y, is …"
    m = re.compile(r"(?:\s*,[^,;]{1,80},)?\s*,?\s*(?:" + _COPULA.get(lang, _COPULA["en"]) + r")\s+", re.I).match(text, after)
    if not m:
        return None
    start = m.end()
    a = _ARTICLE.match(text, start)
    if a and (a.end() == len(text) or not text[a.end() - 1].isalpha() or a.group().endswith(("'", "’"))):
        start = a.end()
    stops = _STOP.get(lang, _STOP["en"])
    run: list[tuple[int, int, str]] = []
    for s, e, w in words(text[start:]):
        if w.casefold() in stops or re.search(r"[,;:(]", text[start + (run[-1][1] if run else 0):start + s]):
            break
        run.append((s, e, w))
    while run and is_stopword(run[-1][2], lang):
        run.pop()
    if not run or len(run) > MAX_WORDS or all(is_stopword(w, lang) for *_, w in run):
        return None
    return start + run[0][0], start + run[-1][1]


def definition_cloze_cards(ex: Extraction) -> list[Card]:
    if not ex.definitions:
        return []
    lang = ex.article.language
    d = ex.definitions[0]
    text = short(d.text, lang)
    own = subject(clean(d.term) or clean(ex.term), text, lang)
    span = genus(text, own[1], lang) if own else None
    if span is None or not cloze.deletable(text[span[0]:span[1]]) or leaks(text, span):
        return []
    if norm(text[span[0]:span[1]]) in norm(clean(ex.article.title)):
        return []
    front = cloze.build(text, [(span[0], span[1], 1)])
    return [card(ex, "definition-cloze", "definition-cloze", front, cloze=True, answer=text[span[0]:span[1]])]
