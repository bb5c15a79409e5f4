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
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Sequence

from ..language import stem, stopwords
from ..models import Article, Entity
from ..text import sentences
from . import lexicon
from .kinds import Mention, kind_votes, resolve_kind
from .names import Run, is_acronym, is_capital, is_cyrillic_text, is_latin, runs, tokens

_ACRONYM_DEF = re.compile(r"(?<!\S)(\S+)\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)")
# "ROI (return on investment)": an acronym spelled out in lower case.
_ACRONYM_SPELLED = re.compile(r"(?<!\S)(\S+)\s*\(([^\W\d_][^()]{3,80})\)")
# "Комиссией по ценным бумагам (SEC)": a name whose later words stay lower case.
_PHRASE_DEF = re.compile(r"(?<![\w.])([A-ZА-ЯЁŁŚŻ][^\W\d_]+(?:\s+[^\W\d_]+){1,7})\s*\(([A-Z][A-Za-z&]{1,9})\)")
_ARTICLES = frozenset("the a an this these that those its their our his her el la los las un una unos unas il lo gli le uno i".split())
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’](?=[A-Z])")
_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})
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
    mid: set[str] = field(default_factory=set)  # runs seen in mid-sentence
    phrases: list[tuple[str, str, str, int]] = field(default_factory=list)  # name, acronym, sentence, offset
    votes: list | None = None  # kind votes per surface, filled once by kinds._own_votes
    _by_head: dict[str, set[str]] = field(default_factory=dict)

    def has_stem(self, word: str) -> bool:
        """A lower-case word of this version shares ``word``'s stem.

        Stems are suffix cuts, so only words with the same first letters
        can share one: stemming those few on demand is far cheaper than
        stemming every word of the article.
        """
        lang = self.article.language
        if not self._by_head:
            for w in self.lower:
                folded = _fold(w)
                self._by_head.setdefault(folded[:2], set()).add(w)
                self._by_head.setdefault(folded[:3] + "+", set()).add(w)
        target = stem(word, lang)
        key = _fold(word)[:3] + "+" if len(target) >= 3 else _fold(word)[:2]
        return any(stem(w, lang) == target for w in self._by_head.get(key, ()))


def _fold(word: str) -> str:
    """The first letters without accents (Snowball may drop an accent)."""
    folded = unicodedata.normalize("NFD", word[:4].lower())
    return "".join(c for c in folded if not unicodedata.combining(c))


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
            for m in _ACRONYM_DEF.finditer(sent):
                before, acronym = m.group(1).strip("(,"), m.group(2).rstrip(".")
                if not is_acronym(acronym):
                    continue
                if before[:1].islower():
                    found.concepts.add(acronym)
            for m in _ACRONYM_SPELLED.finditer(sent):
                acronym, spelled = m.group(1).strip("(,"), m.group(2)
                if is_acronym(acronym) and spelled[:1].islower():
                    found.concepts.add(acronym)
            for m in _PHRASE_DEF.finditer(sent):
                phrase = m.group(1)
                if not phrase.split()[1][:1].isupper():
                    found.phrases.append((phrase, m.group(2), sent, m.start()))
            for run in runs(sent, lang):
                bare = _clean_run(run, lang, set()) or run
                found.surfaces.update({run.name, bare.name})
                if not run.opener:
                    found.mid.update({run.name, bare.name})
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
    elided = _ELISION.match(name)
    if elided:
        name = name[elided.end():]
        toks[0] = toks[0][elided.end():]
    while toks and (toks[0].lower() in _ARTICLES and (len(toks) > 1 or run.opener) or toks[0].isdigit()):
        name = name[len(toks[0]):].lstrip()
        toks.pop(0)
    if not toks:
        return None
    # A title or honorific before a name is a cue, not part of it.
    while len(toks) > 1 and lexicon.is_title(toks[0], lang):
        name = name[len(toks[0]):].lstrip(". ")
        toks.pop(0)
    # "Standard and Poor's": a possessive after a joiner belongs to the firm.
    joined = len(toks) > 2 and toks[-2].lower() in ("and", "&", "y", "e", "i", "и")
    if _POSSESSIVE.search(name) and name not in family_surfaces and not joined:
        name = _POSSESSIVE.sub("", name)
        toks[-1] = _POSSESSIVE.sub("", toks[-1])
    opener = run.opener and toks[0] == run.tokens[0]
    return Run(name, tuple(toks), run.start + (len(run.name) - len(name) if name and run.name.endswith(name) else 0), run.end, opener)


