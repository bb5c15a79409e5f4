"""Named entities: the platforms, tools, organizations, people, places,
products, indexes and laws an article names, each with a kind.

There is no list of names. A capitalised run (see :mod:`.names`) becomes a
name when the text gives evidence for it: it is capitalised in mid-sentence,
it is CamelCase, it is Latin script inside Cyrillic text, it recurs unchanged
in the other language versions of the article, or it stands in an enumeration
with other names. Evidence against it: the word is seen in lower case in the
article or its versions (a common noun), it is a month, a nationality, a word
of the title, or an acronym that abbreviates a lower-case phrase ("search
engine optimization (SEO)"), i.e. a concept.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..language import stem, stopwords
from ..models import Article, Entity
from ..text import sentences
from . import lexicon
from .kinds import Mention, kind_votes, resolve_kind
from .names import Run, is_acronym, is_capital, is_cyrillic_text, is_latin, runs, tokens

_ACRONYM_DEF = re.compile(r"(\S+)\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
_POSSESSIVE = re.compile(r"['’]s$")


@dataclass
class Analysis:
    """What one language version says about its capitalised runs."""

    article: Article
    mentions: list[Mention] = field(default_factory=list)
    lower: set[str] = field(default_factory=set)  # lower-case words seen
    concepts: set[str] = field(default_factory=set)  # acronyms of lower-case phrases
    aliases: dict[str, str] = field(default_factory=dict)  # acronym -> full name
    surfaces: set[str] = field(default_factory=set)  # every run's name


def _texts(article: Article) -> list[str]:
    """Prose, list items and table cells: everything but headings."""
    out: list[str] = []
    for section in article.sections:
        for block in section.blocks:
            if block.text:
                out.append(block.text)
            elif block.items:
                out.extend(block.items)
    return out


@lru_cache(maxsize=512)
def analyse(article: Article) -> Analysis:
    lang = article.language
    found = Analysis(article)
    for text in _texts(article):
        for sent in sentences(text, lang):
            for word, _, _ in tokens(sent):
                for part in word.split("-"):
                    if part and part.islower():
                        found.lower.add(part)
                        found.lower.add("~" + stem(part, lang))
            for m in _ACRONYM_DEF.finditer(sent):
                before, acronym = m.group(1).strip("(,"), m.group(2).rstrip(".")
                if not is_acronym(acronym):
                    continue
                if before[:1].islower():
                    found.concepts.add(acronym)
            for run in runs(sent, lang):
                found.surfaces.add(run.name)
                found.mentions.append(Mention(run, sent))
    # An acronym right after a capitalised run is that run's other name.
    for i, mention in enumerate(found.mentions):
        run = mention.run
        rest = mention.sentence[run.end:]
        m = re.match(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)", rest)
        if m and len(run.tokens) > 1 and is_acronym(m.group(1)):
            found.aliases.setdefault(m.group(1), run.name)
    return found


def _clean_run(run: Run, lang: str, family_surfaces: set[str]) -> Run | None:
    """Drop leading function words ("The Fed") and a possessive ending."""
    toks = list(run.tokens)
    name = run.name
    stops = stopwords(lang) | stopwords("en")
    while len(toks) > 1 and toks[0].lower() in stops and not is_acronym(toks[0]):
        name = name[len(toks[0]):].lstrip()
        toks.pop(0)
    if len(toks) == 1 and toks[0].lower() in stops and not is_acronym(toks[0]):
        return None
    if not toks:
        return None
    if _POSSESSIVE.search(name) and name not in family_surfaces:
        name = _POSSESSIVE.sub("", name)
        toks[-1] = _POSSESSIVE.sub("", toks[-1])
    opener = run.opener and tuple(toks) == run.tokens
    return Run(name, tuple(toks), run.start, run.end, opener)


class _Family:
    """Evidence pooled over an article and its other language versions."""

    def __init__(self, article: Article, siblings: Sequence[Article]) -> None:
        self.own = analyse(article)
        self.others = [analyse(s) for s in siblings if s.language != article.language]
        every = [self.own, *self.others]
        self.lower = set().union(*(a.lower for a in every))
        self.concepts = set().union(*(a.concepts for a in every))
        self.aliases: dict[str, str] = dict(self.own.aliases)
        self.surfaces = set().union(*(a.surfaces for a in every))
        self.other_text = [" ".join(_texts(a.article)) for a in self.others]
        self.lang = article.language
        self.cyrillic = is_cyrillic_text(" ".join(article.paragraphs[:5]))
        title = article.title + " " + " ".join(s.article.title for s in self.others)
        self.title_words = {w.lower() for w, _, _ in tokens(title)}

    def recurs(self, name: str) -> bool:
        """Written the same way in another language version."""
        pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
        return any(pattern.search(t) for t in self.other_text)

    def seen_lower(self, token: str) -> bool:
        low = token.lower()
        return low in self.lower or "~" + stem(low, self.lang) in self.own.lower

    def rejected(self, run: Run) -> bool:
        toks = run.tokens
        lang = self.lang
        if all(t.lower() in self.title_words for t in toks):
            return True
        if len(toks) == 1:
            tok = toks[0]
            if is_acronym(tok):
                return True  # kept only as an alias or inside a longer name
            if lexicon.is_month(tok, lang) or lexicon.is_month(tok, "en"):
                return True
            if lexicon.is_demonym(tok, lang) and not self.recurs(tok):
                return True
            if self.seen_lower(tok):
                return True
            if tok.isdigit():
                return True
            return False
        if any(lexicon.is_month(t, lang) for t in toks[:1]):
            return True
        heads = any(lexicon.head_kind(t, lang) for t in toks)
        if not heads and all(self.seen_lower(t) or is_acronym(t) for t in toks) and not self.recurs(run.name):
            return True
        return False

    def evidence(self, run: Run, listed: bool) -> bool:
        name = run.name
        if not run.opener or listed:
            return True
        if any(is_capital(t[1:]) for t in run.tokens if len(t) > 1 and t[0].isupper()):
            return True  # CamelCase: PromoRepublic, TikTok
        if self.cyrillic and all(is_latin(t) for t in run.tokens):
            return True
        return self.recurs(name)


def entities(article: Article, siblings: Sequence[Article] = ()) -> tuple[Entity, ...]:
    family = _Family(article, siblings)
    lang = article.language
    accepted: dict[str, tuple[Run, list[Mention]]] = {}
    non_opener: set[str] = set()
    listed = _listed(family.own.mentions)
    for k, mention in enumerate(family.own.mentions):
        run = _clean_run(mention.run, lang, family.surfaces)
        if run is None:
            continue
        if len(run.tokens) == 1 and is_acronym(run.tokens[0]):
            full = family.aliases.get(run.tokens[0])
            if full is not None and full in accepted:
                accepted[full][1].append(Mention(run, mention.sentence))
                continue
            if run.tokens[0] not in family.concepts and k in listed:
                accepted.setdefault(run.name, (run, []))[1].append(Mention(run, mention.sentence))
            continue
        if family.rejected(run):
            continue
        if not run.opener:
            non_opener.add(run.name)
        if family.evidence(run, k in listed) or run.name in non_opener:
            accepted.setdefault(run.name, (run, []))[1].append(Mention(run, mention.sentence))
    # Opener-only mentions are names when the same name occurs mid-sentence.
    for mention in family.own.mentions:
        run = _clean_run(mention.run, lang, family.surfaces)
        if run and run.name in non_opener and run.name not in accepted and not family.rejected(run):
            accepted.setdefault(run.name, (run, []))[1].append(Mention(run, mention.sentence))
    votes = kind_votes(family.own, family.others, lang)
    found = [Entity(name, resolve_kind(run, mentions, votes, lang), mentions[0].sentence) for name, (run, mentions) in accepted.items()]
    return tuple(_drop_parts(found))


def _listed(mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that stand in a comma list with another name."""
    out: set[int] = set()
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.sentence is not b.sentence:
            continue
        gap = a.sentence[a.run.end:b.run.start]
        if re.fullmatch(r"\s*(,|,?\s*\S{1,3}|;)\s*", gap):
            out.update({k - 1, k})
    return out


def _drop_parts(found: list[Entity]) -> list[Entity]:
    """A lone surname after the full name is the same person (Pareto)."""
    people = [e.name.split() for e in found if e.kind == "person" and " " in e.name]
    out = []
    for e in found:
        if " " not in e.name and any(e.name in parts for parts in people):
            continue
        out.append(e)
    return out
