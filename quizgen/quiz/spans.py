"""Finding answer spans in text: whole words, case-blind, without a regex per span."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Iterable

from ..language import is_stopword
from ..text import words

_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:([.,])(\d+))?(\s?%)?(?![\w])")


@dataclass(frozen=True)
class Hit:
    """Where a span was found; reads like a regex match (start, end, group(0))."""

    begin: int
    stop: int
    text: str

    def start(self) -> int:
        return self.begin

    def end(self) -> int:
        return self.stop

    def group(self, _: int = 0) -> str:
        return self.text


def _hits(span: str, text: str) -> list[Hit]:
    """Whole-word, case-blind occurrences, without compiling a regex per span."""
    if not span:
        return []
    low, key = text.lower(), span.lower()
    if len(low) != len(text) or len(key) != len(span):  # rare case maps that change length
        return [Hit(m.start(), m.end(), m.group(0))
                for m in re.finditer(rf"(?<!\w){re.escape(span)}(?!\w)", text, re.IGNORECASE)]
    out, at = [], low.find(key)
    while at >= 0:
        end = at + len(key)
        if (at == 0 or not _word(low[at - 1])) and (end == len(low) or not _word(low[end])):
            out.append(Hit(at, end, text[at:end]))
        at = low.find(key, at + 1)
    return out


def _word(ch: str) -> bool:
    return ch.isalnum() or ch == "_"


def find(span: str, text: str) -> Hit | None:
    """``span`` in ``text`` as whole words, ignoring case."""
    found = _hits(span, text)
    return found[0] if found else None


def occurrences(span: str, text: str) -> int:
    return len(_hits(span, text))


@lru_cache(maxsize=16384)
def numbers(text: str) -> tuple[re.Match[str], ...]:
    return tuple(_NUMBER.finditer(text))


def content_word(sentence: str, lang: str, avoid: Iterable[str] = ()) -> str:
    """The longest word worth asking for: no stop word, no digits, not one of ``avoid``."""
    banned = {a.casefold() for a in avoid}
    best = ""
    for w in words(sentence):
        if len(w) <= len(best) or len(w) < 7 or not w.isalpha() or is_stopword(w, lang) or w.casefold() in banned:
            continue
        if occurrences(w, sentence) == 1:
            best = w
    return best
