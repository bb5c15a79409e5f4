"""Seeded shuffles: the same seed, article and version always give the same form."""

from __future__ import annotations

import hashlib
import random
from dataclasses import replace
from typing import Sequence, TypeVar

from .model import Question, Quiz, Section

T = TypeVar("T")


def rng(*parts: object) -> random.Random:
    """A Random seeded from ``parts`` through SHA-256 (stable across runs and processes)."""
    digest = hashlib.sha256("\x1f".join(map(str, parts)).encode("utf-8")).digest()
    return random.Random(int.from_bytes(digest[:8], "big"))


def shuffled(items: Sequence[T], r: random.Random) -> list[T]:
    out = list(items)
    r.shuffle(out)
    return out


def _shuffle_question(q: Question, r: random.Random) -> Question:
    if q.kind != "choice":
        return q
    return replace(q, options=tuple(shuffled(q.options, r)))


def _shuffle_section(section: Section, r: random.Random) -> Section:
    questions = [_shuffle_question(q, r) for q in shuffled(section.questions, r)]
    # The word bank is re-ordered too; matching descriptions stay as lettered.
    bank = tuple(shuffled(section.bank, r)) if section.kind in ("blank", "match") else section.bank
    return replace(section, questions=tuple(questions), bank=bank)


def version(quiz: Quiz, seed: object, number: int) -> Quiz:
    """Form ``number`` (1-based) of ``quiz``: sections kept in order, their content shuffled,
    then every question numbered across the whole quiz."""
    r = rng("version", seed, quiz.language, quiz.slug, number)
    sections = [_shuffle_section(s, r) for s in quiz.sections]
    n = 0
    numbered = []
    for s in sections:
        qs = []
        for q in s.questions:
            n += 1
            qs.append(q.numbered(n))
        numbered.append(replace(s, questions=tuple(qs)))
    return replace(quiz, sections=tuple(numbered), version=number)
