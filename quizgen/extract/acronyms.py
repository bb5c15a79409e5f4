"""Acronyms and the names they abbreviate: "Federal Reserve (Fed)",
"search engine optimization (SEO)" (a concept: lower-case spelling),
"Комиссией по ценным бумагам (SEC)" (a name whose later words stay lower
case), and spellings in comma-separated capitalised pieces (EDGAR).
"""

from __future__ import annotations

import re

from . import lexicon
from .names import tokens
from .shapes import is_acronym

ACRONYM_DEF = re.compile(r"(?<!\S)(\S+)\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
# "ROI (return on investment)": an acronym spelled out in lower case.
ACRONYM_SPELLED = re.compile(r"(?<!\S)(\S+)\s*\(([^\W\d_][^()]{3,80})\)")
# "Комиссией по ценным бумагам (SEC)": a name whose later words stay lower case.
PHRASE_DEF = re.compile(r"(?<![\w.])([A-ZА-ЯЁŁŚŻ][^\W\d_]+(?:\s+[^\W\d_]+){1,7})\s*\(([A-Z][A-Za-z&]{1,9})\)")


def trim_phrase(phrase: str, lang: str) -> str | None:
    """The name inside a phrase before an acronym. The pattern reaches back
    to any capital, often a sentence opener ("Być może ... Partnerstwo
    Transpacyficzne (TPP)"): a name whose later words stay lower case starts
    at the last capitalised word that a lower-case word follows, unless its
    head opens the phrase ("Индекс общественных банков ABA NASDAQ")."""
    words = phrase.split()
    if lexicon.own_head(words[0], lang) in ("organization", "law", "index"):
        return phrase
    joins = lexicon.joiners(lang) | lexicon.joiners("en")
    start = 0
    for i in range(1, len(words) - 1):
        # A joiner binds the words around it, except "and" after an acronym,
        # which is a whole name already ("AIB и Института ... банкиров").
        joined = words[i - 1] in joins and not (i > 1 and is_acronym(words[i - 2]) and words[i - 1] in lexicon.AND)
        if words[i][:1].isupper() and words[i - 1][:1].islower() and not joined and words[i + 1][:1].islower():
            start = i
    tail = len(words)
    while tail > 0 and (words[tail - 1][:1].isupper() or tail > 1 and words[tail - 1] in joins and words[tail - 2][:1].isupper()):
        tail -= 1
    if len(words) - tail >= 2 and tail > start:
        return None  # a capitalised name closes it: the runs find that one
    if tail < len(words) and any(w[:1].islower() and w not in joins for w in words[start + 1:tail]):
        return None  # "Such companies include Microsoft (MSFT)": a clause, then a name
    if all(w in lexicon.AND and w != "&" for w in words[start:] if w[:1].islower()):
        return None  # "Grecia y España (PIGS)": names in a list, each found as a run
    return " ".join(words[start:]) if len(words) - start >= 2 else None


_PAREN_ACRONYM = re.compile(r"\(\s*([A-Z]{2,12})\s*\)")
_SPELL_GAP = re.compile(r"^(?:,\s*|\s+)(?:(?:and|y|e|i|и|oraz)\s+)?$")


def multipart(sentence: str) -> list[tuple[str, int]]:
    """"Electronic Data Gathering, Analysis, and Retrieval (EDGAR)": capitalised
    words in a comma list right before a bracketed acronym spell it out.
    Returns (acronym, where the spelling starts)."""
    out: list[tuple[str, int]] = []
    for m in _PAREN_ACRONYM.finditer(sentence):
        toks = tokens(sentence[: m.start()].rstrip())
        k, commas = len(toks), 0
        while k > 0 and toks[k - 1][0][:1].isupper():
            k -= 1
            if k > 0:
                gap = sentence[toks[k - 1][2]: toks[k][1]]
                if not _SPELL_GAP.match(gap) and not (gap == " " and toks[k - 1][0] in ("and", "y", "e", "i", "и", "oraz", "de", "of")):
                    break
                commas += "," in gap
                if toks[k - 1][0] in ("and", "y", "e", "i", "и", "oraz", "de", "of"):
                    k -= 1
        if commas and len(toks) - k >= 3:
            out.append((m.group(1), toks[k][1]))
    return out
