"""Named entities (first cut): capitalised runs that are not sentence openers.

To be replaced by the full detector (kinds, enumerations, cross-language
evidence); this version keeps the pipeline whole.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..models import Article, Entity
from ..text import sentences

_RUN = re.compile(r"(?<![\w.])([A-Z][\w'’&.-]*(?:\s+[A-Z][\w'’&.-]*)*)")


def entities(article: Article, siblings: Sequence[Article] = ()) -> tuple[Entity, ...]:
    lowered = " ".join(article.paragraphs).lower()
    title_words = set(article.title.split())
    found: dict[str, Entity] = {}
    for text in article.paragraphs:
        for sent in sentences(text, article.language):
            for m in _RUN.finditer(sent):
                name = m.group(1).strip(".-")
                if m.start() == 0 or not name or name.isupper() or name in title_words:
                    continue
                if f" {name.lower()} " in f" {lowered} " and name.lower() != name and name not in lowered:
                    continue
                found.setdefault(name, Entity(name, "organization", sent))
    return tuple(found.values())
