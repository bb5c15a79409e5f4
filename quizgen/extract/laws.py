"""Law names that Polish and Russian write after a lower-case head noun.

Polish writes an act's name in lower case ("ustawa o papierach
wartościowych"), and Russian often does ("закон о равной оплате труда"):
the head noun in the singular, "o"/"о"/"об", then what the law is about.
The subject runs over adjectives, nouns, "and" and the prepositions a
name may hold ("o pomocy w sytuacjach nadzwyczajnych", "о труде на
железной дороге"), and ends at a verb, a stop word, punctuation, a
capitalised word or a number. These are word classes, never names.
"""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..language import stopwords
from . import lexicon, phrases

if TYPE_CHECKING:
    from .names import Run

Tokens = tuple[tuple[str, int, int], ...]

# The singular forms of the law noun in each case; plurals ("законы о
# ...", "ustaw o ...") speak of laws in general.
_SINGULAR = {"ru": re.compile(r"^закон(?:|а|у|ом|е)$"), "pl": re.compile(r"^ustaw(?:a|y|ie|ę|ą)$")}
_OPENS = {"ru": frozenset({"о", "об"}), "pl": frozenset({"o"})}
# "and" and the prepositions a law's subject may hold; each must lead to
# a content word ("o podatku od towarów", "о труде в сельском хозяйстве").
_INNER = {"ru": frozenset({"и", "на", "по", "при", "с", "со", "для", "за", "в"}),
          "pl": frozenset({"i", "oraz", "w", "na", "dla", "przy", "ze", "z", "od"})}
_AND = frozenset({"и", "i", "oraz"})
# "o"/"о" takes the locative: what "and" adds to the subject is in it too
# ("о ценных бумагах и биржах"); another case starts something else
# ("о социальном обеспечении | и социального ..."). After an inner
# preposition, "and" follows that one's case ("od towarów i usług").
_LOCATIVE = {"ru": re.compile(r"(?:ом|ем|ой|ей|ых|их|ым|им|е|и|ах|ях)$"),
             "pl": re.compile(r"(?:ym|im|ej|ych|ich|e|u|i|y|ach)$")}
# Polish finite verbs and infinitives end the subject ("została", "zamierzali",
# "wymagają", "określa", "wprowadza", "ustanawia").
_PL_VERB = re.compile(r"(?:ał|ił|ył|ął|ła|ło|ły|ali|ili|yli|eli|uje|ują|ają|eją|dzą|gą|cą|żą|szą|rzą|ią|awia|adza|śla|ala|ać|ić|yć|eć)$")
# A passive participle before "przez" ("przyjętej przez Kongres") describes the law, not its subject.
_PL_PARTICIPLE = re.compile(r"(?:ęt|an|on|yt|it)(?:ej|ych|ego|ym|ymi|ą|a|y|e)$")
# Words that go on qualifying a subject (adjectives, genitives): a longer
# subject that goes on so is another law ("o bankach | spółdzielczych").
_PL_MODIFIER = re.compile(r"(?:ych|ich|ego|ej|ym|im|ymi|imi|ów)$")
# Real subjects stay short; a longer stretch has run into the sentence.
_MAX = 9


def lower_head(word: str, lang: str) -> bool:
    """``word`` is the law noun in the singular, written in lower case."""
    return word.islower() and singular(word, lang)


def singular(word: str, lang: str) -> bool:
    """``word`` is the law noun in the singular ("Закона", "ustawę")."""
    pattern = _SINGULAR.get(lang)
    return bool(pattern and pattern.match(word.lower()))


def opens(word: str, lang: str) -> bool:
    """``word`` opens what a law is about ("o", "о", "об")."""
    return word in _OPENS.get(lang, ())


def names_one(tokens: tuple[str, ...], lang: str) -> bool:
    """The law noun in the singular and what the law is about ("Закон о
    равной оплате труда"): one law, wherever it stands in the sentence."""
    return len(tokens) > 2 and singular(tokens[0], lang) and opens(tokens[1], lang)


