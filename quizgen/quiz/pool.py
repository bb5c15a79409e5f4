"""What a language's articles offer a quiz: terms, entities and definitions to draw
distractors from.

Each article contributes a small :class:`Contribution`; a :class:`Pool` merges
those of a *neighbourhood* of articles. Large languages are split into
neighbourhoods so that an edit to one article changes the distractors of a few
dozen quizzes, not of every quiz in the language (and so that drawing
distractors stays cheap at 10,000 articles).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
import hashlib
from functools import lru_cache
from typing import Iterable, Sequence

from ..language import is_stopword
from ..models import Entity, Extraction
from ..text import clean
from .spans import find

_ACRONYM = re.compile(r"\s*\(([^()]{1,15})\)\s*$")


@dataclass(frozen=True)
class Pool:
    """Material from a neighbourhood of one language's articles, in a stable order."""

    language: str
    terms: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    definitions: dict[str, tuple[str, str]] = field(default_factory=dict)  # slug -> (term, definition)
    names: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity kind -> names
    others: dict[str, tuple[str, ...]] = field(default_factory=dict)  # entity kind -> names of other kinds
    term_set: frozenset[str] = frozenset()
    linked: dict[str, tuple[str, str]] = field(default_factory=dict)  # slug -> (term, definition), language-wide

    def definition_of(self, slug: str) -> tuple[str, str] | None:
        return self.linked.get(slug) or self.definitions.get(slug)

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


def _unique(items: Iterable[str]) -> tuple[str, ...]:
    seen: set[str] = set()
    out = []
    for item in items:
        if item and item.casefold() not in seen:
            seen.add(item.casefold())
            out.append(item)
    return tuple(out)


@dataclass(frozen=True)
class Contribution:
    """What one article adds to a pool."""

    slug: str
    terms: tuple[str, ...]  # its own term first, then its links' texts, as bare terms
    entities: tuple[Entity, ...]
    definition: tuple[str, str] | None  # (own term, first definition)
    targets: tuple[str, ...]  # the slugs its links point to


def contribution(ex: Extraction) -> Contribution:
    lang = ex.article.language
    own = own_term(ex, lang)
    definition = (own, clean(ex.definitions[0].text)) if ex.definitions else None
    # Names and kinds only: a pool never shows an entity's sentence, and 10,000 articles' worth weighs.
    return Contribution(ex.article.slug, (own, *(bare_term(t.text, lang) for t in ex.terms)),
                        tuple(Entity(e.name, e.kind) for e in ex.entities), definition,
                        tuple(target_slug(t.target) for t in ex.terms))


def target_slug(target: str) -> str:
    return target.strip("/").split("/")[-1]


def definitions(parts: Iterable[Contribution]) -> dict[str, tuple[str, str]]:
    """slug -> (term, definition), the first article with a slug winning."""
    found: dict[str, tuple[str, str]] = {}
    for c in parts:
        if c.definition:
            found.setdefault(c.slug, c.definition)
    return found


def merge(lang: str, parts: Sequence[Contribution], linked: dict[str, tuple[str, str]] | None = None) -> Pool:
    """One pool from ``parts``, in their order. ``linked`` is where link targets are
    looked up (the whole language); it defaults to the parts' own definitions."""
    terms: list[str] = []
    ents: dict[str, Entity] = {}
    for c in parts:
        terms.extend(c.terms)
        for e in c.entities:
            ents.setdefault(e.name.casefold(), e)
    names: dict[str, list[str]] = {}
    for e in ents.values():
        names.setdefault(e.kind, []).append(e.name)
    kinds = sorted(names)
    others = {k: tuple(n for o in kinds if o != k for n in names[o]) for k in kinds}
    usable = tuple(t for t in _unique(terms) if usable_term(t))
    own = definitions(parts)
    return Pool(lang, usable, tuple(ents.values()), own, {k: tuple(v) for k, v in names.items()}, others,
                frozenset(usable), own if linked is None else linked)


NEIGHBOURHOOD = 48  # articles a pool aims at; a language up to twice this is one pool


def neighbourhoods(slugs: Sequence[str], size: int = NEIGHBOURHOOD) -> list[list[int]]:
    """Split a language's articles (by index) into pools of about ``size``.

    Membership hangs on the slug alone, and the number of pools only changes
    when the language doubles, so an edit never moves an article elsewhere.
    """
    count = 1
    while len(slugs) > 2 * size * count:
        count *= 2
    groups: list[list[int]] = [[] for _ in range(count)]
    for i, slug in enumerate(slugs):
        h = int.from_bytes(hashlib.blake2b(slug.encode(), digest_size=8).digest(), "big")
        groups[h % count].append(i)
    return [g for g in groups if g]


def build_pools(extractions: Sequence[Extraction]) -> dict[str, Pool]:
    """One pool per language, in the order the articles came (small corpora)."""
    by_lang: dict[str, list[Contribution]] = {}
    for ex in extractions:
        by_lang.setdefault(ex.article.language, []).append(contribution(ex))
    return {lang: merge(lang, parts) for lang, parts in by_lang.items()}
