"""Wozniak's rules, checked on every card before it reaches a deck.

1. one fact per card (short answers, one deletion group asked per card);
2. the answer is never visible in the question (title context included);
3. no card asks for more than three listed items;
4. every card shows the article title as context;
5. clean text: no Markdown or HTML remnants;
6. no two cards in a deck share a front.
"""

from __future__ import annotations

import re
from typing import Iterable

from ..models import Card
from ..text import clean
from . import cloze

MAX_ITEMS = 3
MAX_ANSWER = 320  # characters: longer answers are summaries, not facts
_REMNANTS = ("](", "**", "__", "`", "&#", "&amp;", "&quot;", "&lt;", "&gt;", "{{", "}}")
_NORM = re.compile(r"[^\w]+")


def norm(text: str) -> str:
    return " " + _NORM.sub(" ", text.casefold()).strip() + " "


def context(card: Card) -> str:
    """The title shown on the card, with the answer masked when the title would give it away."""
    shown = card.title
    for ans in _answers(card):
        if not norm(ans).strip():
            continue
        m = re.search(r"(?<!\w)" + re.escape(ans.strip()) + r"(?!\w)", shown, re.I)
        if m:
            shown = shown[:m.start()] + "…" + shown[m.end():]
        elif norm(ans) in norm(shown):
            return "…"
    return shown


def questions(card: Card) -> list[str]:
    """Each question the card asks, as the learner reads it (context included)."""
    ctx = context(card)
    if not card.cloze:
        return [f"{ctx}\n{card.front}"]
    return [f"{ctx}\n{cloze.question(card.front, g)}" for g in cloze.groups(card.front)]


def leaks(text: str, span: tuple[int, int]) -> bool:
    """Whether the words of ``text[span]`` can be read elsewhere in ``text``."""
    return norm(text[span[0]:span[1]]) in norm(text[:span[0]] + " … " + text[span[1]:])


def _answers(card: Card) -> list[str]:
    if card.cloze:
        return [a for g in cloze.groups(card.front) for a in cloze.answers(card.front, g)]
    return [card.answer or card.back]


def _items(text: str) -> int:
    return len([p for p in re.split(r",|;|\s(?:and|or|y|e|o|i|и|или|lub|oraz)\s", text) if p.strip()])


def _clean(text: str) -> bool:
    return not any(r in text for r in _REMNANTS)


def problems(card: Card) -> list[str]:
    """Why ``card`` breaks a rule (empty when it is fine)."""
    found = []
    if not card.title.strip():
        found.append("no title for context")
    texts = [cloze.plain(card.front) if card.cloze else card.front, card.back]
    if not all(_clean(t) for t in texts) or not texts[0].strip():
        found.append("unclean or empty text")
    if card.cloze:
        groups = cloze.groups(card.front)
        if not groups:
            found.append("cloze without deletion")
        for g in groups:
            ans = " ".join(cloze.answers(card.front, g))
            q = norm(cloze.question(card.front, g)) + norm(context(card))
            if norm(ans) in q:
                found.append(f"answer visible in question c{g}")
            if _items(ans) > MAX_ITEMS:
                found.append(f"more than {MAX_ITEMS} items in c{g}")
    else:
        if not card.back.strip():
            found.append("empty answer")
        if len(card.back) > MAX_ANSWER:
            found.append("answer too long for one fact")
        if norm(card.back) in norm(card.front) + norm(context(card)):
            found.append("answer visible in question")
    return found


def accept(cards: Iterable[Card]) -> list[Card]:
    """Cards that pass every rule, first one kept when fronts repeat within a deck."""
    return unique_fronts(c for c in cards if not problems(c))


def unique_fronts(cards: Iterable[Card]) -> list[Card]:
    """The first card of each front within a deck (a language)."""
    seen: set[tuple[str, str]] = set()
    out = []
    for c in cards:
        fronts = {(c.language, norm(q)) for q in questions(c)}
        if fronts & seen:
            continue
        seen |= fronts
        out.append(c)
    return out


def short(text: str, lang: str, limit: int = MAX_ANSWER) -> str:
    """The leading sentences of ``text`` that fit in ``limit`` characters (at least one)."""
    from ..text import sentences

    text = clean(text)
    out = ""
    for s in sentences(text, lang):
        if out and len(out) + 1 + len(s) > limit:
            break
        out = f"{out} {s}".strip()
    return out
