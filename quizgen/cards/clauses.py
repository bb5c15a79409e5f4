"""Cutting a long sentence down to the clause around the span a card asks.

A card should read in one glance: at most :data:`MAX_WORDS` words. The cut
follows the sentence's own structure (``;`` and dashes first, then commas)
and is marked with "…" wherever words were left out.
"""

from __future__ import annotations

import re

from .spans import words

MAX_WORDS = 30
# a dash before "это"/"to" is a Russian or Polish copula ("X — это Y"), not a clause break
_STRONG = re.compile(r";\s+|\s+[—–-]\s+(?!(?:это|to)\b)")
_COMMA = re.compile(r",\s+")


def _count(text: str) -> int:
    return len(words(text))


def _pieces(text: str, sep: re.Pattern) -> list[tuple[int, int]]:
    out, pos = [], 0
    for m in sep.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return [(a, b) for a, b in out if b > a]


def _grow(text: str, span: tuple[int, int], pieces: list[tuple[int, int]], limit: int) -> tuple[int, int] | None:
    """The widest run of ``pieces`` around ``span`` within ``limit`` words, earlier pieces first."""
    idx = [i for i, (a, b) in enumerate(pieces) if a <= span[0] and span[1] <= b]
    if not idx:
        return None
    lo = hi = idx[0]
    if _count(text[pieces[lo][0]:pieces[hi][1]]) > limit:
        return None
    while True:  # the cue usually comes before the name: grow backwards first
        if lo > 0 and _count(text[pieces[lo - 1][0]:pieces[hi][1]]) <= limit:
            lo -= 1
        elif hi + 1 < len(pieces) and _count(text[pieces[lo][0]:pieces[hi + 1][1]]) <= limit:
            hi += 1
        else:
            return pieces[lo][0], pieces[hi][1]


def _window(text: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    toks = words(text)
    first = next(i for i, t in enumerate(toks) if t[1] > span[0])
    last = max(i for i, t in enumerate(toks) if t[0] < span[1])
    before = max(0, limit - (last - first + 1) - limit // 3)
    lo = max(0, first - before)
    hi = min(len(toks) - 1, lo + limit - 1)
    return toks[lo][0], toks[hi][1]


def _segment(text: str, span: tuple[int, int], limit: int) -> tuple[int, int]:
    pieces = _pieces(text, _STRONG)
    seg = next(((a, b) for a, b in pieces if a <= span[0] and span[1] <= b), (0, len(text)))
    if _count(text[seg[0]:seg[1]]) <= limit:
        return seg
    inner = text[seg[0]:seg[1]]
    local = (span[0] - seg[0], span[1] - seg[0])
    cut = _grow(inner, local, _pieces(inner, _COMMA), limit)
    if cut is None or _count(inner[cut[0]:cut[1]]) < limit // 3:  # a lone list item: too little cue
        cut = _window(inner, local, limit)
    return seg[0] + cut[0], seg[0] + cut[1]


def around(text: str, span: tuple[int, int], limit: int = MAX_WORDS) -> tuple[str, tuple[int, int]]:
    """``text`` cut to at most ``limit`` words around ``span``; the span moved along."""
    if _count(text) <= limit:
        return text, span
    a, b = _segment(text, span, limit)
    while a < span[0] and text[a] in " ,;":
        a += 1
    while b > span[1] and text[b - 1] in " ,;":
        b -= 1
    body = text[a:b]
    strong_before = a > 0 and bool(re.search(r"(?:;|[—–-])\s*$", text[:a]))
    if a == 0:
        head = ""
    elif strong_before:
        head = ""
        if span[0] > a:
            body = body[:1].upper() + body[1:]
    else:
        head = "… "
    rest = text[b:]
    if not rest.strip(" .!?…"):
        tail = rest.rstrip()
    elif _STRONG.match(rest):
        tail = "."
    else:
        tail = " …"
    shift = len(head) - a
    return head + body + tail, (span[0] + shift, span[1] + shift)


# Words that add a name as an example after the point is made ("…, especially X.").
_ASIDE = {
    "en": r"especially|particularly|notably|in particular|mainly|chiefly",
    "es": r"especialmente|particularmente|sobre todo|en particular|principalmente",
    "it": r"in particolare|specialmente|soprattutto|particolarmente|principalmente",
    "ru": r"особенно|в особенности|в частности|прежде всего",
    "pl": r"zwłaszcza|szczególnie|w szczególności|przede wszystkim|głównie",
}


def aside(text: str, span: tuple[int, int], lang: str) -> bool:
    """Whether ``text[span]`` closes its sentence as an example tacked on after a comma."""
    words_ = _ASIDE.get(lang, _ASIDE["en"])
    before = re.search(r",\s*(?:" + words_ + r")\s+$", text[:span[0]], re.I)
    return bool(before) and not text[span[1]:].strip(" .!?…)\"'»”")


def fragment(text: str) -> bool:
    """Whether a cut clause starts mid-phrase ("… traffic by …"): no subject to read it by."""
    rest = text[1:].lstrip() if text.startswith("…") else ""
    return bool(rest) and not rest[:1].isupper()
