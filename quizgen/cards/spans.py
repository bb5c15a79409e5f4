"""Finding what to ask: the term inside a sentence, names, numbers, key words.

Spans are ``(start, end)`` character offsets into the sentence.
"""

from __future__ import annotations

import re
from typing import Callable

from ..language import is_stopword, stem

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?(?:\s?%)?(?![\w])")
_ACRONYM = re.compile(r"\(([^()]{1,12})\)\s*$")


def words(text: str) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text)]


def find(needle: str, text: str) -> tuple[int, int] | None:
    """A case-insensitive whole-word occurrence of ``needle`` in ``text``."""
    needle = needle.strip()
    if not needle:
        return None
    m = re.search(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", text, re.I)
    return (m.start(), m.end()) if m else None


def find_stemmed(needle: str, text: str, lang: str) -> tuple[int, int] | None:
    """``needle`` in ``text`` allowing inflection: consecutive words with equal stems."""
    want = [stem(w, lang) for _, _, w in words(needle)]
    have = words(text)
    if not want:
        return None
    for i in range(len(have) - len(want) + 1):
        window = have[i:i + len(want)]
        if all(stem(w, lang) == s for (_, _, w), s in zip(window, want)):
            return window[0][0], window[-1][1]
    return None


def trim(text: str, span: tuple[int, int], lang: str) -> tuple[int, int] | None:
    """Shrink a span so it neither starts nor ends with a stop word or punctuation."""
    inner = [(s, e, w) for s, e, w in words(text[span[0]:span[1]])]
    while inner and is_stopword(inner[0][2], lang):
        inner.pop(0)
    while inner and is_stopword(inner[-1][2], lang):
        inner.pop()
    if not inner:
        return None
    start, end = span[0] + inner[0][0], span[0] + inner[-1][1]
    # keep a closing bracket that belongs to the span, e.g. "(SMO)"
    if text[end:end + 1] == ")" and "(" in text[start:end]:
        end += 1
    return start, end


def subject(term: str, text: str, lang: str) -> tuple[int, int] | None:
    """Where a definition names its term: literally, inflected, or up to its acronym."""
    span = find(term, text) or find_stemmed(term, text, lang)
    if span:
        return span
    m = _ACRONYM.search(term)
    if m:
        at = find(f"({m.group(1)})", text)
        if at and at[0] < len(text) // 2:
            return trim(text, (0, at[1]), lang)
    return None


def numbers(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in _NUMBER.finditer(text)]


def key_phrase(text: str, lang: str, weight: dict[str, int], avoid: tuple[int, int] | None = None,
               reject: Callable[[tuple[int, int]], bool] | None = None) -> tuple[int, int] | None:
    """The run of content words (1-3) that the article uses most, never a stop word.

    ``weight`` counts word stems across the article; ``avoid`` is a span
    (e.g. the article's own term) the phrase must not overlap.
    """
    best: tuple[float, tuple[int, int]] | None = None
    toks = words(text)
    for i in range(len(toks)):
        for n in (1, 2, 3):
            run = toks[i:i + n]
            if len(run) < n or any(is_stopword(w, lang) or len(w) < 3 or w.isdigit() for _, _, w in run):
                continue
            if i == 0 and n == 1 and run[0][2][:1].isupper():
                continue  # the sentence opener alone is rarely the point
            span = (run[0][0], run[-1][1])
            if avoid and span[0] < avoid[1] and avoid[0] < span[1]:
                continue
            if not re.fullmatch(r"[^,;:()]+", text[span[0]:span[1]]) or (reject and reject(span)):
                continue
            score = sum(weight.get(stem(w, lang), 0) for _, _, w in run) / (n ** 0.5)
            if best is None or score > best[0]:
                best = (score, span)
    return best[1] if best else None
