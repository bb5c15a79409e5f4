"""The key phrase of a sentence: a noun phrase the article itself uses again.

A phrase that recurs elsewhere in the article is one of its terms; a phrase
made of the title's words is guessable from the title on the card; a verb
(an infinitive, or the word after a modal) is an action, not a fact. Without
a part-of-speech tagger these are told apart by structure and word endings.
"""

from __future__ import annotations

import re
from typing import Callable, Iterable

from ..language import is_stopword, stem
from .spans import cue, words

MAX_WORDS = 4
# Infinitive and gerund endings: such a word is a verb, not part of a name for something.
_VERB_END = {
    "es": re.compile(r"(?:ar|er|ir|arse|erse|irse|ando|iendo)$"),
    "it": re.compile(r"(?:are|ere|ire|arsi|ersi|irsi|ando|endo)$"),
    "ru": re.compile(r"(?:ать|ять|ить|ыть|уть|ться|чь)$"),
    "pl": re.compile(r"(?:ać|ić|yć|uć|ąć)$"),
    "en": re.compile(r"ing$"),
}
# The function words a noun phrase may hold inside ("word of mouth", "presencia en línea").
_JOINERS = {lang: frozenset(ws.split()) for lang, ws in {
    "en": "of and or per", "es": "de del y o e en", "it": "di del della dei degli delle e o in",
    "pl": "i oraz lub w z", "ru": "и или в на о",
}.items()}
_GENITIVE = frozenset({"ru", "pl", "uk", "cs", "sk", "bg"})
_POSSESSIVE = re.compile(r"['’]s$")
_BEFORE_VERB = {"en": frozenset("to can could may might will would should must cannot does do did".split())}


def _stems(text: str, lang: str) -> tuple[str, ...]:
    return tuple(stem(w.casefold(), lang) for _, _, w in words(text) if not is_stopword(w, lang))


class Index:
    """Content-word n-grams of an article, counted once per sentence."""

    def __init__(self, sentences: Iterable[str], lang: str, title: str = "") -> None:
        self.lang = lang
        self.sentences = [(" ".join(s.split()).casefold(), self._grams(_stems(s, lang))) for s in sentences]
        self.title = set(_stems(title, lang))

    @staticmethod
    def _grams(seq: tuple[str, ...]) -> set[tuple[str, ...]]:
        return {seq[i:i + n] for n in range(1, MAX_WORDS + 1) for i in range(len(seq) - n + 1)}

    def recurrence(self, gram: tuple[str, ...], sentence: str) -> int:
        """In how many other sentences ``gram`` occurs."""
        own = " ".join(sentence.split()).casefold()
        return sum(1 for s, grams in self.sentences if s != own and gram in grams)


def verbish(word: str, previous: str, lang: str) -> bool:
    """Whether ``word`` reads as a verb form (infinitive, gerund, or after a modal)."""
    end = _VERB_END.get(lang)
    if end and len(word) > 4 and end.search(word.casefold()):
        return True
    return previous.casefold() in _BEFORE_VERB.get(lang, ())


def _fits(text: str, toks: list[tuple[int, int, str]], at: int, n: int, lang: str) -> bool:
    run = toks[at:at + n]
    first, last = run[0][2], run[-1][2]
    if any(is_stopword(w, lang) or (len(w) < 3 and not w.isupper()) for w in (first, last)):
        return False
    # a whole phrase, not a piece of one: no content word right before or after it
    # (Slavic genitive chains run leftwards: "awareness [of new products]" has no "of")
    sides = [(at + len(run), at + len(run) - 1)] + ([] if lang in _GENITIVE else [(at - 1, at)])
    for i, j in sides:
        if 0 <= i < len(toks) and not is_stopword(toks[i][2], lang) and not _POSSESSIVE.search(toks[i][2]) \
                and text[min(toks[i][1], toks[j][1]):max(toks[i][0], toks[j][0])].isspace():
            return False
    stops = [is_stopword(w, lang) for _, _, w in run]
    if any(a and b for a, b in zip(stops, stops[1:])):
        return False
    joiners = _JOINERS.get(lang)
    if any(st and (w.casefold() not in joiners if joiners else len(w) > 3) for st, (_, _, w) in zip(stops, run)):
        return False  # inside a name only "of", "and", "de"…; "se basan" is a verb
    return all(text[a[1]:b[0]].isspace() for a, b in zip(run, run[1:]))


def key_phrase(text: str, index: Index, reject: Callable[[tuple[int, int]], bool] | None = None) -> tuple[int, int] | None:
    """The best noun phrase of ``text`` to delete, or None when none is worth asking."""
    lang = index.lang
    toks = words(text)
    best: tuple[float, int, tuple[int, int]] | None = None
    for i in range(len(toks)):
        previous = toks[i - 1][2] if i else ""
        for n in range(1, MAX_WORDS + 1):
            run = toks[i:i + n]
            if len(run) < n or not _fits(text, toks, i, n, lang):
                continue
            if i == 0 and n == 1 and run[0][2][:1].isupper():
                continue  # the sentence opener alone is rarely the point
            if verbish(run[0][2], previous, lang) or any(verbish(w, "", lang) for _, _, w in run[1:]):
                continue
            gram = _stems(text[run[0][0]:run[-1][1]], lang)
            if not gram or set(gram) <= index.title or any(g.isdigit() for g in gram):
                continue
            rec = index.recurrence(gram, text)
            if rec < (2 if len(gram) == 1 else 1):  # a lone word must recur more to count as a term
                continue
            span = (run[0][0], run[-1][1])
            if cue(text, span, lang) < 3 or (reject and reject(span)):
                continue
            # recurring at all makes a term; the words the title does not show make it worth asking
            score = min(rec, 2) * (1 + len([g for g in gram if g not in index.title]))
            if best is None or (score, span[0]) >= (best[0], best[1]):  # ties: the later phrase (end focus)
                best = (score, span[0], span)
    return best[2] if best and best[0] > 0 else None
