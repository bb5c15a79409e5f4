"""Definitions: the sentence that defines the article's term, and the description."""

from __future__ import annotations

from ..models import Article, Definition
from ..text import first_sentence
from .structure import body_sections, is_question


def definitions(article: Article) -> tuple[Definition, ...]:
    term = article.title
    body = [s for s in body_sections(article) if s.level >= 2 or s.blocks]
    chosen = ""
    # The "What is …?" section: the first question heading of the body.
    for section in body[:3]:
        if is_question(section.heading) and section.paragraphs:
            chosen = first_sentence(section.paragraphs[0], article.language)
            break
    if not chosen:
        for section in body:
            if section.paragraphs:
                chosen = first_sentence(section.paragraphs[0], article.language)
                break
    found: list[Definition] = []
    if chosen:
        found.append(Definition(term, chosen))
    if article.description and article.description != chosen:
        found.append(Definition(term, article.description))
    return tuple(found)
