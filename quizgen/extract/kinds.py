"""The kind of a name, from the words around it and inside it.

Cues, strongest first: a head word inside the name ("Commission", "Act",
"Index"); initials that mark a person ("Alfred M. Best"); the kind noun that
heads its enumeration or apposition ("platforms like X, Y and Z",
"herramientas ... son X, Y y Z", "X, a software provider"), pooled over every
language version; a locative preposition before it ("in Italy").
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING, Iterable

from . import lexicon
from .cues import attributive, office_before
from .phrases import adjective
from .names import Run, tokens
from .shapes import is_capital, is_cyrillic_text

if TYPE_CHECKING:
    from .analysis import Analysis

_PRIORITY = ("platform", "tool", "person", "organization", "place", "product", "index", "law")
_INITIAL = re.compile(r"^(?:[A-ZА-Я]\.)+$")
_AFTER = re.compile(r"^\s*(?:,|\(|—|–|:)?\s*")
# Words of a search engine make its kind noun a platform ("web search tool").
_SEARCH = ("search", "búsqued", "busqued", "поиск", "wyszuk", "ricerc", "motor")


@dataclass(frozen=True)
class Mention:
    run: Run
    sentence: str


def _noun_kind(window: list[str], lang: str, last: bool) -> str | None:
    kinds = [(i, lexicon.kind_of_noun(w, lang)) for i, w in enumerate(window)]
    kinds = [(i, k) for i, k in kinds if k]
    if not kinds:
        return None
    i, kind = kinds[-1] if last else kinds[0]
    if kind in ("tool", "platform") and any(w.lower().startswith(_SEARCH) for w in window[max(0, i - 2): i + 3]):
        return "platform"
    return kind


def _before(mention: Mention, lang: str) -> str | None:
    """Kind noun heading the enumeration or phrase that leads to the name."""
    sent = mention.sentence
    words = [(t, s, e) for t, s, e in tokens(sent[: mention.run.start])]
    # The enumeration opens after the last word that is neither a name nor
    # a joiner: walk back over "X, Y and" to reach the lead-in phrase.
    k = len(words)
    conj = lexicon.joiners(lang) | {"and", "y", "и", "i", "e", "or", "o", "или", "lub"}
    while k > 0 and (is_capital(words[k - 1][0]) or (words[k - 1][0].lower() in conj and k > 1 and is_capital(words[k - 2][0]))):
        k -= 1
    lead = [w for w, _, _ in words[max(0, k - 8): k]]
    if not lead:
        return None
    near = lexicon.kind_of_noun(lead[-1], lang)
    if near:
        return _noun_kind(lead[-3:], lang, last=True)
    tail = [w.lower() for w in lead[-3:]]
    likes = lexicon.like_words(lang)
    if any(w in likes for w in tail) or k < len(words) or sent[words[k - 1][2]: mention.run.start].strip() in (":", "(", "—"):
        return _noun_kind(lead, lang, last=lang == "en")
    return None


def _after(mention: Mention, lang: str) -> str | None:
    """Apposition or copula after the name: "X, a software provider", "X is a platform"."""
    rest = mention.sentence[mention.run.end:]
    m = _AFTER.match(rest)
    follow = [t for t, _, _ in tokens(rest[m.end():])][:7] if m else []
    if not follow or not m.group(0).strip() and follow[0].lower() not in ("is", "was", "es", "fue", "è", "to", "jest", "это", "является"):
        return None
    window: list[str] = []
    for w in follow:
        if is_capital(w):
            break
        window.append(w)
    return _noun_kind(window, lang, last=False) if lang != "en" else _noun_kind(window, lang, last=True)


def _locative(mention: Mention, lang: str) -> bool:
    before = tokens(mention.sentence[: mention.run.start])
    return (bool(before) and before[-1][0].lower() in lexicon.locatives(lang) and mention.sentence[before[-1][2]: mention.run.start] == " "
            and not attributive(mention.sentence, mention.run.end, lang))


def _own_votes(analysis: "Analysis") -> list[tuple[str, Counter]]:
    """(surface name, votes) for one language version, computed once per version.

    Members of one enumeration share a cue; a title before a name votes for
    a person; a locative preposition votes for a place only without a cue.
    """
    if analysis.votes is not None:
        return analysis.votes
    from .analysis import LIST_GAP, listed as _listed
    from .trim import clean_run as _clean_run

    language = analysis.article.language
    mentions = analysis.mentions
    cues = [_before(m, language) or _after(m, language) for m in mentions]
    listed = sorted(_listed(mentions))
    for a, b in zip(listed, listed[1:]):
        if b == a + 1 and mentions[a].sentence is mentions[b].sentence:
            cues[b] = cues[b] or cues[a]
    for a, b in zip(reversed(listed[1:]), reversed(listed[:-1])):
        if a == b + 1 and mentions[a].sentence is mentions[b].sentence:
            cues[b] = cues[b] or cues[a]
    # "in Brazil, Russia, India and China": one locative places the whole list.
    placed = {k for k in listed if _locative(mentions[k], language)}
    for a, b in zip(listed, listed[1:]):
        if b == a + 1 and a in placed and mentions[a].sentence is mentions[b].sentence and LIST_GAP.fullmatch(
                mentions[a].sentence[mentions[a].run.end:mentions[b].run.start]):
            placed.add(b)
    out: list[tuple[str, Counter]] = []
    in_list = set(listed)
    for k, (mention, cue) in enumerate(zip(mentions, cues)):
        bare = _clean_run(mention.run, language, set())
        if bare is not None and bare.name != mention.run.name:
            box = Counter({cue: 2} if cue else {})
            if lexicon.is_title(mention.run.tokens[0], language):
                box["person"] += 3
            out.append((bare.name, box))
        if office_before(mention.sentence, mention.run.start):
            out.append((mention.run.name, Counter({"person": 3})))
        elif cue and not (_locative(mention, language) and k not in in_list):
            out.append((mention.run.name, Counter({cue: 2})))
        elif _locative(mention, language) or k in placed:
            # Right after "in", a name is a place even when a kind noun
            # stands further back ("an organization based in San Francisco").
            out.append((mention.run.name, Counter({"place": 1})))
        else:
            out.append((mention.run.name, Counter()))
    out.extend((name, Counter({"person": 2})) for name in surnamed(analysis.surfaces, language))
    analysis.votes = out
    return out


_NAME_WORD = re.compile(r"^[^\W\d_][^\W\d_'’-]*(?:['’-][^\W\d_]+)*$")


def surnamed(surfaces: set[str], lang: str) -> list[str]:
    """Full names whose last word the article also writes alone ("Milton
    Friedman" ... "Friedman"): people, named again by their surname. Polish
    and Russian decline the surname ("Фридмана")."""
    inflects = lang in lexicon.DECLINING
    alone = {s for s in surfaces if " " not in s and s[:1].isupper() and not s.isupper()}
    keys = {w[: max(4, len(w) - 2)] for w in alone} if inflects else alone
    out = []
    for name in sorted(surfaces):
        words = name.split()
        if not 2 <= len(words) <= 3 or not all(_NAME_WORD.match(w) and w[:1].isupper() and not w.isupper() for w in words):
            continue
        if any(lexicon.head_kind(w, lang) or lexicon.is_title(w, lang) for w in words) or words[0].lower() in lexicon.compass(lang):
            continue
        last = words[-1]
        if (last[: max(4, len(last) - 2)] if inflects else last) in keys:
            out.append(name)
    return out


def kind_votes(own: "Analysis", others: Iterable["Analysis"], lang: str, recurs=lambda name: False) -> dict[str, Counter]:
    """Kind votes per surface name, pooled over every language version."""
    votes: dict[str, Counter] = {}
    for analysis in (own, *others):
        for name, box in _own_votes(analysis):
            votes.setdefault(name, Counter()).update(box)
    return votes


def resolve_kind(run: Run, mentions: list[Mention], votes: dict[str, Counter], lang: str, translated: bool | None = None) -> str:
    """The kind of ``run``. ``translated``: the other versions spell the name
    differently (True), alike (False), or there is nothing to compare (None)."""
    # A law names itself first ("Regulation FD", "Ley de ...", "Закон о ...")
    # or last ("Federal Reserve Act").
    if len(run.tokens) > 1 and lexicon.head_kind(run.tokens[0], lang) == "law":
        return "law"
    for kind in ("law", "index", "place", "organization"):
        span = run.tokens if kind == "organization" else run.tokens[-2:]
        # Russian leaves the head in lower case ("Гарвардском университете").
        if any(lexicon.head_kind(t, lang) == kind for t in span if is_capital(t) or kind == "organization" and t.isalpha()):
            return kind
    if lexicon.is_institution(run.tokens[0], lang) or lexicon.is_institution(run.tokens[-1], lang):
        return "organization"
    if len(run.tokens) == 1 and re.fullmatch(r"(?:[A-Z]\.){2}", run.name):
        return "place"  # U.S., U.K.: dotted country initials
    if len(run.tokens) == 1 and run.tokens[0].isupper() and any(_locative(m, lang) for m in mentions):
        return "place"
    if len(run.tokens) >= 2 and (any(_INITIAL.match(t) or (len(t) == 1 and t.isupper()) for t in run.tokens[:-1])):
        return "person"
    box = Counter(votes.get(run.name, Counter()))
    for m in mentions:
        box.update(votes.get(m.run.name, Counter()))
    if box:
        best = max(box.values())
        return next(k for k in _PRIORITY if box.get(k) == best)
    if any(lexicon.head_kind(t, lang) or lexicon.own_head(t, lang) for t in run.tokens):
        return "organization"
    return _unmarked(run, translated)


def _unmarked(run: Run, translated: bool | None) -> str:
    """No cue at all. Translators change the names of places (Germany,
    Alemania, Niemcy) but keep those of firms and people (Enron, Gunnar
    Myrdal); a Cyrillic name cannot be compared, and alone is most often a
    place (a person is named in full first)."""
    toks = run.tokens
    cyrillic = is_cyrillic_text(run.name)
    if translated or len(toks) == 1 and cyrillic:
        return "place"
    if (translated is False or cyrillic and not adjective(toks[0])) and 2 <= len(toks) <= 3 and all(
            _NAME_WORD.match(t) and t[:1].isupper() and not t.isupper() for t in toks):
        return "person"
    return "organization"
