"""Entity cards: each named entity deleted in the sentence that names it.

One note per name, so each card asks exactly one name; in a list the other
names stay visible as the cue. A list of more than three names is a set, not
a fact: only its first name is asked (the rest are the cue), and listing.py
asks what the names are. A name given as an aside ("…, especially X") is an
example, not the point of the sentence, and gets no card. Long sentences are
cut to the clause around the name; a cut that leaves a fragment ("… traffic by
…") is no card either. The entity's kind is the hint only where it tells the learner
something a sentence may not ("[platform]", "[person]"); broad or error-prone
kinds (organization, place) would mislead more often than help.
"""

from __future__ import annotations

from ..language import is_stopword
from ..models import Card, Extraction
from ..text import clean
from . import cloze
from .base import card
from .clauses import around, aside, fragment
from .groups import runs
from .quality import MAX_ITEMS
from .phrases import kind_label
from .quality import leaks
from .spans import cue, find
from .subjects import named, standalone

MIN_CUE = 3  # content words left in the sentence
HINTED = frozenset({"person", "platform", "tool", "product", "law", "index", "event"})


def entity_cards(ex: Extraction) -> list[Card]:
    lang = ex.article.language
    out = []
    asked: set[str] = set()
    names = [clean(e.name) for e in ex.entities if e.name.strip()]
    for e in ex.entities:
        name = clean(e.name)
        if not e.sentence or not name or name.casefold() in asked:
            continue
        text = standalone(clean(e.sentence), named(ex), lang)
        span = find(name, text)
        if not span or not cloze.deletable(text[span[0]:span[1]]) or leaks(text, span):
            continue
        if (span[0] == 0 and is_stopword(name, lang)) or cue(text, span, lang) < MIN_CUE:
            continue  # "What's more…" opens with no name; "[…] (2 billion users)" leaves no cue
        if _listed_later(text, span, names) or aside(text, span, lang):
            continue
        text, span = around(text, span)
        if fragment(text):
            continue
        asked.add(name.casefold())
        hint = kind_label(lang, e.kind) if e.kind in HINTED else ""
        out.append(card(ex, "entity", f"entity:{name}", cloze.build(text, [(span[0], span[1], 1)], {1: hint}),
                        cloze=True, answer=text[span[0]:span[1]]))
    return out


def _listed_later(text: str, span: tuple[int, int], names: list[str]) -> bool:
    """Whether ``span`` is a later item of a list of more than three names in ``text``."""
    spans = [s for n in names if (s := find(n, text))]
    return any(span in run[1:] for run in runs(text, spans + [span]) if len(run) > MAX_ITEMS)
