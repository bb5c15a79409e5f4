"""Titles of works set in bold or italics ("**Too Big to Fail**", "**The
Origin of the Family, Private Property and the State**"): their capitalised
words are pieces of one title, not names of their own.
"""

from __future__ import annotations

import re
from typing import Iterator

from .names import Run, tokens
from .shapes import is_capital
from . import lexicon
from .lexicon import AND

_CONJUNCTIONS = AND | frozenset("or o ed oraz lub или".split())
_ARTICLES = frozenset("the a an el la los las il lo le gli".split())
# English function words inside a title-case title, in any language's text.
_TITLE_SMALL = frozenset("of the to a an in on for at by with into from and or".split())


def title_segments(spans: tuple[str, ...]) -> list[str]:
    """The comma- or colon-separated pieces of each span that reads as a title: more
    capitalised words than function words, and some function word that is
    not a plain "and" (which would make it a list of names)."""
    out: list[str] = []
    for span in spans:
        words = [w for w, _, _ in tokens(span) if w.isalpha()]
        # "On The Brink: Inside The Race To Stop": English title case
        # capitalises the small words too; they still mark a title.
        small = [w.lower() in _TITLE_SMALL and w.lower() not in _CONJUNCTIONS for w in words]
        caps = sum(is_capital(w) for w in words[1:])
        lows = sum(w.islower() and w not in _CONJUNCTIONS for w in words) or sum(small[1:])
        if caps >= 2 and lows and caps >= lows:
            out.extend(p.strip() for p in re.split(r"[,:]", span) if p.strip())
    return out


def _bare(text: str) -> str:
    first, _, rest = text.partition(" ")
    return rest if rest and first.lower() in _ARTICLES else text


def places(span: str, sentence: str) -> Iterator[int]:
    """Every offset where ``span`` stands in ``sentence``."""
    at = sentence.find(span)
    while at >= 0:
        yield at
        at = sentence.find(span, at + 1)


def _around(run: Run, sentence: str, span: str) -> bool:
    return any(at <= run.start and run.end <= at + len(span) for at in places(span, sentence))


def fragment(run: Run, sentence: str, segments: list[str]) -> bool:
    """The run lies inside a title in this sentence without being all of it."""
    for segment in segments:
        if _around(run, sentence, segment):
            return _bare(run.name) != _bare(segment.rstrip(".;:!?"))
    return False


def inside(run: Run, sentence: str, spans: list[str]) -> bool:
    """The run lies inside one of these spans of this sentence, or is one."""
    return any(_around(run, sentence, span) for span in spans)


_OPEN_QUOTES = "\"“«„'‘"
_CLOSE_QUOTES = "\"”»'’"


def cued_titles(sentence: str, lang: str) -> list[tuple[str, bool]]:
    """Title-case titles right after a noun that announces a work ("the book
    On the Brink: Inside the Race to Stop ...", "el libro The Theory of ..."),
    each with whether quotes close it round ("his book "A Random Walk ..."")."""
    toks = tokens(sentence)
    out: list[tuple[str, bool]] = []
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
        after = sentence[toks[last][2]:toks[last][2] + 2].lstrip(".,;")
        quoted = any(q in sentence[end:toks[j][1]] for q in _OPEN_QUOTES) and after[:1] in _CLOSE_QUOTES and bool(after)
        out.append((sentence[toks[j][1]:toks[last][2]], quoted))
    return out