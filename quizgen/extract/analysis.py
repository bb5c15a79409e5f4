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
from .lexicon import head_kind
from .kinds import Mention
from .names import Run, runs, tokens
from .acronyms import ACRONYM_DEF as _ACRONYM_DEF, ACRONYM_SPELLED as _ACRONYM_SPELLED, PHRASE_DEF as _PHRASE_DEF, multipart as _multipart, trim_phrase as _trim_phrase
from .shapes import is_acronym
from .titles import cued_titles, fragment as _fragment, inside as _inside, places as _places, title_segments
from .trim import clean_run, uncoordinated as _uncoordinated




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
    listed: set[str] = field(default_factory=set)  # whole items of a list of names
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
    return [text for text, _, _ in _emphasised(article)]


def _emphasised(article: Article) -> list[tuple[str, list[str], tuple[str, ...]]]:
    """Prose, list items and table cells, each with the titles and all the
    bold or italic spans set in it."""
    return [(b.text, title_segments(b.emphasis), b.emphasis) if b.text else (item, [], ())
            for section in article.sections for b in section.blocks for item in (b.items if not b.text else (b.text,))]


@lru_cache(maxsize=32)  # a family at a time: more would only hold memory
def analyse(article: Article) -> Analysis:
    lang = article.language
    found = Analysis(article)
    links = [link for link in article.links if link.text]
    for text, titles, spans in _emphasised(article):
        # Only the links written in this text end a name's complement here.
        link_texts = {link.text for link in links if text in link.sentence}
        for sent in sentences(text, lang):
            for word, _, _ in tokens(sent):
                for part in word.split("-"):
                    if part and part.islower():
                        found.lower.add(part)
            for m in _ACRONYM_DEF.finditer(sent):
                before, acronym = m.group(1).strip("(,"), m.group(2).rstrip(".")
                # "finance (DeFi)": a mixed-case acronym of a lower-case phrase is a concept too.
                if not is_acronym(acronym) and not (sum(c.isupper() for c in acronym) >= 2 and before[:1].islower()):
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
            ends = frozenset(m.end() for t in link_texts for m in re.finditer(re.escape(t), sent)) if link_texts else frozenset()
            announced = cued_titles(sent, lang)
            # A quoted title-case title ("An Inquiry into the Nature and Progress
            # of Rent") reads as one, whatever announces it; a quoted law or
            # body ("... Anti-Terrorism Act of 2001") is a name.
            quotes = tuple(q for q in _QUOTED.findall(sent) if not any(head_kind(w, lang) in ("law", "organization", "index") for w, _, _ in tokens(q)))
            cued = title_segments(tuple(t for t, quoted in announced if not quoted) + quotes)
            # A quoted title announced as a work is a title whole: no name at all.
            works = [t for t, quoted in announced if quoted]
            for run in (piece for whole in runs(sent, lang, ends) for piece in _cut_at_spans(whole, sent, spans)):
                if (titles or cued) and _fragment(run, sent, titles + cued) or works and _inside(run, sent, works):
                    continue
                bare = clean_run(run, lang, set()) or run
                found.surfaces.update({run.name, bare.name})
                if not run.opener:
                    found.mid.update({run.name, bare.name})
                found.mentions.append(Mention(run, sent))
    found.listed = _name_items(article)
    found.mentions = [m for mention in found.mentions for m in _uncoordinated(mention, found.surfaces, lang)]
    # An acronym right after a capitalised run is that run's other name.
    for i, mention in enumerate(found.mentions):
        run = mention.run
        rest = mention.sentence[run.end:]
        m = re.match(r"\s*\(([A-Z][A-Za-z0-9&.\-]{1,11})\)", rest)
        if m and len(run.tokens) > 1 and is_acronym(m.group(1)):
            found.aliases.setdefault(m.group(1), run.name)
    return found


def _name_items(article: Article) -> set[str]:
    """"- Atlanta / - Boston / - Chicago": a bullet list whose items are, four
    in five at least, one capitalised run each is an enumeration of names,
    like a comma list; so are the name cells of a table where names fill two
    cells in five."""
    out: set[str] = set()
    lang = article.language
    for section in article.sections:
        for block in section.blocks:
            if block.kind not in ("bullets", "ordered", "table") or len(block.items) < 3:
                continue
            items = [item.strip().rstrip(".;,") for item in block.items]
            names = [item for item in items if [r.name for r in runs(item, lang)] == [item] and not any(c.isdigit() for c in item)]
            share = 2 if block.kind == "table" else 4  # fifths of the items
            if len(names) >= 3 and 5 * len(names) >= share * len(items):
                out.update(names)
    return out


LIST_GAP = re.compile(r"\s*(?:,|;|,?\s*(?:and|or|y|o|e|ed|i|oraz|lub|albo|и|или|&))\s*")


def listed(mentions: list[Mention]) -> set[int]:
    """Indexes of mentions that stand in a comma list with another name."""
    out: set[int] = set()
    for k in range(1, len(mentions)):
        a, b = mentions[k - 1], mentions[k]
        if a.sentence is not b.sentence:
            continue
        gap = a.sentence[a.run.end:b.run.start]
        if LIST_GAP.fullmatch(gap):
            # "Historically, China ...": an opener and one name after a
            # bare comma are a sentence adverb and its clause, not a list.
            if a.run.opener and gap.strip() == "," and not LIST_GAP.fullmatch(a.sentence[b.run.end:_next_start(mentions, k)]):
                continue
            out.update({k - 1, k})
    return out


def _next_start(mentions: list[Mention], k: int) -> int:
    """Where the mention after ``k`` starts in the same sentence (or its end)."""
    if k + 1 < len(mentions) and mentions[k + 1].sentence is mentions[k].sentence:
        return mentions[k + 1].run.start
    return len(mentions[k].sentence)


_QUOTED = re.compile(r"[\"“„«]([^\"“”„«»]{3,200})[\"”»]")


def _cut_at_spans(run: Run, sentence: str, spans: tuple[str, ...]) -> list[Run]:
    """A name ends where bold or italics begin or end ("blog Krugmana
    **Sumienie liberała**"). A span in sentence case ("**Odwaga do
    działania**") is a title: its first word is capitalised as a sentence's is."""
    cuts: dict[int, bool] = {}
    for span in spans:
        words = span.split()
        for at in _places(span, sentence):
            cuts.setdefault(at, len(words) > 1 and words[1][:1].islower())
            cuts.setdefault(at + len(span), False)
    if not cuts:
        return [run]
    out: list[Run] = []
    toks, first = list(run.tokens), 0
    offsets, pos = [], run.start
    for t in toks:
        pos = sentence.index(t, pos)
        offsets.append((pos, pos + len(t)))
        pos += len(t)
    for k in range(1, len(toks) + 1):
        if k == len(toks) or any(offsets[k - 1][1] <= c <= offsets[k][0] for c in cuts):
            a, b = offsets[first][0], offsets[k - 1][1]
            opener = run.opener if first == 0 else False
            opener = opener or cuts.get(a, False)
            out.append(Run(sentence[a:b], tuple(toks[first:k]), a, b, opener))
            first = k
    return out
