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

Modules: :mod:`.names` finds runs, :mod:`.phrases` their lower-case
continuations, :mod:`.analysis` reads one version, :mod:`.family` pools the
evidence of all versions, :mod:`.kinds` types each name; this module decides.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..language import stem
from ..models import Article, Entity
from . import laws, lexicon
from .analysis import analyse, listed as _listed
from .boundaries import appositive, rejoined, run_together
from .trim import after_lower_office, clean_run
from .family import Family
from .kinds import Mention, kind_votes, resolve_kind
from .names import Run
from .shapes import is_acronym, is_capital, is_latin

__all__ = ["entities", "analyse"]


def entities(article: Article, siblings: Sequence[Article] = ()) -> tuple[Entity, ...]:
    family = Family(article, siblings)
    lang = article.language
    accepted: dict[str, tuple[Run, list[Mention]]] = {}
    mentions = rejoined(family.own.mentions, family)
    listed = _listed(mentions)
    elsewhere = set().union(*(a.surfaces for a in family.others)) if family.others else set()
    written = {x.run.name for a in family.others for x in a.mentions}
    cleaned = [run_together(appositive(family.unopen(clean_run(after_lower_office(m, lang, family.surfaces, written), lang, elsewhere)), family), family) for m in mentions]
    # A list item that is an article and one word is a place's whole name
    # ("- Los Angeles"), though an article opens it.
    cleaned = [m.run if r is not None and m.run.name in family.own.listed and len(m.run.tokens) == 2 and r.tokens == m.run.tokens[1:]
               and m.run.tokens[0].lower() in lexicon.BARE_ARTICLES else r for m, r in zip(mentions, cleaned)]
    cleaned = laws.cut_to_recurring(cleaned, lang)
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
        if run is None or _inside_spelling(mention, family.own.spelled):
            continue
        if _english_title(mention.run, family):
            accept(mention.run, mention.sentence)
            continue
        if len(run.tokens) == 1 and is_acronym(run.tokens[0]):
            if run.tokens[0] in family.spelled and run.tokens[0].lower() not in family.title_words:
                # Spelled out in capitalised pieces in some version: the
                # acronym is the name (a lower-case translation elsewhere,
                # as Russian writes it, does not make it a concept).
                accept(run, mention.sentence)
                continue
            if run.tokens[0].lower() in family.title_words or run.tokens[0] in family.aliases or run.tokens[0] in family.concepts:
                continue  # another name for a name found in full, or a concept
            if run.tokens[0] not in family.concepts and not _CENTURY.match(run.tokens[0]) and _after_locative(mention.sentence, run.start, lang):
                accept(run, mention.sentence)  # "в США", "in the EU": a place
                continue
            if _shared_acronym(run.tokens[0], family):
                accept(run, mention.sentence)  # SWIFT, JSTOR: spelled alike in every version
                continue
            if k in listed and any(not is_acronym(mentions[j].run.tokens[0]) for j in (k - 1, k + 1) if j in listed and 0 <= j < len(mentions) and mentions[j].sentence is mention.sentence):
                accept(run, mention.sentence)
            continue
        if family.rejected(run):
            continue
        # A list or table cell of names counts as an enumeration unless it
        # holds a common word ("Name of President", "Seat Currently Empty").
        in_list = mention.run.name in family.own.listed and not any(family.seen_lower(t) for t in run.tokens)
        if family.evidence(run, k in listed or in_list) or run.name in mid:
            accept(run, mention.sentence)
    votes = kind_votes(family.own, family.others, lang, family.recurs)
    merged = _merge_forms(accepted, family, lang)
    found = [Entity(name, resolve_kind(run, ms, votes, lang, family.translated(name)), ms[0].sentence) for name, (run, ms) in merged.items()]
    return tuple(_drop_parts(found))



def _merge_forms(accepted: dict[str, tuple[Run, list[Mention]]], family: Family, lang: str) -> dict[str, tuple[Run, list[Mention]]]:
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
            # A foreign base must be spelled so in every other version (Facebook,
            # Nasdaq): a country translated somewhere ("China", "India") is not
            # this language's own form of "Chin", "Indii".
            shared = {k for k in known if sum(k in a.surfaces for a in family.others) >= max(2, len(family.others))}
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
        longer = [n for n in names if n != name and n in out and (
            (" " in name and (n.startswith(name + " ") or n.endswith(" " + name)))
            or (n.startswith(name + " ") and sum(not is_capital(t) for t in n.split()[1:]) >= 2))]
        # A name written more often than the longer one is a name of its own
        # ("Berkshire Hathaway" and "Berkshire Hathaway Energy").
        if longer and name in out and len(out[name][1]) <= len(out[longer[0]][1]):
            out[longer[0]][1].extend(out.pop(name)[1])
    return out


def _drop_parts(found: list[Entity]) -> list[Entity]:
    """A lone surname after the full name is the same person (Pareto)."""
    people = [e.name.split() for e in found if e.kind == "person" and " " in e.name]
    # Only the surname (the last word) is the same person; a first word may be
    # a neighbouring name that was run into it ("Японии Синдзо Абэ").
    return [e for e in found if not (" " not in e.name and any(e.name == parts[-1] for parts in people))]


def _inside_spelling(mention: Mention, spelled: dict[str, list[tuple[str, int]]]) -> bool:
    """A piece of a multi-part spelling ("Analysis" in "Electronic Data
    Gathering, Analysis, and Retrieval (EDGAR)") is not a name of its own."""
    for places in spelled.values():
        for sentence, start in places:
            if sentence is mention.sentence and start <= mention.run.start and mention.sentence.find("(", start) > mention.run.start:
                return True
    return False


_ROMAN = re.compile(r"^[IVXLCDM]+$")
_CENTURY = re.compile(r"^[IVX]+$")  # "w XXI wieku": a century after "in", not a place


def _english_title(run: Run, family: Family) -> bool:
    """"The Economist", "The Nielsen Company": English "The" opening a
    capitalised run in another language's text marks a title; in English
    the same run written so in a foreign version is one too."""
    toks = run.tokens
    if len(toks) < 2 or toks[0] != "The" or not all(is_capital(t) for t in toks[1:]) or family.lang in ("en",) and not any(
            run.name in a.surfaces for a in family.others if a.article.language != "en"):
        return False
    return not family.cyrillic or all(is_latin(t) for t in toks)


def _shared_acronym(acronym: str, family: Family) -> bool:
    """An acronym that stays unchanged in most other language versions names
    something; a concept's acronym is translated (GDP, PIB, ВВП) or spelled
    out in lower case somewhere (a concept, rejected before this)."""
    others = family.others
    if len(set(acronym)) < 2 or any(c.isdigit() for c in acronym) or _ROMAN.match(acronym):
        return False  # AAA, BB+: grades; AMB1: codes; VII: a number
    if any(acronym in a.aliases for a in others):
        return False  # another name for a name found in full
    return len(others) >= 2 and sum(acronym in a.surfaces for a in others) >= max(2, len(others) - 1)


def _after_locative(sentence: str, start: int, lang: str) -> bool:
    """The name at ``start`` follows "in" ("в США", "В США ...": the
    preposition may open the sentence, cut off the run by then)."""
    before = sentence[:start].split()
    return bool(before) and before[-1].lower() in lexicon.locatives(lang)
