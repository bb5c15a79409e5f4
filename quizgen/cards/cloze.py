"""Anki cloze markup over plain text: build it, parse it, show one card of it.

``Card.front`` of a cloze card is plain text with ``{{cN::answer::hint}}``
markers. Source text can never open or close a marker: :func:`inert` breaks
``{{`` and ``}}`` apart, and deletions never contain ``::``. Exporters escape
the pieces they get from :func:`parse`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_MARK = re.compile(r"\{\{c(\d+)::(.*?)\}\}", re.S)


@dataclass(frozen=True)
class Piece:
    text: str
    group: int = 0  # 0: plain text; N: part of deletion cN
    hint: str = ""


def inert(text: str) -> str:
    """Source text that cannot form or break Anki markup."""
    while "{{" in text or "}}" in text:
        text = text.replace("{{", "{ {").replace("}}", "} }")
    return text


def deletable(text: str) -> bool:
    return bool(text.strip()) and "::" not in text and "{" not in text and "}" not in text


def build(text: str, spans: list[tuple[int, int, int]], hints: dict[int, str] | None = None) -> str:
    """Mark ``(start, end, group)`` spans of ``text`` as deletions ``c<group>``.

    Spans must not overlap; ``hints`` maps a group to its hint (e.g. an entity kind).
    """
    hints = hints or {}
    out: list[str] = []
    pos = 0
    for start, end, group in sorted(spans):
        out.append(inert(text[pos:start]))
        hint = hints.get(group, "")
        body = text[start:end] + (f"::{hint}" if hint else "")
        out.append(f"{{{{c{group}::{body}}}}}")
        pos = end
    out.append(inert(text[pos:]))
    return "".join(out)


def parse(front: str) -> list[Piece]:
    """Split cloze markup into plain and deleted pieces."""
    pieces: list[Piece] = []
    pos = 0
    for m in _MARK.finditer(front):
        if m.start() > pos:
            pieces.append(Piece(front[pos:m.start()]))
        body, _, hint = m.group(2).partition("::")
        pieces.append(Piece(body, int(m.group(1)), hint))
        pos = m.end()
    if pos < len(front):
        pieces.append(Piece(front[pos:]))
    return pieces


def groups(front: str) -> list[int]:
    return sorted({p.group for p in parse(front) if p.group})


def question(front: str, group: int, gap: str = "[…]") -> str:
    """The text a learner sees on card ``group``: that deletion hidden, others shown."""
    out = []
    for p in parse(front):
        if p.group == group:
            out.append(f"[{p.hint}]" if p.hint else gap)
        else:
            out.append(p.text)
    return "".join(out)


def answers(front: str, group: int) -> list[str]:
    return [p.text for p in parse(front) if p.group == group]


def plain(front: str) -> str:
    """The full sentence with every deletion filled in."""
    return "".join(p.text for p in parse(front))
