"""Assemble one article's quiz: multiple choice, blanks with a word bank, matching and
short answers, each section only where the article has material for it."""

from __future__ import annotations

import random
import re
from typing import Callable, Iterator

from ..models import Extraction
from ..text import clean, sentences
from . import choice
from .model import Question, Quiz, Section
from ..language import stem
from .pool import Pool, bare_term, target_slug, usable_term
from .spans import Hit, content_word, find, numbers, occurrences
from .strings import kind_label

MAX_CHOICE, MAX_BLANK, MAX_MATCH, MAX_SHORT = 10, 8, 6, 5
_MIN_WORDS = 6  # shorter lines give too little context to answer from


def _sentences(ex: Extraction) -> list[str]:
    """Highlights first (the article's own summary), then the body, each once."""
    seen: set[str] = set()
    out = []
    for s in (*ex.highlights, *ex.sentences):
        s = clean(s)
        if len(s.split()) >= _MIN_WORDS and len(s) <= 400 and s.casefold() not in seen:
            seen.add(s.casefold())
            out.append(s)
    return out


def _walk(lines: list[str], make: Callable[[str], Question | None]) -> Iterator[tuple[str, Question]]:
    for s in lines:
        q = make(s)
        if q is not None:
            yield s, q


def _fresh(walker: Iterator[tuple[str, Question]], lines: list[str], used: set[str],
           out: list[Question]) -> Iterator[Question]:
    """The walker's next question on an unused sentence with a new answer (marks it used)."""
    for s, q in walker:
        if s not in used and not any(q.answer.casefold() == o.answer.casefold() for o in out):
            used.add(s)
            yield q
            return


def _choices(ex: Extraction, pool: Pool, lines: list[str], used: set[str], r: random.Random) -> list[Question]:
    out: list[Question] = []
    first = choice.term_from_definition(ex, pool, r)
    if first:
        out.append(first)
        used.add(clean(ex.definitions[0].text))  # its sentence is on the page already
    makers = (
        _walk(lines, lambda s: choice.term_in_sentence(ex, pool, s, r)),
        _walk(lines, lambda s: choice.entity_in_sentence(ex, pool, s, r)),
        _walk(lines, lambda s: choice.number_in_sentence(ex, s, r)),
    )
    # Take turns between the kinds so one kind cannot fill the section; each kind
    # walks the sentences once (a kind that finds nothing is not asked again).
    walkers = [iter(make) for make in makers]
    while walkers and len(out) < MAX_CHOICE:
        for walker in list(walkers):
            q = next(_fresh(walker, lines, used, out), None)
            if q is None:
                walkers.remove(walker)
            elif len(out) < MAX_CHOICE:
                out.append(q)
    return out


def _blank_terms(ex: Extraction) -> list[str]:
    """The article's terms worth a blank, longest first (the same for every sentence)."""
    lang = ex.article.language
    terms = {bare_term(t.text, lang) for t in ex.terms} | {bare_term(ex.term, lang)}
    return sorted((t for t in terms if usable_term(t)), key=lambda t: (-len(t), t))


def _blank_span(ex: Extraction, terms: list[str], s: str) -> Hit | None:
    low = s.lower()
    names = [e.name for e in ex.entities if e.name.lower() in low and find(e.name, s)]
    candidates = [t for t in terms if t.lower() in low]
    candidates += names if len(names) == 1 else []  # a name out of a list is guesswork
    candidates += [m.group(0) for m in numbers(s) if len(m.group(1)) >= 2]
    candidates.append(content_word(s, ex.article.language, avoid=re.findall(r"\w+", ex.article.title)))
    for c in candidates:
        if c and occurrences(c, s) == 1:
            return find(c, s)
    return None


def _stems(text: str, lang: str) -> tuple[str, ...]:
    return tuple(stem(w, lang) for w in re.findall(r"\w+", text))