class _Family:
    """Evidence pooled over an article and its other language versions."""

    def __init__(self, article: Article, siblings: Sequence[Article]) -> None:
        self.own = analyse(article)
        self.others = [analyse(s) for s in siblings if s.language != article.language]
        every = [self.own, *self.others]
        self.lower = set().union(*(a.lower for a in every))
        self.prefixes = {w[:7] for w in self.lower if len(w) >= 7}
        self.concepts = set().union(*(a.concepts for a in every))
        self.aliases: dict[str, str] = dict(self.own.aliases)
        self.surfaces = set().union(*(a.surfaces for a in every))
        self.other_text = [" ".join(_texts(a.article)) for a in self.others]
        self._recurs: dict[str, bool] = {}
        self.lang = article.language
        self.cyrillic = is_cyrillic_text(" ".join(article.paragraphs[:5]))
        title = article.title + " " + " ".join(s.article.title for s in self.others)
        self.title_words = {w.lower() for w, _, _ in tokens(title)}

    def recurs(self, name: str) -> bool:
        """Written the same way in another language version."""
        if name not in self._recurs:
            pattern = re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")
            self._recurs[name] = any(name in t and pattern.search(t) for t in self.other_text)
        return self._recurs[name]

    def seen_lower(self, token: str) -> bool:
        low = token.lower()
        if low in self.lower or self.own.has_stem(low):
            return True
        # "Интернет" is "internet", seen in lower case in another version.
        latin = low.translate(_TRANSLIT)
        return latin != low and (latin in self.lower or len(latin) >= 7 and latin[:7] in self.prefixes)

    def unopen(self, run: Run | None) -> Run | None:
        """A sentence's first word that is a common noun is not part of the name."""
        if run is None or not run.opener or len(run.tokens) < 2:
            return run
        first = run.tokens[0]
        name = run.name[len(first):].lstrip(". ")
        common = first.lower() in stopwords(self.lang) and self.seen_lower(first)
        if self.recurs(run.name) or not common and not any(name in a.mid for a in (self.own, *self.others)):
            return run
        return Run(name, run.tokens[1:], run.end - len(name), run.end, False)

    def rejected(self, run: Run) -> bool:
        toks = run.tokens
        lang = self.lang
        if all(_POSSESSIVE.sub("", t.lower()) in self.title_words for t in toks):
            return True
        if len(toks) == 1:
            tok = toks[0]
            if is_acronym(tok):
                return True  # kept only as an alias or inside a longer name
            if lexicon.is_month(tok, lang) or lexicon.is_month(tok, "en"):
                return True
            if lexicon.is_demonym(tok, lang) and not any(tok in a.mid for a in self.others):
                return True
            if self.seen_lower(tok):
                return True
            if tok.isdigit() or len(tok) < 2:
                return True
            # A lone head noun ("Комиссии", "Comisión") is a name cut short
            # whose other words stay lower case, not a name of its own.
            if lang != "en" and lexicon.own_head(tok, lang) in ("organization", "law") and not self.recurs(tok):
                return True
            # Pronouns capitalised in letters ("Twoja", "Ci"); English's
            # long stop list also holds names, so it must be seen lower case.
            if tok.lower() in stopwords(lang) and (lang != "en" or len(tok) <= 3):
                return True
            return False
        if any(lexicon.is_month(t, lang) for t in toks[:1]):
            return True
        heads = any(lexicon.head_kind(t, lang) for t in toks)
        if all(is_acronym(t) for t in toks):
            return True
        if not heads and all(self.seen_lower(t) for t in toks):
            return True
        return False

    def evidence(self, run: Run, listed: bool) -> bool:
        name = run.name
        if not run.opener or listed:
            return True
        if any(any(c.islower() for c in t) and any(c.isupper() for c in t[1:]) for t in run.tokens):
            return True  # CamelCase: PromoRepublic, TikTok
        if self.cyrillic and all(is_latin(t) for t in run.tokens):
            return True
        if name in self.own.aliases.values():
            return True  # spelled out before its acronym: "Komisja ... (SEC)"
        if len(run.tokens) > 1 and any(lexicon.head_kind(t, self.lang) not in (None, "place") for t in run.tokens) and not all(self.seen_lower(t) for t in run.tokens):
            return True  # "AARP Services", "Pew Research Center" opening a sentence
        if sum(t.isalpha() for t in run.tokens) > 1 and not any(self.seen_lower(t) for t in run.tokens):
            return True  # "Joseph Juran, ..." opening a sentence
        # Recurring as a sentence opener proves little: "Visto" opens
        # sentences in Spanish and Italian alike.
        return any(name in a.mid for a in self.others) or sum(name in a.surfaces for a in self.others) >= 2


