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
_RU_ADJ = re.compile(r"[а-яё]{2,}(?:ому|ему|ой|ая|ий|ый|ого|его|ом|ем|ым|им|ых|их|ую|юю|ое|ее|ей|ые|ие)$")
# Verb forms end the complement ("Комиссия по ценным бумагам начала ...").
_RU_VERB = re.compile(r"(?:ла|ло|ли|ть|ет|ит|ют|ят|ал|ил|ся|сь|ешь|ишь|ем|им)$")
# A short adjective is a predicate ("подотчетна", "ответственны"): it ends
# the complement. Nouns in -на after a consonant are short words ("весна").
_RU_SHORT = re.compile(r"[а-яё]{4,}[бвгджзклмнпрстфхцчшщ]н[аоы]$")
# Complement openers after a capitalised head noun.
_RU_COMPLEMENT = frozenset({"по", "о", "об"})
# Words allowed inside a complement besides content words.
_RU_INNER = frozenset({"и", "за"})
# Lower-case adjective after an Italian/Spanish head ("Banca mondiale").
_ROMANCE_ADJ = re.compile(r"[a-zà-ú]{3,}(?:ale|ali|iale|ana|ano|ani|ane|ese|esi|ica|ico|ici|iche|ial|ales)$")
_ROMANCE_ADJ2 = re.compile(r"[a-zà-ú]{3,}(?:ea|eo|ei|ee)$")  # "europea": only after another adjective
_MAX_COMPLEMENT = 9


def adjective(word: str) -> bool:
    """A Russian adjective form ("Американской", "Нью-Йоркском")."""
    return bool(_RU_ADJ.match(word.lower().split("-")[-1]))


def org_head(word: str, lang: str) -> bool:
    """A head noun of an organization or a law in ``lang`` itself."""
    return lexicon.own_head(word, lang) in ("organization", "law")


def tail(toks: tuple[tuple[str, int, int], ...], j: int, sentence: str, lang: str, last: str, alone: bool = False, opener: bool = False,
         head: bool = False) -> int:
    """How many lower-case tokens from ``toks[j]`` continue the name whose
    last capitalised token is ``last`` (0 when none). ``alone``: ``last`` is
    the run's only word; ``opener``: the run opens its sentence; ``head``:
    the run holds an organization or law head noun."""
    if lang == "ru":
        return _ru_tail(toks, j, sentence, last, alone, opener, head)
    if lang in ("it", "es"):
        word = toks[j][0]
        if org_head(last, lang) and _ROMANCE_ADJ.match(word) and word not in stopwords(lang):
            # "Banca centrale europea": a second adjective may follow.
            nxt = toks[j + 1][0] if j + 1 < len(toks) and spaced(toks, j + 1, sentence) else ""
            if (_ROMANCE_ADJ.match(nxt) or _ROMANCE_ADJ2.match(nxt)) and nxt not in stopwords(lang) and _next_free(toks, j + 1, sentence):
                return 2
            if _next_free(toks, j, sentence):
                return 1
    return 0


def spaced(toks: tuple[tuple[str, int, int], ...], a: int, sentence: str) -> bool:
    """Token ``a`` follows token ``a - 1`` after a single space."""
    return sentence[toks[a - 1][2]:toks[a][1]] == " "


def _next_free(toks, j: int, sentence: str) -> bool:
    """Nothing capitalised glued right after: the name ends here."""
    return j + 1 >= len(toks) or not spaced(toks, j + 1, sentence) or not toks[j + 1][0][:1].isupper()


# Genitive forms: a complement after a head noun ("ассоциация банкиров",
# "Бюро переписи населения", "институт банковского дела").
_RU_GEN_ADJ = re.compile(r"[а-яё]{2,}(?:ого|его|ых|их|ой|ей)$")
_RU_GEN_NOUN = re.compile(r"[а-яё]{2,}(?:ов|ев|ей|ий|а|я|ы|и)$")
# Past-tense verbs in -ел/-ул/-ял besides _RU_VERB's: a lone adjective's
# noun is never one ("Толстой писал").
_RU_PAST = re.compile(r"(?:ел|ул|ял)$")


def _ru_genitive(toks, k: int, sentence: str) -> int:
    """How many tokens from ``toks[k]`` form a genitive complement."""
    stops = stopwords("ru")
    n = end = 0
    pending = False  # an adjective waits for its noun
    while k + n < len(toks) and n < 4 and spaced(toks, k + n, sentence):
        word = toks[k + n][0]
        if word == "и" and end == n and n and k + n + 1 < len(toks) and _RU_GEN_NOUN.match(toks[k + n + 1][0]):
            n += 1  # "учета и аудита": two complements joined
            continue
        if not word.islower() or word in stops:
            break
        last = word.split("-")[-1]
        nxt = k + n + 1
        followed = nxt < len(toks) and spaced(toks, nxt, sentence) and toks[nxt][0].islower()
        if _RU_GEN_ADJ.match(last) and (followed or not _RU_GEN_NOUN.match(last)):
            n, pending = n + 1, True  # "-ей" may also end a noun ("потребителей")
            continue
        # After an adjective only a noun can follow ("банковского дела").
        if not pending and (_RU_VERB.search(last) or _RU_SHORT.search(last)):
            break
        if not _RU_GEN_NOUN.match(last) or last.endswith(("ами", "ями")):
            break
        n, pending = n + 1, False
        end = n
    return end


