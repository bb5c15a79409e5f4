"""What one language's articles offer a quiz: terms, entities and definitions to draw
distractors from, plus the text helpers that find and cut answer spans."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Iterable, Sequence

from ..language import is_stopword
from ..models import Entity, Extraction
from ..text import clean, words

_ACRONYM = re.compile(r"\s*\(([^()]{1,15})\)\s*$")
_NUMBER = re.compile(r"(?<![\w.,])(\d{1,3}(?:,\d{3})+|\d+)(?:([.,])(\d+))?(\s?%)?(?![\w])")


@dataclass(frozen=True)
class Pool:
    """Material from every article of one language, in a stable order."""

    language: str
    terms: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    definitions: dict[str, tuple[str, str]] = field(default_factory=dict)  # slug -> (term, definition)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity kind -> names
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity kind -> names of other kinds
    term_set: frozenset[str] = frozenset()

    def definition_of(self, slug: str) -> tuple[str, str] | None:
        return self.definitions.get(slug)

    def names_except(self, kind: str) -> tuple[str, ...]:
        if kind in self.others:
            return self.others[kind]
        return tuple(n for k, names in sorted(self.names.items()) if k != kind for n in names)


@lru_cache(maxsize=65536)
def bare_term(text: str, lang: str) -> str:
    """A term as an answer: plain text, no trailing ``(ACRONYM)``, no stop words at the edges."""
    text = _ACRONYM.sub("", clean(text)).strip(" .,;:–—-")
    tokens = text.split()
    while tokens and is_stopword(tokens[0].strip("'’"), lang):
        tokens.pop(0)
    while tokens and is_stopword(tokens[-1], lang):
        tokens.pop()
    return " ".join(tokens)


def own_term(ex: Extraction, lang: str) -> str:
    """The article's term as its definition writes it (``Social media optimization``,
    not the title's ``Social Media Optimization``), so its case matches the other options."""
    term = bare_term(ex.term, lang)
    m = find(term, clean(ex.definitions[0].text)) if ex.definitions else None
    return m.group(0) if m else term


def acronym(text: str) -> str:
    m = _ACRONYM.search(clean(text))
    return m.group(1) if m else ""


def usable_term(text: str) -> bool:
    """Short enough to be one thing, not a clause or a list."""
    n = len(text.split())
    return 1 <= n <= 5 and len(text) <= 48 and not re.search(r"[,;:]|\d", text) and len(text) >= 3


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


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return tuple(out)


def build_pools(extractions: Sequence[Extraction]) -> dict[str, Pool]:
    """One pool per language, in the order the articles came."""
    by_lang: dict[str, list[Extraction]] = {}
    for ex in extractions:
        by_lang.setdefault(ex.article.language, []).append(ex)
    pools = {}
    for lang, group in by_lang.items():
        terms: list[str] = []
        ents: dict[str, Entity] = {}
        defs: dict[str, tuple[str, str]] = {}
        for ex in group:
            own = own_term(ex, lang)
            terms.append(own)
            terms.extend(bare_term(t.text, lang) for t in ex.terms)
            for e in ex.entities:
                ents.setdefault(e.name.casefold(), e)
            if ex.definitions:
                defs.setdefault(ex.article.slug, (own, clean(ex.definitions[0].text)))
        names: dict[str, list[str]] = {}
        for e in ents.values():
            names.setdefault(e.kind, []).append(e.name)
        kinds = sorted(names)
        others = {k: tuple(n for o in kinds if o != k for n in names[o]) for k in kinds}
        usable = tuple(t for t in _unique(terms) if usable_term(t))
        pools[lang] = Pool(lang, usable, tuple(ents.values()), defs,
                           {k: tuple(v) for k, v in names.items()}, others, frozenset(usable))
    return pools
