"""Where one name ends and the next begins, by what the other language
versions show: an acronym or a name run into the next name ("MIT Paul A.
Samuelson", "Premio Nobel Milton Friedman"), and runs cut where every version
keeps one name ("Reader's Digest", "Russell 2000").
"""

from __future__ import annotations

import re

from . import lexicon
from .family import Family
from .kinds import Mention
from .names import NAME_ENDS, Run
from .numbers import YEAR_AFTER
from .shapes import is_acronym
from .trim import POSSESSIVE

_INITIAL = re.compile(r"^[^\W\d_]\.?$")


def appositive(run: Run | None, family: Family) -> Run | None:
    """"USA Barack Obama", "MIT Paul A. Samuelson": an acronym run into the name
    after it. Split when the other versions write the rest alone, never the whole."""
    if run is None or len(run.tokens) < 3 or not is_acronym(run.tokens[0]) or is_acronym(run.tokens[1]):
        return run
    rest = run.name[len(run.tokens[0]):].lstrip()
    if not family.others or family.recurs(run.name) or not family.recurs(rest):
        return run
    return Run(rest, run.tokens[1:], run.end - len(rest), run.end, False)


def run_together(run: Run | None, family: Family) -> Run | None:
    """"Karolem Marksem Fryderyk Engels", "Premio Nobel Milton Friedman",
    "Rezerwy Federalnej Bena Bernanke": two names met in one run (Polish and
    Russian put a dependent name after its head). Split off the head when the
    article also writes the rest alone and the head is a name of its own (in
    any case form), never a name's first word."""
    if run is None or len(run.tokens) < 2 or not run.tokens[-1][:1].isupper():
        return run
    met = _met(run, family)
    if met is not None or len(run.tokens) < 3:
        return met or run
    for k in range(1, len(run.tokens) - 1):
        head, rest = run.tokens[:k], run.tokens[k:]
        if not all(t[:1].isupper() for t in rest):
            continue
        if any(lexicon.head_kind(t, family.lang) for t in rest):
            return run
        tail = run.name[run.name.index(rest[0], len(" ".join(head))):]
        named = run.name[: len(run.name) - len(tail)].rstrip()
        alone = tail in family.own.mid
        # A person named again by the surname alone ("... Krugman wrote")
        # splits off whatever comes before: an award, a firm, a central bank.
        surname = rest[-1] in family.own.surfaces and (len(rest) == 2 or len(rest) == 3 and _INITIAL.match(rest[1]) is not None)
        # A one-word head must be seen alone ("Nobel"), not be a first name ("Jane").
        if len(head) == 1:
            person = surname and named in family.surfaces and (alone or tail in family.surfaces)
        else:
            person = surname and (alone or tail in family.surfaces or family.mid_form(named))
        # A whole that recurs elsewhere ("de Goldman Sachs Jim O'Neill") is
        # still two names when this article writes both halves alone.
        # A version that names both halves apart, not the whole, outweighs
        # one that writes them side by side ("della Fed Paul Volcker").
        # The cut must not fall inside a name ("Berkshire | Hathaway Energy") or after an owner ("BJ's").
        inside = f"{named} {rest[0]}" in family.surfaces or POSSESSIVE.search(named)
        apart = not inside and any(tail in a.surfaces and named in a.surfaces and run.name not in a.surfaces for a in family.others)
        if family.recurs(run.name) and not (alone and named in family.own.mid) and not person and not apart:
            continue
        if not all(t[:1].isupper() for t in head) and not person:
            continue
        if person or (alone or family.recurs(tail)) and (named in family.surfaces or is_acronym(head[0]) or family.mid_form(named)):
            return Run(tail, rest, run.end - len(tail), run.end, False)
    return run


def _met(run: Run, family: Family) -> Run | None:
    """"Bernanke Fed", "Yale Okun", "Fed Alan Greenspan": two names, one a
    person's, that each stand alone elsewhere, met once side by side (Polish
    and Russian word order puts them so). A name written so in another version, or more than
    once here, is one name ("Dow Jones")."""
    if family.recurs(run.name) or sum(m.run.name == run.name for m in family.own.mentions) > 1:
        return None
    for k in range(1, len(run.tokens)):
        head, rest = run.tokens[:k], run.tokens[k:]
        if not all(t[:1].isupper() for t in (head[0], rest[0])) or _INITIAL.match(rest[0]) or _INITIAL.match(head[-1]):
            continue
        tail = run.name[run.name.index(rest[0], len(" ".join(head))):]
        named = run.name[: len(run.name) - len(tail)].rstrip()
        # One of them a person named by surname elsewhere: "Eastern Europe",
        # "Senat USA" are one name though both words stand alone.
        if all(n in family.own.mid or family.mid_form(n) for n in (named, tail)) and (
                family.surname(head[-1]) and len(head) > 1 or family.surname(rest[-1])):
            return Run(tail, rest, run.end - len(tail), run.end, False)
    return None


