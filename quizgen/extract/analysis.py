"""What one language version says about its capitalised runs: every
mention with its sentence, the words seen in lower case, acronyms of
lower-case phrases (concepts), acronym aliases and names spelled out before
an acronym. Computed once per article and shared by every family it is in.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache

from ..language import stem
from ..models import Article
from ..text import sentences
from . import lexicon
from .kinds import Mention
from .names import Run, runs, tokens
from .acronyms import ACRONYM_DEF as _ACRONYM_DEF, ACRONYM_SPELLED as _ACRONYM_SPELLED, PHRASE_DEF as _PHRASE_DEF, multipart as _multipart, trim_phrase as _trim_phrase
from .shapes import is_acronym

_ARTICLES = frozenset("the a an this these that those its their our his her el la los las un una unos unas il lo gli le uno i".split())
_ELISION = re.compile(r"^[^\W\d_]{1,5}['’](?=[A-Z])")
_POSSESSIVE = re.compile(r"['’]s$")
_DECLINED = re.compile(r"['’](?!s$)[a-ząćęłńóśźż]{1,4}$")  # not the possessive 's



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
    spelled: dict[str, list[tuple[str, int]]] = field(default_factory=dict)  # acronym -> (sentence, start) of a multi-part spelling
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


@lru_cache(maxsize=32)  # a family at a time: more would only hold memory
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
                phrase = _trim_phrase(m.group(1), lang)
                if phrase and not phrase.split()[1][:1].isupper():
                    found.phrases.append((phrase, m.group(2), sent, m.end(1) - len(phrase)))
            for acronym, start in _multipart(sent):
                found.spelled.setdefault(acronym, []).append((sent, start))
            for run in runs(sent, lang):
                bare = clean_run(run, lang, set()) or run
                found.surfaces.update({run.name, bare.name})
                if not run.opener:
                    found.mid.update({run.name, bare.name})
                found.mentions.append(Mention(run, sent))
    found.mentions = [m for mention in found.mentions for m in _uncoordinated(mention, found.surfaces)]
    # An acronym right after a capitalised run is that run's other name.
    for i, mention in enumerate(found.mentions):
        run = mention.run
        rest = mention.sentence[run.end:]
        m = re.match(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)", rest)
        if m and len(run.tokens) > 1 and is_acronym(m.group(1)):
            found.aliases.setdefault(m.group(1), run.name)
    return found


_AND = ("and", "y", "e", "i", "и")
_ROMAN = re.compile(r"^(?=[XVI]{2,}$)X{0,3}(IX|IV|V?I{0,3})$")  # centuries and sequels, not DC or CD


def _uncoordinated(mention: Mention, surfaces: set[str]) -> list[Mention]:
    """"Barclays Bank and Nomura Holdings" is two names when the article also
    names each side alone; "Standard and Poor's", whose sides never stand
    alone, stays one."""
    run = mention.run
    for k, tok in enumerate(run.tokens[1:-1], start=1):
        if tok not in _AND:
            continue
        left, _, right = run.name.partition(f" {tok} ")
        if left in surfaces and _POSSESSIVE.sub("", right) in surfaces | {_POSSESSIVE.sub("", s) for s in surfaces}:
            return [Mention(Run(left, run.tokens[:k], run.start, run.start + len(left), run.opener), mention.sentence),
                    Mention(Run(right, run.tokens[k + 1:], run.end - len(right), run.end, False), mention.sentence)]
    return [mention]


def _after_office(toks: list[str], lang: str) -> int:
    """Where a person's name starts after an office inside the run: past the last
    title and its complement ("of State"), when two or more capitalised words remain."""
    joiners = lexicon.joiners(lang)
    for i in range(len(toks) - 3, -1, -1):
        if not lexicon.is_title(toks[i], lang):
            continue
        j = i + 1
        if j < len(toks) and toks[j].lower() in joiners:  # "of (the) State"
            while j < len(toks) and toks[j].lower() in joiners:
                j += 1
            j += 1
        rest = toks[j:]
        return j if len(rest) >= 2 and all(t[:1].isupper() for t in rest) else 0
    return 0


def clean_run(run: Run, lang: str, family_surfaces: set[str]) -> Run | None:
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
    if not toks or len(toks) == 1 and (lexicon.is_title(toks[0], lang) or _ROMAN.match(toks[0])):
        return None  # "Sen.", "Rep.", "XIX wieku": an office or a numeral alone names nobody
    # A title or honorific before a name is a cue, not part of it.
    cut = _after_office(toks, lang)
    if cut:  # "Enron CEO Jeffrey Skilling", "Secretary of State George Marshall"
        for tok in toks[:cut]:
            name = name[name.index(tok) + len(tok):]
        name, toks = name.lstrip(". "), toks[cut:]
    while len(toks) > 1 and lexicon.is_title(toks[0], lang):
        name = name[len(toks[0]):].lstrip(". ")
        toks.pop(0)
    # "Standard and Poor's": a possessive after a joiner belongs to the firm.
    joined = len(toks) > 2 and toks[-2].lower() in ("and", "&", "y", "e", "i", "и")
    if _POSSESSIVE.search(name) and name not in family_surfaces and not joined:
        name = _POSSESSIVE.sub("", name)
        toks[-1] = _POSSESSIVE.sub("", toks[-1])
    # Polish declines a foreign name after an apostrophe: "Spence'owi" is Spence.
    declined = _DECLINED.search(toks[-1]) if lang == "pl" else None
    if declined and len(toks[-1]) > len(declined.group(0)) + 1:
        name, toks[-1] = name[: len(name) - len(declined.group(0))], toks[-1][: -len(declined.group(0))]
    opener = run.opener and toks[0] == run.tokens[0]
    return Run(name, tuple(toks), run.start + (len(run.name) - len(name) if name and run.name.endswith(name) else 0), run.end, opener)


_LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*(?:and|or|y|o|e|ed|i|oraz|lub|albo|и|или|&))\s*")


def listed(mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that stand in a comma list with another name."""
    out: set[int] = set()
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.sentence is not b.sentence:
            continue
        gap = a.sentence[a.run.end:b.run.start]
        if _LIST_GAP.fullmatch(gap):
            # "Historically, China ...": an opener and one name after a
            # bare comma are a sentence adverb and its clause, not a list.
            if a.run.opener and gap.strip() == "," and not _LIST_GAP.fullmatch(a.sentence[b.run.end:_next_start(mentions, k)]):
                continue
            out.update({k - 1, k})
    return out


def _next_start(mentions: list[Mention], k: int) -> int:
    """Where the mention after ``k`` starts in the same sentence (or its end)."""
    if k + 1 < len(mentions) and mentions[k + 1].sentence is mentions[k].sentence:
        return mentions[k + 1].run.start
    return len(mentions[k].sentence)
