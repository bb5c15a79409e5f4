"""Glossary terms: every link's text and target, with the sentence it sits in."""

from __future__ import annotations

from ..models import Article, Term
from ..text import sentences


def terms(article: Article) -> tuple[Term, ...]:
    found: dict[tuple[str, str], Term] = {}
    for link in article.links:
        key = (link.text.lower(), link.target)
        if key in found:
            continue
        sentence = next((s for s in sentences(link.sentence, article.language) if link.text in s), link.sentence)
        found[key] = Term(link.text, link.target, sentence)
    return tuple(found.values())