def rejoined(mentions: list[Mention], family: Family) -> list[Mention]:
    """Runs cut where the other versions show one name. "Reader's Digest": a
    possessive ends a name ("Google's Android") unless the whole recurs
    unchanged in another version and what is owned is never named alone
    ("Bank of America's Merrill Lynch" is two)."""
    out: list[Mention] = []
    for m in (piece for whole in mentions for piece in _listed_apart(whole, family)):
        prev = out[-1] if out else None
        if prev and prev.sentence is m.sentence and POSSESSIVE.search(prev.run.name) and m.sentence[prev.run.end:m.run.start] == " ":
            whole = f"{prev.run.name} {m.run.name}"
            if family.recurs(whole) and not _stands_alone(m.run.name, family):
                out[-1] = Mention(Run(whole, prev.run.tokens + m.run.tokens, prev.run.start, m.run.end, prev.run.opener), m.sentence)
                continue
            toks = prev.run.tokens
            owner = f"{toks[-1]} {m.run.name}"
            if len(toks) == 3 and toks[1] in lexicon.AND and family.recurs(owner) and not family.recurs(prev.run.name):
                # "Duracell y See's Candies": a list's last name owns the next word,
                # not a firm of two partners ("Standard and Poor's").
                first = prev.run.start + len(toks[0])
                at = prev.sentence.index(toks[-1], first)
                out[-1] = Mention(Run(toks[0], toks[:1], prev.run.start, first, prev.run.opener), prev.sentence)
                out.append(Mention(Run(owner, (toks[-1], *m.run.tokens), at, m.run.end, False), m.sentence))
                continue
        joint = prev is not None and prev.sentence is m.sentence and _ARTICLE_JOINT.fullmatch(m.sentence[prev.run.end:m.run.start])
        if joint and _only_together(prev, m, mentions, family):
            whole = m.sentence[prev.run.start:m.run.end]
            joint = tuple(m.sentence[prev.run.end:m.run.start].split())
            out[-1] = Mention(Run(whole, prev.run.tokens + joint + m.run.tokens, prev.run.start, m.run.end, prev.run.opener), m.sentence)
            continue
        year = YEAR_AFTER.match(m.sentence, m.run.end)
        if year and family.everywhere(f"{m.run.name} {year.group(1)}"):
            # "Russell 2000": a year-like number kept after the name in every
            # version is part of it, not a date ("Showtime 2019" is one somewhere).
            m = Mention(Run(f"{m.run.name} {year.group(1)}", m.run.tokens + (year.group(1),), m.run.start, year.end(), m.run.opener), m.sentence)
        out.append(m)
    return out


def _stands_alone(name: str, family: Family) -> bool:
    """Some version names ``name`` without a possessive before it."""
    return any(x.run.name == name and not POSSESSIVE.search(x.sentence[:x.run.start].rstrip())
               for a in (family.own, *family.others) for x in a.mentions)


# "of the" between two capitalised pieces ("Casa de la Moneda", "Fruit of the Loom").
_ARTICLE_JOINT = re.compile(r" (?:of the|for the|de la|de los|de las) ")


def _only_together(a: Mention, b: Mention, mentions: list[Mention], family: Family) -> bool:
    """Two pieces joined by "of the" are one name when the whole recurs in
    another version, or when neither piece is named anywhere else, here or
    in another version."""
    whole = a.sentence[a.run.start:b.run.end]
    if family.recurs(whole):
        return True
    # Two short pieces only: long ones are names of their own that happen to meet.
    if len(a.run.tokens) + len(b.run.tokens) > 5 or a.run.opener and len(a.run.tokens) == 1:
        return False
    # A name of its own after "of the": an acronym, or a body with its head noun
    # ("Fellow of the American Economic Association", "PIB de los EE. UU.").
    first = b.run.tokens[0]
    if is_acronym(first.rstrip(".")) or first.endswith(".") or any(is_acronym(t) for t in a.run.tokens) or any(
            lexicon.head_kind(t, family.lang) not in (None, "place") for t in b.run.tokens):
        return False
    together = sum(m.sentence[m.run.start:].startswith(whole) for m in mentions)
    for piece in (a.run.name, b.run.name):
        if family.recurs(piece) or any(piece in x.surfaces for x in family.others):
            return False
    firsts = sum(m.run.name == a.run.name for m in mentions)
    seconds = sum(m.run.name == b.run.name for m in mentions)
    return firsts == together and seconds == together


def _listed_apart(m: Mention, family: Family) -> list[Mention]:
    """"Credit Suisse i Deutsche Bank", "Międzynarodowy Fundusz Walutowy i
    Bank Światowy": two names joined by "and" into one run are two when
    each is named elsewhere (in any case form) and the whole is not."""
    toks = m.run.tokens
    at = [k for k in range(1, len(toks) - 1)
          if toks[k] in lexicon.AND and toks[k] != "&" and toks[k + 1][:1].isupper() and toks[k - 1][:1].isupper()]
    if len(at) != 1 or family.recurs(m.run.name):
        return [m]
    k = at[0]
    # Where token k stands in the name: walk the tokens, not a text search.
    pos = 0
    for tok in toks[:k]:
        pos = m.run.name.index(tok, pos) + len(tok)
    cut = m.run.name.index(toks[k], pos)
    left, right = m.run.name[:cut].rstrip(), m.run.name[cut + len(toks[k]):].lstrip()
    if m.sentence[m.run.start:m.run.end] != m.run.name:
        return [m]  # a name rebuilt from pieces: no offsets to cut by
    # A firm of partners shares one possessive or one company word ("Standard
    # and Poor's", "Wells Fargo and Co"); a lone word must be named alone here.
    if POSSESSIVE.search(right) or toks[-1].lower().rstrip(".") in NAME_ENDS:
        return [m]
    for side in (left, right):
        if " " not in side and side not in family.own.mid or not (family.recurs(side) or family.mid_form(side)):
            return [m]
    start = m.run.start
    return [Mention(Run(left, toks[:k], start, start + len(left), m.run.opener), m.sentence),
            Mention(Run(right, toks[k + 1:], m.run.end - len(right), m.run.end, False), m.sentence)]

