"""Noun phrases found by structure: a run of content words (and the few
function words a name may hold inside) that no punctuation breaks.

Without a part-of-speech tagger a phrase ends at a stop word that cannot sit
inside a name, at punctuation, or at a word that reads as a verb. Quantifiers
and praise at its left edge ("some popular …") are not part of what it names.
"""

from __future__ import annotations

import re

from ..language import is_stopword, stem
from .keyphrase import verbish
from .spans import words
from .subjects import _VERBS

MAX_WORDS = 7
# Function words a noun phrase holds inside: "management of X", "motores de búsqueda", "narzędzia do Y".
JOINERS = {lang: frozenset(ws.split()) for lang, ws in {
    "en": "of and for & on", "es": "de del y e en", "it": "di del della dei degli delle e in per",
    "pl": "i oraz w z do dla na od", "ru": "и в на по для о",
}.items()}
# Words that quantify or praise what a phrase names rather than name it.
_EDGE = {lang: frozenset(ws.split()) for lang, ws in {
    "en": "popular famous notable prominent major leading common successful top main best typical fruitful particular new",
    "es": "populares famosos famosas conocidos conocidas notables principales nuevos nuevas",
    "it": "popolari famosi famose noti note principali nuovi nuove diversi diverse",
    "ru": "некоторые популярные известные различные разные многие основные крупные ведущие другие новые",
    "pl": "niektóre popularne znane różne liczne główne najpopularniejsze inne nowe",
}.items()}
# Participles end a noun phrase on its left: "anuncios colocados en [cajeros automáticos]".
_PARTICIPLE = {"es": re.compile(r"(?:ados|adas|idos|idas)$"),
               "ru": re.compile(r"(?:ющ|ящ|ащ|вш)(?:ий|ая|ее|ие|его|ей|их|ие)$")}
_ELIDED = re.compile(r"^(?:l|un|dell|all|dall|nell|sull|d|s|c|j|qu)['’]", re.I)


def unelided(text: str, span: tuple[int, int]) -> tuple[int, int]:
    """``span`` without an elided article at its start ("l'ottimizzazione" → "ottimizzazione")."""
    m = _ELIDED.match(text[span[0]:span[1]])
    return (span[0] + m.end(), span[1]) if m and m.end() < span[1] - span[0] else span


def _inside(word: str, lang: str) -> bool:
    return word.casefold() in JOINERS.get(lang, JOINERS["en"])


def _edge(word: str, lang: str) -> bool:
    return is_stopword(word, lang) or word.casefold() in _EDGE.get(lang, ()) or _ELIDED.match(word) is not None


def _tidy(text: str, run: list[tuple[int, int, str]], lang: str) -> tuple[int, int] | None:
    """The run without edge words; an elided article ("l'ottimizzazione") is cut off."""
    while run and (_edge(run[0][2], lang) and not _ELIDED.match(run[0][2]) or _inside(run[0][2], lang)):
        run = run[1:]
    while run and (is_stopword(run[-1][2], lang) or _inside(run[-1][2], lang)):
        run = run[:-1]
    if not run or len(run) > MAX_WORDS or not any(len(w) > 2 for *_, w in run):
        return None
    start = run[0][0]
    m = _ELIDED.match(run[0][2])
    if m:
        start += m.end()
    if verbish(text[start:run[0][1]], "", lang):
        return None
    return start, run[-1][1]


def _joined(text: str, a: tuple[int, int, str], b: tuple[int, int, str]) -> bool:
    return text[a[1]:b[0]].isspace()


def fits(tok: tuple[int, int, str], lang: str) -> bool:
    w = tok[2]
    part = _PARTICIPLE.get(lang)
    if w.casefold() in _VERBS.get(lang, ()) or (part and part.search(w.casefold())):
        return False  # "piattaforme di social media [possono]"
    return _inside(w, lang) or (not is_stopword(w, lang) and not verbish(w, "", lang)) \
        or w.casefold() in _EDGE.get(lang, ())


def before(text: str, end: int, lang: str) -> tuple[int, int] | None:
    """The noun phrase that ends right at ``end`` (only spaces between)."""
    toks = [t for t in words(text) if t[1] <= end]
    if not toks or text[toks[-1][1]:end].strip():
        return None
    run = [toks[-1]]
    for tok in reversed(toks[:-1]):
        if not _joined(text, tok, run[0]) or not fits(tok, lang) and not _ELIDED.match(tok[2]):
            break
        run.insert(0, tok)
        if _ELIDED.match(tok[2]):
            break
    return _tidy(text, run, lang) if fits(toks[-1], lang) else None


def around(text: str, at: tuple[int, int, str], lang: str) -> tuple[int, int] | None:
    """The noun phrase holding the word ``at``."""
    toks = words(text)
    i = toks.index(at)
    lo = hi = i
    while lo > 0 and _joined(text, toks[lo - 1], toks[lo]) and fits(toks[lo - 1], lang):
        lo -= 1
    while hi + 1 < len(toks) and _joined(text, toks[hi], toks[hi + 1]) and fits(toks[hi + 1], lang):
        hi += 1
    return _tidy(text, toks[lo:hi + 1], lang)


def holding(text: str, word: str, lang: str) -> tuple[int, int] | None:
    """The noun phrase of ``text`` that holds a word with the stem of ``word``."""
    want = stem(word.casefold(), lang)
    for tok in reversed(words(text)):  # the nearest one: a list's head stands right before it
        if stem(tok[2].casefold(), lang) == want:
            return around(text, tok, lang)
    return None
