"""Trimming a capitalised run down to the name: leading articles, titles and
offices, a possessive or Polish inflection, and two names joined by "and"."""

from __future__ import annotations

import re

from . import lexicon
from .kinds import Mention
from .names import Run

_ARTICLES = frozenset("the a an this these that those its their our his her el la los las un una unos unas il lo gli le uno i".split())
_EN_ARTICLES = frozenset("the a an this these that those its their our his her".split())
# "l'", "dell'", "L'", "Nell'": an elided article; "O'Neill", "D'Amato" are names.
_ELISION = re.compile(r"^(?:[a-zà-ú]{1,5}|L|[A-ZÀ-Ú][a-zà-ú]{1,4})['’](?=[A-Z])")
POSSESSIVE = re.compile(r"['’]s$")
_DECLINED = re.compile(r"['’](?!s$)[a-ząćęłńóśźż]{1,4}$")  # not the possessive 's
_ROMAN = re.compile(r"^(?=[XVI]{2,}$)X{0,3}(IX|IV|V?I{0,3})$")  # centuries and sequels, not DC or CD


def uncoordinated(mention: Mention, surfaces: set[str], lang: str = "en") -> list[Mention]:
    """"Barclays Bank and Nomura Holdings" is two names when the article also
    names each side alone, or names one side alone and both have a head noun;
    "Standard and Poor's", whose sides never stand alone, stays one."""
    run = mention.run
    for k, tok in enumerate(run.tokens[1:-1], start=1):
        if tok not in lexicon.AND:
            continue
        left, _, right = run.name.partition(f" {tok} ")
        headed = all(any(lexicon.head_kind(t, lang) == "organization" for t in side) for side in (run.tokens[:k], run.tokens[k + 1:]))
        if left in surfaces and (headed or POSSESSIVE.sub("", right) in surfaces | {POSSESSIVE.sub("", s) for s in surfaces}):
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


def after_lower_office(mention: Mention, lang: str, surfaces: set[str], written: set[str] = frozenset()) -> Run:
    """"secretario de Estado George Marshall", "sekretarza stanu USA George'a
    Marshalla": an office written in lower case leaves its capitalised
    complement at the head of the run; the person's name is the rest: two
    words, or a name the article family writes alone. A run that another
    version writes whole, its rest never alone, is one name ("director de
    Berkshire Hathaway Energy"). ``written``: the runs as written in the
    other versions."""
    run = mention.run
    if len(run.tokens) < 3 or run.name in written and run.name[len(run.tokens[0]):].lstrip(". ") not in written or not all(t[:1].isupper() for t in run.tokens[1:]) or any(lexicon.head_kind(t, lang) for t in run.tokens):
        return run
    if len(run.tokens) > 3 and run.name[len(run.tokens[0]):].lstrip(". ") not in surfaces:
        return run
    before = mention.sentence[: run.start].split()[-3:]
    joiners = lexicon.joiners(lang) | {"of"}
    gap = 0  # words between the office and the run: right after it, the run is the person
    while before and (before[-1] in joiners or before[-1].islower() and not lexicon.is_title(before[-1], lang) and len(before) > 1 and lexicon.is_title(before[-2], lang)):
        before.pop()
        gap += 1
    if not gap or not before or not before[-1].islower() or not lexicon.is_title(before[-1], lang):
        return run
    rest = run.name[len(run.tokens[0]):].lstrip(". ")
    return Run(rest, run.tokens[1:], run.end - len(rest), run.end, False)


def clean_run(run: Run, lang: str, family_surfaces: set[str]) -> Run | None:
    """Drop leading function words ("The Fed") and a possessive ending."""
    toks = list(run.tokens)
    name = run.name
    elided = _ELISION.match(name)
    if elided:
        name = name[elided.end():]
        toks[0] = toks[0][elided.end():]
    # A capitalised Spanish or Italian article mid-sentence before one word is
    # the name's own ("Los Angeles", "La Paz"); English "The" is dropped ("The Fed").
    while toks and (toks[0].lower() in _ARTICLES and (len(toks) > 1 or run.opener) and (run.opener or toks[0].lower() in _EN_ARTICLES or len(toks) != 2)
                    or toks[0].isdigit()):
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
        if toks[0].islower():
            return None  # "Secretary of State": an office, nobody named
    # "Standard and Poor's": a possessive after a joiner belongs to the firm.
    joined = len(toks) > 2 and toks[-2].lower() in lexicon.AND
    # A possessive that another version keeps ("Alongside Moody's", "Moody's" in
    # Polish text) belongs to the name.
    kept = name in family_surfaces or any(" ".join(toks[k:]) in family_surfaces for k in range(1, len(toks)))
    if POSSESSIVE.search(name) and not kept and not joined:
        name = POSSESSIVE.sub("", name)
        toks[-1] = POSSESSIVE.sub("", toks[-1])
    # Polish declines a foreign name after an apostrophe: "Spence'owi" is Spence.
    declined = _DECLINED.search(toks[-1]) if lang == "pl" else None
    if declined and len(toks[-1]) > len(declined.group(0)) + 1:
        name, toks[-1] = name[: len(name) - len(declined.group(0))], toks[-1][: -len(declined.group(0))]
    opener = run.opener and toks[0] == run.tokens[0]
    return Run(name, tuple(toks), run.start + (len(run.name) - len(name) if name and run.name.endswith(name) else 0), run.end, opener)