def entities(article: Article, siblings: Sequence[Article] = ()) -> tuple[Entity, ...]:
    family = _Family(article, siblings)
    lang = article.language
    accepted: dict[str, tuple[Run, list[Mention]]] = {}
    mentions = family.own.mentions
    listed = _listed(mentions)
    elsewhere = set().union(*(a.surfaces for a in family.others)) if family.others else set()
    cleaned = [family.unopen(_clean_run(m.run, lang, elsewhere)) for m in mentions]
    mid = {r.name for r in cleaned if r is not None and not r.opener}

    def accept(run: Run, sentence: str) -> None:
        accepted.setdefault(run.name, (run, []))[1].append(Mention(run, sentence))

    # Names whose later words stay lower case, defined by an acronym.
    for phrase, acronym, sentence, offset in family.own.phrases:
        if acronym not in family.concepts and not any(phrase in r.name for r in cleaned if r):
            run = Run(phrase, tuple(phrase.split()), offset, offset + len(phrase), False)
            family.aliases.setdefault(acronym, phrase)
            accept(run, sentence)
    for k, (mention, run) in enumerate(zip(mentions, cleaned)):
        if run is None:
            continue
        if len(run.tokens) == 1 and is_acronym(run.tokens[0]):
            if run.tokens[0].lower() in family.title_words or run.tokens[0] in family.aliases or run.tokens[0] in family.concepts:
                continue  # another name for a name found in full, or a concept
            if run.tokens[0] not in family.concepts and _after_locative(mention, lang):
                accept(run, mention.sentence)  # "в США", "in the EU": a place
                continue
            if k in listed and any(not is_acronym(mentions[j].run.tokens[0]) for j in (k - 1, k + 1) if j in listed and 0 <= j < len(mentions) and mentions[j].sentence is mention.sentence):
                accept(run, mention.sentence)
            continue
        if family.rejected(run):
            continue
        if family.evidence(run, k in listed) or run.name in mid:
            accept(run, mention.sentence)
    votes = kind_votes(family.own, family.others, lang, family.recurs)
    merged = _merge_forms(accepted, family, lang)
    found = [Entity(name, resolve_kind(run, ms, votes, lang), ms[0].sentence) for name, (run, ms) in merged.items()]
    return tuple(_drop_parts(found))


_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*(?:and|or|y|o|e|ed|i|oraz|lub|albo|и|или|&))\s*")


def _listed(mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that stand in a comma list with another name."""
    out: set[int] = set()
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.sentence is not b.sentence:
            continue
        if _LIST_GAP.fullmatch(a.sentence[a.run.end:b.run.start]):
            out.update({k - 1, k})
    return out


def _merge_forms(accepted: dict[str, tuple[Run, list[Mention]]], family: _Family, lang: str) -> dict[str, tuple[Run, list[Mention]]]:
    """One entity per name: inflected forms (Facebooku, Komisji) join their
    base form, and a name that only opens a longer one (ALS Ice Bucket) joins it."""
    known = family.surfaces | set(accepted)
    out: dict[str, tuple[Run, list[Mention]]] = {}
    by_stem: dict[tuple[str, ...], str] = {}
    for name, (run, ms) in accepted.items():
        target = name
        # Only languages that inflect names (Facebooku, Комиссией) need this.
        if len(run.tokens) == 1 and lang not in ("en", "es", "it", "fr", "pt") and not family.recurs(name):
            own = [k for k in family.own.surfaces if k != name and " " not in k and len(k) >= 4 and name.startswith(k) and len(name) - len(k) <= 3]
            shared = {k for k in known if sum(k in a.surfaces for a in family.others) >= 2}
            base = own or [k for k in shared if k != name and " " not in k and len(k) >= 4 and abs(len(name) - len(k)) <= 3
                    and (name.startswith(k) or (len(k) >= 5 and name.startswith(k[:-1]) and not k[-1].isupper()))]
            if base:
                target = max(base, key=len)
        key = tuple(stem(t, lang)[: max(4, len(stem(t, lang)) - 2)] for t in target.split())
        target = by_stem.setdefault(key, target)
        if target in out:
            out[target][1].extend(ms)
        else:
            out[target] = (run if target == name else Run(target, tuple(target.split()), run.start, run.end, run.opener), list(ms))
    names = list(out)
    for name in names:
        # "ALS Ice Bucket" opens "ALS Ice Bucket Challenge"; "Securities and
        # Exchange Commission" ends "US Securities and Exchange Commission";
        # "Комиссией" opens "Комиссией по ценным бумагам".
        longer = [n for n in names if n != name and (
            (" " in name and (n.startswith(name + " ") or n.endswith(" " + name)))
            or (n.startswith(name + " ") and sum(not is_capital(t) for t in n.split()[1:]) >= 2))]
        if longer and name in out:
            out[longer[0]][1].extend(out.pop(name)[1])
    return out


def _drop_parts(found: list[Entity]) -> list[Entity]:
    """A lone surname after the full name is the same person (Pareto)."""
    people = [e.name.split() for e in found if e.kind == "person" and " " in e.name]
    return [e for e in found if not (" " not in e.name and any(e.name in parts for parts in people))]


def _after_locative(mention: Mention, lang: str) -> bool:
    before = mention.sentence[: mention.run.start].split()
    return bool(before) and before[-1].lower() in lexicon.locatives(lang)
