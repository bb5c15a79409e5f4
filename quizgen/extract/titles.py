"""Titles of works set in bold or italics ("**Too Big to Fail**", "**The
Origin of the Family, Private Property and the State**"): their capitalised
words are pieces of one title, not names of their own.
"""

from __future__ import annotations

import re

from .names import Run, tokens
from .shapes import is_capital
from . import lexicon
from .lexicon import AND

_CONJUNCTIONS = AND | frozenset("or o ed oraz lub или".split())
_ARTICLES = frozenset("the a an el la los las il lo le gli".split())


def title_segments(spans: tuple[str, ...]) -> list[str]:
    """The comma- or colon-separated pieces of each span that reads as a title: more
    capitalised words than function words, and some function word that is
    not a plain "and" (which would make it a list of names)."""
    out: list[str] = []
    for span in spans:
        words = [w for w, _, _ in tokens(span) if w.isalpha()]
        caps = sum(is_capital(w) for w in words[1:])
        lows = sum(w.islower() and w not in _CONJUNCTIONS for w in words)
        if caps >= 2 and lows and caps >= lows:
            out.extend(p.strip() for p in re.split(r"[,:]", span) if p.strip())
    return out


def _bare(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _ARTICLES else text


def fragment(run: Run, sentence: str, segments: list[str]) -> bool:
    """The run lies inside a title in this sentence without being all of it."""
    for segment in segments:
        at = sentence.find(segment)
        while at >= 0:
            if at <= run.start and run.end <= at + len(segment):
                return _bare(run.name) != _bare(segment.rstrip(".;:!?"))
            at = sentence.find(segment, at + 1)
    return False


# English function words inside a title-case title, in any language's text.
_TITLE_SMALL = frozenset("of the to a an in on for at by with into from and or".split())


def cued_titles(sentence: str, lang: str) -> list[str]:
    """Title-case titles right after a noun that announces a work ("the book
    On the Brink: Inside the Race to Stop ...", "el libro The Theory of ...")."""
    toks = tokens(sentence)
    out: list[str] = []
    for k, (word, _, end) in enumerate(toks[:-1]):
        if not word[:1].islower() or not lexicon.is_work_noun(word, lang):
            continue
        j = k + 1
        if sentence[end:toks[j][1]].strip(" ,:\"“”«»„'‘’") or not is_capital(toks[j][0]):
            continue  # the title must follow at once, maybe after a comma or a quote
        last = j
        while last + 1 < len(toks):
            nxt, gap = toks[last + 1][0], sentence[toks[last][2]:toks[last + 1][1]]
            if gap.strip(" :") or not (is_capital(nxt) or nxt in _TITLE_SMALL):
                break
            last += 1
        while last > j and toks[last][0] in _TITLE_SMALL:
            last -= 1
        out.append(sentence[toks[j][1]:toks[last][2]])
    return out