"""Extraction: an :class:`Article` in, an :class:`Extraction` out.

``extract_all`` sees every language version of an article at once, because a
name that recurs unchanged across versions is a strong sign of a proper name.
"""

from __future__ import annotations

from typing import Iterable, Sequence

from ..models import Article, Extraction
from ..text import sentences
from .definitions import definitions
from .entities import entities
from .faq import faq
from .highlights import highlights
from .structure import body_sections
from .terms import terms
from .families import families


def article_sentences(article: Article) -> tuple[str, ...]:
    """Every sentence of the body (highlights and FAQ excluded), in order."""
    out: list[str] = []
    for section in body_sections(article):
        for text in section.paragraphs:
            out.extend(sentences(text, article.language))
    return tuple(out)


def extract(article: Article, siblings: Sequence[Article] = ()) -> Extraction:
    """Extract one article; ``siblings`` are its other language versions."""
    return Extraction(
        article=article,
        definitions=definitions(article),
        highlights=highlights(article),
        entities=entities(article, siblings),
        terms=terms(article),
        faq=faq(article),
        sentences=article_sentences(article),
    )


def extract_all(articles: Iterable[Article]) -> list[Extraction]:
    """Extract every article, each alongside its other language versions."""
    items = list(articles)
    family = families(items)
    # A family at a time, so that each version is analysed once while the
    # small analysis cache holds the family; results keep the input order.
    order = sorted(range(len(items)), key=lambda i: (min(family[i]), i))
    out: list[Extraction] = [None] * len(items)  # type: ignore[list-item]
    for i in order:
        out[i] = extract(items[i], [items[j] for j in family[i] if j != i])
    return out


__all__ = ["extract", "extract_all", "article_sentences", "families"]
