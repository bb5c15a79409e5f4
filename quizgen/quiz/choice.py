"""Multiple-choice questions: one correct option and three plausible distractors of
the same kind, drawn from the same article first and then from its language."""

from __future__ import annotations

import random
import re
from typing import Iterable, Sequence

from ..models import Extraction
from ..text import clean
from .model import Question
from .pool import Pool, acronym, bare_term, own_term
from .spans import Hit, find, numbers, occurrences

GAP = "_____"


def _overlaps(a: str, b: str, strict: bool = True) -> bool:
    a, b = a.casefold(), b.casefold()
    return a == b or strict and (a in b or b in a)


def pick(answer: str, local: Iterable[str], wider: Iterable[str], r: random.Random,
         avoid_text: str = "", n: int = 3, strict: bool = True) -> list[str] | None:
    """``n`` distractors for ``answer``: distinct, not overlapping it, preferably absent
    from ``avoid_text``, from ``local`` before ``wider``. None when too few exist.
    ``strict`` also refuses one option inside another (in a gap both would fit)."""
    taken: list[str] = []

    def ok(c: str) -> bool:
        return bool(c) and not _overlaps(c, answer, strict) and not any(_overlaps(c, t, strict) for t in taken)

    wider = wider if isinstance(wider, (list, tuple)) else list(wider)
    # A sample of the language is enough and keeps a 10,000-article language cheap.
    for group in (list(local), r.sample(wider, min(len(wider), 24))):
        fresh = [c for c in dict.fromkeys(group) if not find(c, avoid_text)]
        stale = [c for c in dict.fromkeys(group) if find(c, avoid_text)]
        for part in (fresh, stale):
            for c in r.sample(part, len(part)):
                if len(taken) < n and ok(c):
                    taken.append(c)
        if len(taken) >= n:
            break
    return taken if len(taken) == n else None


def _like(answer: str, option: str) -> str:
    """Give a term option the answer's initial case, so case never gives it away."""
    if not option or option[1:] != option[1:].lower():
        return option  # a name or an acronym keeps its spelling
    first = option[0].lower() if answer[:1].islower() else option[0].upper()
    return first + option[1:]


def _gap(sentence: str, m: Hit | re.Match[str], answer: str, distractors: Sequence[str]) -> Question:
    return Question("choice", before=sentence[: m.start()], after=sentence[m.end():], gapped=True,
                    ask="ask_gap", answer=answer, options=(answer, *distractors))


def term_from_definition(ex: Extraction, pool: Pool, r: random.Random) -> Question | None:
    """The article's definition with its term masked; which term is it?"""
    if not ex.definitions:
        return None
    lang = ex.article.language
    answer = bare_term(ex.term, lang)
    text = clean(ex.definitions[0].text)
    short = acronym(ex.term)
    if short and not find(answer, text):
        # The definition may word the term differently: mask as many words before "(ACRONYM)".
        n = len(answer.split())
        text = re.sub(rf"(?:[^\s(]+\s+){{{n - 1}}}[^\s(]+\s*\({re.escape(short)}\)", GAP, text, count=1)
    for form in sorted({clean(ex.term), answer, acronym(ex.term)} - {""}, key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(form)}(?:\s*\([^()]{{1,15}}\))?(?!\w)", GAP, text, flags=re.I)
    if GAP not in text or occurrences(answer, text):
        return None
    answer = own_term(ex, lang)
    # Other articles' own terms first: headwords, in the same grammatical form as the answer.
    headwords = [term for term, _ in pool.definitions.values()]
    linked = [t for t in (bare_term(t.text, lang) for t in ex.terms) if t in pool.term_set]
    got = pick(answer, headwords, linked if len(linked) >= 3 else pool.terms, r, avoid_text=text, strict=False)
    if not got or not answer:
        return None
    cap = [o[:1].upper() + o[1:] for o in (answer, *got)]
    return Question("choice", before=text, ask="ask_term", answer=cap[0], options=tuple(cap))


def term_in_sentence(ex: Extraction, pool: Pool, sentence: str, r: random.Random) -> Question | None:
    lang = ex.article.language
    for term in sorted({bare_term(t.text, lang) for t in ex.terms} & pool.term_set, key=lambda t: (-len(t), t)):
        m = find(term, sentence)
        if not m or occurrences(term, sentence) != 1:
            continue
        answer = m.group(0)
        local = [bare_term(t.text, lang) for t in ex.terms]
        got = pick(answer, [t for t in local if t in pool.term_set], pool.terms, r, avoid_text=sentence)
        if got:
            return _gap(sentence, m, answer, [_like(answer, g) for g in got])
    return None


def entity_in_sentence(ex: Extraction, pool: Pool, sentence: str, r: random.Random) -> Question | None:
    present = [e for e in ex.entities if find(e.name, sentence)]
    for e in present:
        m = find(e.name, sentence)
        if m is None or occurrences(e.name, sentence) != 1:
            continue
        # In a list of names any name of that kind would fit: take other kinds there.
        listed = sum(1 for p in present if p.kind == e.kind) > 1
        same = (lambda k: k != e.kind) if listed else (lambda k: k == e.kind)
        local = [x.name for x in ex.entities if same(x.kind)]
        wider = pool.names_except(e.kind) if listed else pool.names.get(e.kind, ())
        got = pick(e.name, local, wider, r, avoid_text=sentence)
        if got is None and not listed:
            got = pick(e.name, [x.name for x in ex.entities], pool.names_except(e.kind), r,
                       avoid_text=sentence)
        if got:
            return _gap(sentence, m, m.group(0), got)
    return None


def _format(value: float, m: re.Match[str]) -> str:
    whole, sep, frac, pct = m.group(1), m.group(2), m.group(3), m.group(4) or ""
    if frac:
        text = f"{value:.{len(frac)}f}".replace(".", sep)
    else:
        text = f"{int(round(value)):,}" if "," in whole else str(int(round(value)))
    return text + pct


def number_in_sentence(ex: Extraction, sentence: str, r: random.Random) -> Question | None:
    for m in numbers(sentence):
        answer = m.group(0)
        if len(m.group(1)) < 2 and not m.group(4) or occurrences(answer, sentence) != 1:
            continue
        value = float(m.group(1).replace(",", "") + ("." + m.group(3) if m.group(3) else ""))
        if 1800 <= value <= 2100 and not m.group(3) and not m.group(4):
            near = [value + d for d in (-10, -5, -3, -2, -1, 1, 2, 3, 5, 10)]
        else:
            near = [value * f for f in (0.25, 0.5, 0.75, 1.5, 2, 3, 4, 10)]
        made = [_format(v, m) for v in near if v > 0]
        same_shape = [x.group(0) for s in ex.sentences for x in numbers(s)
                      if bool(x.group(4)) == bool(m.group(4)) and len(x.group(1)) >= 2]
        got = pick(answer, same_shape, made, r, avoid_text=sentence)
        if got:
            return _gap(sentence, m, answer, got)
    return None
