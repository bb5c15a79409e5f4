"""Finding what to ask: the term inside a sentence, names, numbers, key words.

Spans are ``(start, end)`` character offsets into the sentence.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..language import is_stopword, stem

_WORD = re.compile(r"[^\W_]+(?:[-'’.][^\W_]+)*")
_NUMBER = re.compile(r"(?<![\w.,])\d+(?:[.,\s]\d{3})*(?:[.,]\d+)?(?:\s?%)?(?![\w])")
# Cardinal number words from three up (one and two are mostly articles or idiom).
_NUMBER_WORDS = {lang: frozenset(ws.split()) for lang, ws in {
    "en": "three four five six seven eight nine ten eleven twelve twenty thirty forty fifty hundred thousand million billion",
    "es": "tres cuatro cinco seis siete ocho nueve diez once doce veinte treinta cien mil millones",
    "it": "tre quattro cinque sei sette otto nove dieci undici dodici venti trenta cento mille milioni miliardi",
    "pl": "trzy cztery pięć sześć siedem osiem dziewięć dziesięć jedenaście dwanaście dwadzieścia sto tysiąc milion miliard",
    "ru": "три четыре пять шесть семь восемь девять десять одиннадцать двенадцать двадцать сто тысяча миллион миллиард",
}.items()}
_ACRONYM = re.compile(r"\(([^()]{1,12})\)\s*$")


@lru_cache(maxsize=1 << 14)
def _words(text: str) -> tuple[tuple[int, int, str], ...]:
    return tuple((m.start(), m.end(), m.group()) for m in _WORD.finditer(text))


def words(text: str) -> list[tuple[int, int, str]]:
    return list(_words(text))


@lru_cache(maxsize=1 << 14)
def _whole_word(needle: str) -> re.Pattern[str]:
    # Compiled once per needle: re's own cache (512) overflows on a large article.
    return re.compile(r"(?<!\w)" + re.escape(needle) + r"(?!\w)", re.I)


def find(needle: str, text: str) -> tuple[int, int] | None:
    """A case-insensitive whole-word occurrence of ``needle`` in ``text``."""
    needle = needle.strip()
    if not needle or needle.casefold() not in text.casefold():
        return None
    m = _whole_word(needle).search(text)
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


def cue(text: str, span: tuple[int, int], lang: str) -> int:
    """How many content words the sentence keeps around ``span``: the learner's cue."""
    rest = text[:span[0]] + " " + text[span[1]:]
    return sum(1 for _, _, w in words(rest) if not is_stopword(w, lang) and not w.isdigit())


def numbers(text: str, lang: str = "en") -> list[tuple[int, int]]:
    """Numbers in digits, and the number words of ``lang`` ("seven", "siete")."""
    found = [(m.start(), m.end()) for m in _NUMBER.finditer(text)]
    named = _NUMBER_WORDS.get(lang, frozenset())
    found += [(s, e) for s, e, w in words(text) if w.casefold() in named]
    merged: list[tuple[int, int]] = []
    for s, e in sorted(found):  # "4.5 billion" is one number
        if merged and (s < merged[-1][1] or text[merged[-1][1]:s] == " "):
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged
