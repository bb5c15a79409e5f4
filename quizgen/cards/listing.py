"""What a list of names is a list of: the head noun phrase deleted, the names as cue.

"Some popular X are A, B, C, D", "X such as A, B, C, D", "…X, including A, B, C, D":
asking for a fourth name is trivia, but asking what A…D are is a fact. The
head is the noun phrase right before the list marker; after a comma
("…for Y, including A, B") the nearest phrase may be another one, so there
the head must name the names' kind ("platforms" for platforms) or no card is made.
"""

from __future__ import annotations

import re

from ..models import Card, Extraction
from ..text import clean
from . import cloze, nouns
from .base import card
from .clauses import around
from .groups import runs
from .phrases import kind_label
from .quality import MAX_ITEMS, leaks, norm
from .spans import find
from .subjects import named, standalone

# What introduces a list, per language (after the head, before the first name).
_MARKERS = {
    "en": r"such as|like|including|include|includes|e\.g\.|for example|namely|are|were",
    "es": r"tales como|como|incluidas|incluidos|incluyendo|entre ellas|entre ellos|son|fueron",
    "it": r"come|quali|tra cui|fra cui|inclusi|incluse|compresi|comprese|sono|erano",
    "ru": r"такие как|таких как|такими как|как|включая|например|это",
    "pl": r"takie jak|takich jak|takimi jak|jak|w tym|np\.|na przykład|to|są",
}
_HEAD_LAST = frozenset({"en"})  # languages whose noun phrase ends with its head noun


def _marker(before: str, lang: str) -> re.Match | None:
    words = _MARKERS.get(lang, _MARKERS["en"])
    return re.search(r"(?:(?<=\s)(?:" + words + r")|[:—–])[\s,:—–-]*$", before, re.I)


def head(text: str, run: list[tuple[int, int]], kind: str, lang: str) -> tuple[int, int] | None:
    """The span of the noun phrase that says what the listed names are."""
    m = _marker(text[:run[0][0]], lang)
    if not m:
        return None
    gap = re.search(r"[\s,—–(-]*$", text[:m.start()])
    clause_start = max(text.rfind(c, 0, gap.start()) for c in ".;:—(") + 1
    clause = text[clause_start:gap.start()]
    label = kind_label("en", kind) and kind_label(lang, kind)
    found = nouns.holding(clause, label, lang) if label else None
    if found:
        return clause_start + found[0], clause_start + found[1]
    if "," in gap.group():
        return None  # "…for Y, including A, B": Y may not be what A and B are
    found = nouns.before(text, gap.start(), lang)
    if found and lang in _HEAD_LAST:  # "adoption of [social media networks] — including A, B"
        of = list(re.finditer(r"\s(?:of)\s", text[found[0]:found[1]]))
        found = (found[0] + of[-1].end(), found[1]) if of else found
    return found


def listing_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    out = []
    done: set[str] = set()
    names = {clean(e.name): e.kind for e in ex.entities if e.name.strip()}
    for e in ex.entities:
        if not e.sentence or norm(e.sentence) in done:
            continue
        text = standalone(clean(e.sentence), named(ex), lang)
        spans = [s for n in names if (s := find(n, text))]
        for run in runs(text, spans):
            if len(run) <= MAX_ITEMS:
                continue
            first = text[run[0][0]:run[0][1]]
            span = head(text, run, names.get(first, e.kind), lang)
            if not span or not cloze.deletable(text[span[0]:span[1]]) or leaks(text, span):
                continue
            if norm(text[span[0]:span[1]]) in norm(clean(ex.article.title)):
                continue  # the title on the card would give it away
            done.add(norm(e.sentence))
            cut, whole = around(text, (span[0], run[-1][1]))
            start = whole[0]
            hs = (start, start + span[1] - span[0])
            out.append(card(ex, "entity", f"entity-list:{first}", cloze.build(cut, [(hs[0], hs[1], 1)]),
                            cloze=True, answer=cut[hs[0]:hs[1]]))
    return out