def ru_breaks(word: str, endings: tuple[str, ...] = ("о", "ь")) -> bool:
    """A Russian verb, adverb or short adjective: it ends a name's lower-case
    complement. ``endings``: final letters read as an adverb or a verb form
    (a law's subject may end in a noun like "помощь" or "имущество")."""
    return bool(_RU_VERB.search(word) and not _RU_ADJ.match(word) or _RU_PAST.search(word) or word.endswith(endings) or _RU_SHORT.search(word))


def _ru_complement(toks, j: int, sentence: str) -> int:
    """"по росту и развитию", "о Федеральной резервной системе": a
    complement after a head noun, up to a verb or a stop word."""
    stops = stopwords("ru")
    k, end = j + 1, 0
    while k < len(toks) and k - j <= _MAX_COMPLEMENT and spaced(toks, k, sentence):
        word = toks[k][0]
        # The complement may open with a name of its own, written as Russian
        # writes names: a capitalised adjective, the rest lower case.
        if not word.islower() and not (k == j + 1 and adjective(word) and k + 1 < len(toks) and toks[k + 1][0].islower()):
            break
        if word in _RU_INNER:
            k += 1
            continue
        # Verbs and adverbs ("сильно повлиял") end it.
        if word in stops or ru_breaks(word):
            break
        k += 1
        end = k
    return end - j if end else 0


# Adjective ending -> endings of a noun that agrees with it; only these
# let a lone capitalised adjective take a noun that is not a name head.
_AGREES = (("ая", "ая яя", "а я ь"), ("ое ее", "ое ее", "о е"), ("ую юю", "ую юю", "у ю ь"),
           ("ой ей", "ой ей", "и е ы ой ей ью"), ("ого его", "ого его", "а я и"), ("ый ий", "ый ий", "бвгджзклмнпрстфхцчшщ"),
           ("ые ие", "ые ие", "ы и а я"), ("ому ему", "ому ему", "у ю"), ("ым им", "ым им", "ом ем ам ям"),
           ("ом ем", "ом ем", "е и"), ("ых их", "ых их", "ах ях ов ев ей"))


def _agrees(adjective_: str, noun: str) -> bool:
    for _, ends, noun_ends in _AGREES:
        if adjective_.endswith(tuple(ends.split())):
            ends_n = tuple(noun_ends.split()) if " " in noun_ends else tuple(noun_ends)
            return noun.endswith(ends_n)
    return False


def _ru_tail(toks, j: int, sentence: str, last: str, alone: bool, opener: bool, head: bool = False) -> int:
    stops = stopwords("ru")
    if org_head(last, "ru") or head:
        # "Комиссии по росту и развитию", "Закон США о патриотизме".
        if toks[j][0] in _RU_COMPLEMENT and (org_head(last, "ru") or last.isupper()):
            return _ru_complement(toks, j, sentence)
        if org_head(last, "ru") and (not opener or not alone):
            return _ru_genitive(toks, j, sentence)  # "Ассоциацию банкиров"
        return 0
    # "Всемирным банком", "Американской ассоциации банкиров"; a lone
    # capitalised adjective names with the noun it agrees with
    # ("Оранжевую книгу", "Транстихоокеанское партнерство").
    if adjective(last):
        k = j
        while k < len(toks) and k - j < 3 and spaced(toks, k, sentence):
            word = toks[k][0]
            if not word.islower() or word in stops:
                break
            # "резервном" looks like a head ("резерв") but leads to one.
            leads = _RU_ADJ.match(word) and k + 1 < len(toks) and toks[k + 1][0].islower() and org_head(toks[k + 1][0], "ru")
            # "Виргинские острова": a place head noun closes the name as well.
            if (org_head(word, "ru") or lexicon.own_head(word, "ru") == "place") and not leads:
                after = k + 1 < len(toks) and toks[k + 1][0] in _RU_COMPLEMENT
                more = _ru_complement(toks, k + 1, sentence) if after else _ru_genitive(toks, k + 1, sentence)
                return k - j + 1 + more
            # "Белым домом": a noun in -ом/-ем looks like an adjective, but
            # none follows it.
            last_word = not (k + 1 < len(toks) and spaced(toks, k + 1, sentence) and toks[k + 1][0].islower() and toks[k + 1][0] not in stops)
            if not _RU_ADJ.match(word) or last_word:
                if alone and not opener and word.isalpha() and _agrees(last.lower(), word) and not _RU_VERB.search(word) and not _RU_PAST.search(word):
                    return k - j + 1 + _ru_genitive(toks, k + 1, sentence)
                break
            k += 1
    return 0
