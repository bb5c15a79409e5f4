"""What every generator shares: making a :class:`Card` with clean text and tags."""

from __future__ import annotations

import re
import unicodedata

from ..models import Card, Extraction
from ..text import clean
from .cloze import inert

_TAG_UNSAFE = re.compile(r"[^\w\-.&+]+")


def tag(text: str) -> str:
    """One Anki tag: no spaces or quotes; ``::`` kept as the hierarchy separator."""
    parts = [p for p in re.split(r":{2,}", unicodedata.normalize("NFC", text)) if p.strip()]
    cleaned = [_TAG_UNSAFE.sub("_", p.strip()).strip("_") for p in parts]
    return "::".join(c for c in cleaned if c)


def tags(ex: Extraction) -> tuple[str, ...]:
    art = ex.article
    out = [f"lang::{tag(art.language) or 'und'}", f"article::{tag(art.slug) or 'article'}"]
    out += [f"keyword::{t}" for t in (tag(k) for k in art.keywords) if t]
    return tuple(dict.fromkeys(out))


def title(ex: Extraction) -> str:
    return clean(ex.article.title) or ex.article.slug


def card(ex: Extraction, kind: str, key: str, front: str, back: str = "", *,
         cloze: bool = False, answer: str = "") -> Card:
    """A card of ``ex``'s article. Q&A text is cleaned here; cloze markup is built from clean text."""
    art = ex.article
    if not cloze:  # keep line breaks between a prompt and the text it asks about
        front = "\n".join(filter(None, (inert(clean(line)) for line in front.split("\n"))))
        back = inert(clean(back))
    return Card(kind=kind, key=key, language=art.language, slug=art.slug, title=title(ex),
                front=front, back=back, cloze=cloze, tags=tags(ex), answer=clean(answer))
