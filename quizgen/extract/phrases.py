"""Lower-case continuations of a name, by how each language writes names.

Russian capitalises only the first word of an institution's name: an
adjective, then lower-case adjectives and the head noun ("Всемирным банком",
"Американской экономической ассоциации"), or a capitalised head noun and a
lower-case complement after "по"/"о" ("Комиссии по росту и развитию",
"Закон о контроле за бюджетом"). Italian and Spanish may leave an adjective
after the head in lower case ("Banca mondiale"). These are word classes
(head nouns, adjective endings, verb endings), never names.
"""

from __future__ import annotations

import re

from ..language import stopwords
from . import lexicon

# Adjective endings: a word that agrees with the head noun it leads to.
_RU_ADJ = re.compile(r"[а-яё]{2,}(?:ой|ая|ий|ый|ого|его|ом|ем|ым|им|ых|их|ую|юю|ое|ее|ей|ые|ие)$")
# Verb forms end the complement ("Комиссия по ценным бумагам начала ...").
_RU_VERB = re.compile(r"(?:ла|ло|ли|ть|ет|ит|ют|ят|ал|ил|ся|сь|ешь|ишь|ем|им)$")
# Complement openers after a capitalised head noun.
_RU_COMPLEMENT = frozenset({"по", "о", "об"})
# Words allowed inside a complement besides content words.
_RU_INNER = frozenset({"и", "за"})
# Lower-case adjective after an Italian/Spanish head ("Banca mondiale").
_ROMANCE_ADJ = re.compile(r"[a-zà-ú]{3,}(?:ale|ali|iale|ana|ano|ani|ane|ese|esi|ica|ico|ici|iche|ial|ales)$")
_MAX_COMPLEMENT = 6


def adjective(word: str) -> bool:
    """A Russian adjective form ("Американской", "Нью-Йоркском")."""
    return bool(_RU_ADJ.match(word.lower().split("-")[-1]))


def org_head(word: str, lang: str) -> bool:
    """A head noun of an organization or a law in ``lang`` itself."""
    return lexicon.own_head(word, lang) in ("organization", "law")


def tail(toks: tuple[tuple[str, int, int], ...], j: int, sentence: str, lang: str, last: str) -> int:
    """How many lower-case tokens from ``toks[j]`` continue the name whose
    last capitalised token is ``last`` (0 when none)."""
    if lang == "ru":
        return _ru_tail(toks, j, sentence, last)
    if lang in ("it", "es"):
        word = toks[j][0]
        if org_head(last, lang) and _ROMANCE_ADJ.match(word) and word not in stopwords(lang) and _next_free(toks, j, sentence):
            return 1
    return 0


def _spaced(toks, a: int, sentence: str) -> bool:
    """Token ``a`` follows token ``a - 1`` after a single space."""
    return sentence[toks[a - 1][2]:toks[a][1]] == " "


def _next_free(toks, j: int, sentence: str) -> bool:
    """Nothing capitalised glued right after: the name ends here."""
    return j + 1 >= len(toks) or not _spaced(toks, j + 1, sentence) or not toks[j + 1][0][:1].isupper()


def _ru_tail(toks, j: int, sentence: str, last: str) -> int:
    stops = stopwords("ru")
    # "Всемирным банком", "Американской экономической ассоциации".
    if adjective(last):
        k = j
        while k < len(toks) and k - j < 3 and _spaced(toks, k, sentence):
            word = toks[k][0]
            if not word.islower() or word in stops:
                break
            if org_head(word, "ru"):
                return k - j + 1
            if not _RU_ADJ.match(word):
                break
            k += 1
        return 0
    # "Комиссии по росту и развитию", "Закон о краже личных данных".
    if org_head(last, "ru") and toks[j][0] in _RU_COMPLEMENT:
        k, end = j + 1, 0
        while k < len(toks) and k - j <= _MAX_COMPLEMENT and _spaced(toks, k, sentence):
            word = toks[k][0]
            if not word.islower():
                break
            if word in _RU_INNER:
                k += 1
                continue
            if word in stops or _RU_VERB.search(word) and not _RU_ADJ.match(word):
                break
            k += 1
            end = k
        return end - j if end else 0
    return 0
