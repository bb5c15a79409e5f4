"""Where things are in an article, found by structure rather than by wording."""

from __future__ import annotations

from ..models import Article, Section

_QUESTION_END = ("?", "？", ";")  # ";" is the Greek question mark


def is_question(heading: str) -> bool:
    return heading.rstrip().endswith(_QUESTION_END)


def faq_groups(article: Article) -> list[tuple[int, list[Section]]]:
    """Index and question subsections of each FAQ group.

    A group is a heading followed by deeper-level subsections most of whose
    headings are questions, e.g. ``## FAQ`` then ``### What is …?``.
    """
    sections = article.sections
    groups: list[tuple[int, list[Section]]] = []
    headed = [i for i, s in enumerate(sections) if s.level >= 1]
    top = min((sections[i].level for i in headed), default=0)
    for i, head in enumerate(sections):
        if head.level < 1:
            continue
        # The article's own title heading, alone at its level, holds the
        # whole body: sections asking "What is …?" are the body, not an FAQ.
        if i == headed[0] and head.level == top and sum(sections[k].level == top for k in headed) == 1:
            continue
        subs: list[Section] = []
        for s in sections[i + 1 :]:
            if s.level <= head.level:
                break
            subs.append(s)
        questions = [s for s in subs if s.level == head.level + 1 and is_question(s.heading)]
        if len(questions) >= 1 and len(questions) * 2 > len([s for s in subs if s.level == head.level + 1]):
            groups.append((i, questions))
    return groups


def faq_indexes(article: Article) -> set[int]:
    """Indexes of every section that belongs to an FAQ group (head included)."""
    found: set[int] = set()
    sections = article.sections
    for head, _ in faq_groups(article):
        found.add(head)
        # Every subsection, a heading that forgot its "?" included ("What Is OPEC+").
        for k in range(head + 1, len(sections)):
            if sections[k].level <= sections[head].level:
                break
            found.add(k)
    return found


def highlights_index(article: Article) -> int | None:
    """The closing bullet list's section: the last section with content, FAQ
    aside, when it holds nothing but a bullet list."""
    faq = faq_indexes(article)
    for i in range(len(article.sections) - 1, -1, -1):
        s = article.sections[i]
        if i in faq or not s.blocks:
            continue
        kinds = [b.kind for b in s.blocks]
        # An item that lost its dash may trail the list as one paragraph: the
        # list is still the closing one. That paragraph is prose now, with no
        # sign it was an item, so only the bullets count.
        closing = kinds[0] == "bullets" and all(k == "bullets" for k in kinds[:-1]) and kinds[-1] in ("bullets", "paragraph")
        if closing and not is_question(s.heading):
            return i
        return None
    return None


def body_sections(article: Article) -> list[Section]:
    """Sections of the article's body: not the highlights and not the FAQ."""
    skip = faq_indexes(article)
    h = highlights_index(article)
    if h is not None:
        skip.add(h)
    return [s for i, s in enumerate(article.sections) if i not in skip]