def complement(toks: Tokens, j: int, sentence: str, lang: str) -> int:
    """How many tokens from ``toks[j]`` ("o"/"о") name what the law before
    it is about; 0 when they do not."""
    if lang not in _OPENS or j >= len(toks) or toks[j][0] not in _OPENS[lang] or not phrases.spaced(toks, j, sentence):
        return 0
    stops, inner = stopwords(lang), _INNER[lang]
    k, end, inner_at = j + 1, 0, 0
    while k < len(toks) and k - j <= _MAX and (phrases.spaced(toks, k, sentence) or end == k and _listed(toks, k, sentence, lang)):
        word = toks[k][0]
        if word in inner:
            nxt = toks[k + 1][0] if k + 1 < len(toks) and phrases.spaced(toks, k + 1, sentence) else ""
            if end == k and _content(nxt, lang, stops, after=word) and (word not in _AND or inner_at or _LOCATIVE[lang].search(nxt)):
                inner_at = inner_at if word in _AND else k
                k += 1
                continue
            break
        if not _content(word, lang, stops, after=toks[k - 1][0]):
            # "о модернизации FHA": an acronym may close the subject.
            if end == k and word.isupper() and len(word) >= 2 and word.isalpha():
                end = k + 1
            break
        k += 1
        end = k
    # "w dniu 25 czerwca", "на 2019 год": a phrase before a date is a time, not the subject.
    after = toks[end][0] if end < len(toks) else ""
    if inner_at and (after[:1].isdigit() or lexicon.is_month(after, lang)):
        end = inner_at
    if lang == "pl" and end and _PL_PARTICIPLE.search(toks[end - 1][0]) and end < len(toks) and toks[end][0] == "przez":
        end -= 1
    return end - j if end > j + 1 else 0


def _listed(toks: Tokens, k: int, sentence: str, lang: str) -> bool:
    """"o rozwoju gospodarczym, ulgach regulacyjnych i ochronie": a comma
    inside the subject when the words after it reach "and" before any
    other break."""
    if sentence[toks[k - 1][2]:toks[k][1]] != ", ":
        return False
    stops = stopwords(lang)
    for m in range(k, min(len(toks), k + _MAX)):
        word = toks[m][0]
        if m > k and sentence[toks[m - 1][2]:toks[m][1]] not in (" ", ", "):
            return False
        if word in _AND and m > k:
            return m + 1 < len(toks) and _content(toks[m + 1][0], lang, stops)
        if not _content(word, lang, stops):
            return False
    return False


def _content(word: str, lang: str, stops: frozenset[str], after: str = "") -> bool:
    """A lower-case noun or adjective that can stand in a law's subject."""
    if not word.islower() or not word.replace("-", "").isalpha() or word in stops:
        return False
    if lang == "ru":
        # A neuter noun after a preposition ends in -о ("на имущество"); "-ь" ends nouns too ("помощь").
        return not phrases.ru_breaks(word, () if after in _INNER["ru"] else ("о",))
    return not _PL_VERB.search(word)


def _subject(run: Run, lang: str) -> tuple[str, ...]:
    toks = run.tokens
    return toks[1:] if len(toks) > 2 and lexicon.own_head(toks[0], lang) == "law" and opens(toks[1], lang) else ()


def cut_to_recurring(runs: list[Run | None], lang: str) -> list[Run | None]:
    """A law whose subject another mention writes shorter ends where that
    one does when the next word neither joins nor qualifies the subject:
    "Ustawa o giełdach towarowych | ustanawia ramy" beside "ustawie o
    giełdach towarowych", but "ustawa o bankach spółdzielczych" is a law of its own."""
    subjects = {_subject(r, lang) for r in runs if r is not None} - {()}
    out: list[Run | None] = []
    for run in runs:
        own = _subject(run, lang) if run is not None else ()
        shorter = [s for s in subjects if len(s) < len(own) and own[:len(s)] == s and not _goes_on(own[len(s)], lang)]
        if run is not None and shorter and run.name == " ".join(run.tokens):
            keep = run.tokens[:1 + max(len(s) for s in shorter)]
            name = " ".join(keep)
            run = replace(run, name=name, tokens=keep, end=run.start + len(name))
        out.append(run)
    return out


def _goes_on(word: str, lang: str) -> bool:
    """``word`` joins or qualifies the subject before it."""
    if word in _INNER.get(lang, ()):
        return True
    return bool(phrases.adjective(word) if lang == "ru" else _PL_MODIFIER.search(word))
