"""The frozen records that flow down the pipeline.

``Article`` (sources + parsing) -> ``Extraction`` (extract) -> ``Card`` (cards)
-> decks and quizzes (exporters). Nothing downstream reaches back up.
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Link:
    """A glossary link as written in the body, already merged and cleaned."""

    text: str
    target: str
    sentence: str = ""


@dataclass(frozen=True)
class Block:
    """One block of body text: a paragraph, a list, a call-out or a table.

    ``items`` holds list items (or table cells); ``text`` holds prose.
    """

    kind: str  # "paragraph" | "bullets" | "ordered" | "callout" | "table"
    text: str = ""
    items: tuple[str, ...] = ()
    line: int = 0
    emphasis: tuple[str, ...] = ()  # bold or italic spans of ``text``, as plain text


@dataclass(frozen=True)
class Section:
    heading: str
    level: int
    line: int
    blocks: tuple[Block, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(b.text for b in self.blocks if b.kind in ("paragraph", "callout") and b.text)


@dataclass(frozen=True)
class Article:
    """A parsed source file: front matter plus the Markdown's structure as plain text."""

    path: str
    slug: str
    language: str
    title: str
    description: str = ""
    keywords: tuple[str, ...] = ()
    sections: tuple[Section, ...] = ()
    links: tuple[Link, ...] = ()
    warnings: tuple[str, ...] = ()

    @property
    def paragraphs(self) -> tuple[str, ...]:
        return tuple(p for s in self.sections for p in s.paragraphs)


@dataclass(frozen=True)
class Definition:
    term: str
    text: str


@dataclass(frozen=True)
class Entity:
    name: str
    kind: str
    sentence: str = ""


@dataclass(frozen=True)
class Term:
    text: str
    target: str
    sentence: str = ""


@dataclass(frozen=True)
class FaqPair:
    question: str
    answer: str


@dataclass(frozen=True)
class Extraction:
    """Everything quizgen learned from one article."""

    article: Article
    definitions: tuple[Definition, ...] = ()
    highlights: tuple[str, ...] = ()
    entities: tuple[Entity, ...] = ()
    terms: tuple[Term, ...] = ()
    faq: tuple[FaqPair, ...] = ()
    sentences: tuple[str, ...] = field(default=(), repr=False)

    @property
    def term(self) -> str:
        """The article's own term: the first definition's, else the title."""
        return self.definitions[0].term if self.definitions else self.article.title


@dataclass(frozen=True)
class Card:
    """One note for Anki and one question source for quizzes.

    ``kind`` names the generator; ``key`` is the card's identity inside its
    article (stable across text edits), used for the note GUID.
    For cloze cards ``front`` holds Anki cloze markup and ``back`` extra text.
    """

    kind: str
    key: str
    language: str
    slug: str
    title: str
    front: str
    back: str
    cloze: bool = False
    tags: tuple[str, ...] = ()
    answer: str = ""
