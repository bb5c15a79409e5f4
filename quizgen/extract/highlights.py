"""Highlights: the closing bullet list, whatever its heading says."""

from __future__ import annotations

from ..models import Article
from .structure import highlights_index


def highlights(article: Article) -> tuple[str, ...]:
    index = highlights_index(article)
    if index is None:
        return ()
    items = [item for b in article.sections[index].blocks for item in b.items]
    return tuple(item for item in items if item)