def _blanks(ex: Extraction, pool: Pool, lines: list[str], used: set[str], asked: set[str]) -> Section | None:
    """Sentences with one span cut out; the bank holds every cut span, each once."""
    lang = ex.article.language
    out: list[Question] = []
    bank: list[str] = []
    seen = {_stems(a, lang) for a in asked}  # an answer already asked, even inflected, gives itself away
    terms = _blank_terms(ex)
    for s in lines:
        if len(out) >= MAX_BLANK:
            break
        m = None if s in used else _blank_span(ex, terms, s)
        if m is None or _stems(m.group(0), lang) in seen:
            continue
        used.add(s)
        seen.add(_stems(m.group(0), lang))
        bank.append(m.group(0))
        out.append(Question("blank", before=s[: m.start()], after=s[m.end():], gapped=True, answer=m.group(0)))
    return Section("blank", tuple(out), tuple(sorted(bank, key=str.casefold))) if len(out) >= 2 else None


def _matching(ex: Extraction, pool: Pool, r: random.Random) -> Section | None:
    lang = ex.article.language
    kinds = sorted({e.kind for e in ex.entities})
    if len(kinds) >= 2 and len(ex.entities) >= 4:
        by_kind = {k: [e for e in ex.entities if e.kind == k] for k in kinds}
        chosen = []
        while len(chosen) < MAX_MATCH and any(by_kind.values()):
            for k in kinds:  # round-robin so every kind is asked
                if by_kind[k] and len(chosen) < MAX_MATCH:
                    chosen.append(by_kind[k].pop(r.randrange(len(by_kind[k]))))
        qs = [Question("match", before=e.name, answer=kind_label(e.kind, lang)) for e in chosen]
        return Section("match", tuple(qs), tuple(sorted({q.answer for q in qs}, key=str.casefold)))
    # Otherwise: the terms this article links to, with the linked articles' definitions.
    pairs: dict[str, str] = {}
    for t in ex.terms:
        found = pool.definition_of(target_slug(t.target))
        term = bare_term(t.text, lang)
        if found and term and found[0].casefold() != bare_term(ex.term, lang).casefold():
            masked = _mask(found[1], (found[0], term))
            if masked:
                pairs.setdefault(term, masked)
    if len(pairs) < 3:
        return None
    items = list(pairs.items())[:MAX_MATCH]
    qs = [Question("match", before=term, answer=text) for term, text in items]
    return Section("match", tuple(qs), tuple(text for _, text in items))


def _mask(text: str, forms: tuple[str, ...]) -> str:
    for form in sorted(set(forms), key=len, reverse=True):
        text = re.sub(rf"(?<!\w){re.escape(form)}(?:\s*\([^()]{{1,15}}\))?(?!\w)", choice.GAP, text, flags=re.I)
    return text if all(not occurrences(f, text) for f in forms) else ""


def _short(ex: Extraction) -> Section | None:
    qs = []
    for pair in ex.faq[:MAX_SHORT]:
        question, answer = clean(pair.question), clean(pair.answer)
        if not question or not answer:
            continue
        brief = " ".join(sentences(answer, ex.article.language)[:2]) or answer
        if len(brief) > 320:
            brief = brief[:320].rsplit(" ", 1)[0] + "…"
        qs.append(Question("short", before=question, answer=brief))
    return Section("short", tuple(qs)) if qs else None


def build_quiz(ex: Extraction, pool: Pool, seed: object) -> Quiz:
    """The questions of one article, in a fixed order; ``shuffle.version`` makes the forms."""
    from .shuffle import rng

    r = rng("questions", seed, ex.article.language, ex.article.slug)
    lines = _sentences(ex)
    used: set[str] = set()
    mcq = _choices(ex, pool, lines, used, r)
    asked = {q.answer for q in mcq}
    sections = [Section("choice", tuple(mcq)) if mcq else None, _blanks(ex, pool, lines, used, asked),
                _matching(ex, pool, r), _short(ex)]
    return Quiz(ex.article.language, ex.article.slug, clean(ex.article.title),
                tuple(s for s in sections if s is not None))
