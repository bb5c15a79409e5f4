"""The quiz records: questions grouped in sections, one Quiz per printed form."""

from __future__ import annotations

from dataclasses import dataclass, replace


@dataclass(frozen=True)
class Question:
    """One numbered question.

    ``before``/``after`` surround a gap when ``gapped``; otherwise ``before`` is
    the whole prompt. ``options`` are the printed choices (multiple choice) and
    ``answer`` is the correct text; for matching, ``answer`` is one of the
    section's ``bank`` entries.
    """

    kind: str  # "choice" | "blank" | "match" | "short"
    before: str
    answer: str
    after: str = ""
    gapped: bool = False
    ask: str = ""  # a short lead-in line ("Which term does this describe?")
    options: tuple[str, ...] = ()
    number: int = 0

    @property
    def correct(self) -> int:
        """Index of the correct option (-1 when the question has no options)."""
        return self.options.index(self.answer) if self.answer in self.options else -1

    def numbered(self, number: int) -> "Question":
        return replace(self, number=number)


@dataclass(frozen=True)
class Section:
    kind: str
    questions: tuple[Question, ...]
    bank: tuple[str, ...] = ()  # word bank (blanks) or lettered descriptions (matching)


@dataclass(frozen=True)
class Quiz:
    language: str
    slug: str
    title: str
    sections: tuple[Section, ...]
    version: int = 1  # 1-based; printed as a letter when there are several

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(q for s in self.sections for q in s.questions)
