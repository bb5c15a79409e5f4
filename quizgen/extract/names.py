"""Capitalised runs in a sentence: the raw material of named entities.

A run is a sequence of name-like tokens joined by single spaces ("Sprout
Social", "U.S. Securities and Exchange Commission"); small joiners ("of",
"and", "de") stay inside a run only when the run holds a name head such as
Commission or Center, so "Facebook and Twitter" stays two names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from nltk.tokenize import RegexpTokenizer

from ..language import ABBREVIATIONS, stopwords
from . import laws, lexicon, phrases
from .joins import article_joint, nickname, split_joined as _split_joined
from .numbers import LAW_YEAR, digit_led, name_number
from .openers import is_opener
from .shapes import is_capital, is_compound_modifier, is_latin

# Dotted initials (U.S., J.P.), then words with inner hyphens, apostrophes,
# dots or ampersands (SixDegrees.com, McDonald's, S&P), then numbers.
_TOKENS = RegexpTokenizer(r"[A-Z]{2}\. ?[A-Z]{2}\.|(?:[^\W\d_]\.){2,}|[^\W_]+(?:[.'’&-][^\W_]+)*")
# The same pattern on the plain ``re`` engine: NLTK's wrapper adds a timeout
# guard per match that costs more than the match itself, and the pattern
# cannot backtrack badly (no nested quantifiers over the same characters).
_TOKEN_RE = re.compile(_TOKENS._pattern)
_INFLECTED = re.compile(r"['’](?:s|[a-ząćęłńóśźż]{1,4})$")
# Determiners and possessives never stand inside a name: capitalised after a
# name they open the next sentence ("in the U.S. These", "Stati Uniti Il").
_DETERMINERS = frozenset("the a an this these that those its their our his her el la los las un una unos unas il lo gli uno una".split())


@dataclass(frozen=True)
class Run:
    """One capitalised run inside one sentence."""

    name: str
    tokens: tuple[str, ...]
    start: int  # character offsets in the sentence
    end: int
    opener: bool  # first word of the sentence (or of a quote or clause after a colon)


_ELIDED = re.compile(r"(?<![^\W\d_])([a-zà-ú]{1,5})['’](?=[A-Z])")
_RUN_ON = re.compile(r"(?<=[^\W\d_]{3})\.(?=[A-ZА-Я][a-zа-я])")


@lru_cache(maxsize=1 << 15)  # kind cues re-read the same sentence per mention
def tokens(sentence: str) -> tuple[tuple[str, int, int], ...]:
    """Word tokens with offsets; "Europa.La" (a missing space) is two words."""
    if not _RUN_ON.search(sentence) and not _ELIDED.search(sentence):  # the usual case
        return tuple((m.group(), m.start(), m.end()) for m in _TOKEN_RE.finditer(sentence))
    out: list[tuple[str, int, int]] = []
    for match in _TOKEN_RE.finditer(sentence):
        word = match.group()
        a, b = match.span()
        cut = _RUN_ON.search(word)
        elided = _ELIDED.match(word)
        if cut:
            out += [(word[: cut.start()], a, a + cut.start()), (word[cut.end():], a + cut.end(), b)]
        elif elided:
            # "dell'American": an elided article or preposition, then the name.
            out += [(elided.group(1), a, a + len(elided.group(1))), (word[elided.end():], a + elided.end(), b)]
        else:
            out.append((word, a, b))
    return tuple(out)


# Words that close a name: company forms and generational suffixes.
NAME_ENDS = frozenset("inc corp ltd llc plc jr sr".split())


def _abbreviated(token: str, lang: str) -> bool:
    """A token whose following period belongs to it (M., St., Dr., Inc.)."""
    bare = token.lower()
    return (len(token) == 1 and token.isupper()) or bare in ABBREVIATIONS.get(lang, frozenset()) or bare in ABBREVIATIONS["en"]


def runs(sentence: str, lang: str, link_ends: frozenset[int] = frozenset()) -> list[Run]:
    """Capitalised runs of ``sentence``; ``link_ends`` are offsets where a
    link's text ends, which a lower-case continuation never crosses."""
    toks = tokens(sentence)
    found: list[Run] = []
    joins = lexicon.joiners(lang) | lexicon.joiners("en")
    i = 0
    while i < len(toks):
        text, start, _ = toks[i]
        subject = laws.complement(toks, i + 1, sentence, lang) if laws.lower_head(text, lang) else 0
        if subject:  # "ustawa o papierach wartościowych": a law named in lower case
            end = toks[i + subject][2]
            found.append(Run(sentence[start:end], tuple(t for t, _, _ in toks[i:i + subject + 1]), start, end, is_opener(sentence, start)))
            i += subject + 1
            continue
        if not is_capital(text) and not digit_led(toks, i, sentence) or is_compound_modifier(text):
            i += 1
            continue
        parts = [i]
        cut = 0
        j = i + 1
        while j < len(toks):
            prev_text, _, prev_end = toks[parts[-1]]
            word, s, _ = toks[j]
            gap = sentence[prev_end:s]
            if nickname(toks, j, sentence, gap):
                parts.extend([j, j + 1])  # Jerome "Jay" Powell: one name
                j += 2
                continue
            if prev_text.lower() in NAME_ENDS and len(parts) > 1:
                break  # "Meta Inc. Class A", "Henry Morgenthau Jr. and ...": the name ends here
            if gap == ". " and _abbreviated(prev_text, lang):
                # "class B. Although ...": a lone letter that opens the run
                # ends the sentence when a function word follows.
                if len(parts) == 1 and len(prev_text) == 1 and (word.lower() in stopwords(lang) or _letter_ends(toks, i, j, sentence)):
                    break
                gap = " "
            # A possessive or an inflection after an apostrophe ends a name
            # ("Spence'owi Medal"): the name is declined as a whole.
            if gap not in (" ", "\u00a0", " & ") or _declined_alone(prev_text, word):
                break
            if word.lower() in _DETERMINERS and word[:1].isupper() and sentence[toks[j][2]:toks[j][2] + 1] != ".":
                break
            if lang == "ru" and _new_name(toks, j, sentence, prev_text, len(parts) == 1):
                break
            if is_compound_modifier(word):
                break  # "China A-shares", "Stanford-based": a modifier, not a name's word
            if is_capital(word) or name_number(toks, j, sentence, lang):
                parts.append(j)
                j += 1
                continue
            # A joiner stays only when a capitalised word follows it.
            after = sentence[toks[j][2]:toks[j + 1][1]] if j + 1 < len(toks) else ""
            k = j
            while k < len(toks) and toks[k][0] in lexicon.PARTICLES and sentence[toks[k][2]:toks[k][2] + 1] == " ":
                k += 1
            if k > j and k < len(toks) and is_capital(toks[k][0]) and is_capital(prev_text) and len(prev_text) > 1:
                parts.extend(range(j, k + 1))  # "John von Neumann", "Johannes van der Waals": one person
                j = k + 1
                continue
            # "the" joins nothing by itself: "Later the Board" is two pieces.
            if word.lower() in joins and word != "the" and j + 1 < len(toks) and is_capital(toks[j + 1][0]) and (after == " " or after == ". " and _abbreviated(word, lang)):
                parts.extend([j, j + 1])
                j += 2
                continue
            head = any(phrases.org_head(toks[p][0], lang) for p in parts if is_capital(toks[p][0]))
            # Only a short name takes "of the" ("Board of Governors of the ..."); a
            # longer one has its own end ("Escuela ... Stern | de la Universidad").
            if head and sum(is_capital(toks[p][0]) for p in parts) <= 3 and article_joint(toks, j, sentence):
                parts.extend([j, j + 1, j + 2])  # "Office of the Comptroller", "Banco de la Reserva"
                j += 3
                continue
            # "Ustawa o papierach wartościowych", "Закона о труде на железной дороге".
            more = laws.complement(toks, j, sentence, lang) if len(parts) == 1 and lexicon.own_head(prev_text, lang) == "law" else 0
            if not more:
                more = phrases.tail(toks, j, sentence, lang, prev_text, len(parts) == 1, is_opener(sentence, toks[parts[0]][1]), head)
            # ("Британские Виргинские острова": adjectives in a row stay one name.)
            if (more and lang == "ru" and len(parts) > 1 and is_capital(prev_text) and phrases.adjective(prev_text)
                    and not phrases.adjective(toks[parts[-2]][0])):
                cut = len(parts) - 1  # "Джона Кларка | Американской ... ассоциации"
            # "[Закон о социальном обеспечении](/x) конституционным ...": a
            # link around the name ends its complement.
            linked = next((m for m in range(1, more + 1) if toks[j + m - 1][2] in link_ends), 0)
            if more:
                parts.extend(range(j, j + (linked or more)))
                j += linked or more
                if not linked:
                    continue
            break
        head = parts[:cut]
        while head and toks[head[-1]][0] in joins:
            head = head[:-1]  # "Европейский центральный банк | и | Европейская комиссия"
        pieces = [head, parts[cut:]] if cut else [parts]
        for piece in (p for ps in pieces for p in _split_joined([toks[k] for k in ps], lang)):
            opener = is_opener(sentence, piece[0][1])
            name = sentence[piece[0][1]:piece[-1][2]]
            if piece[-1][0] and name.endswith(piece[-1][0]) and piece[-1][2] < len(sentence) and sentence[piece[-1][2]] == "." and _abbreviated(piece[-1][0], lang) and len(piece) > 1 and len(piece[-1][0]) > 1:
                name += "."
            words = tuple(t for t, _, _ in piece)
            year = LAW_YEAR.match(sentence, piece[-1][2]) if lang == "en" and any(lexicon.head_kind(t, lang) == "law" for t in words) else None
            if year:  # "Securities Act of 1933": the year names the law
                name = sentence[piece[0][1]:year.end()]
                words += tuple(year.group(0).split())
            found.append(Run(name, words, piece[0][1], year.end() if year else piece[-1][2], opener))
        i = j
    return found


def _declined_alone(prev: str, word: str) -> bool:
    """A possessive ("Moody's") or an apostrophe inflection ("Spence'owi
    Medal") ends a name, unless the next word takes the same ending
    ("George'em Akerlofem": one name declined)."""
    m = _INFLECTED.search(prev)
    # An initial takes no ending: "George'a W. Busha" is one name; a surname
    # takes its own case ending ("Eugene'a Famę", "Milton'a Friedmana").
    return bool(m) and (m.group(0)[1:] == "s" or not word.endswith(m.group(0)[1:]) and not (len(word) <= 2 and word.isupper())
                        and not word.endswith(_CASE_PAIRS.get(m.group(0)[1:], ("\0",))))


# A first name's ending after the apostrophe -> the endings its surname may
# take in the same case ("Eugene'a Famę", "Milton'em Friedmanem").
_CASE_PAIRS = {"a": ("a", "ę"), "owi": ("owi", "ie"), "em": ("em", "ą"), "ego": ("ego", "a"), "emu": ("emu", "owi")}


def _letter_ends(toks: tuple[tuple[str, int, int], ...], i: int, j: int, sentence: str) -> bool:
    """"of class B. Sebbene ...": a letter after a lower-case word, then a
    single capitalised word, ends a sentence; an initial opens a longer name."""
    before = i > 0 and toks[i - 1][0][:1].islower()
    longer = j + 1 < len(toks) and sentence[toks[j][2]:toks[j + 1][1]] == " " and is_capital(toks[j + 1][0])
    return before and not longer


def _new_name(toks: tuple[tuple[str, int, int], ...], j: int, sentence: str, prev: str, first: bool = False) -> bool:
    """Russian capitalises only a name's first word: a capitalised adjective
    leading to lower-case words after a head noun opens a new name
    ("Советом | Федеральной резервной системы")."""
    word = toks[j][0]
    # "Enron | Джеффри Скиллинга": a change of script starts another name.
    if is_capital(word) and is_latin(prev) != is_latin(word) and any(c.isalpha() for c in prev):
        return True
    # "США | Администрация", "СССР | В. М. Молотов": Russian puts a genitive
    # after its head, so an acronym opening a run names something of its own.
    if first and prev.isupper() and len(prev) >= 2 and not is_latin(prev) and is_capital(word) and (len(word) == 1 or not word.isupper()):
        return True
    # "премьер-министр Японии | Синдзо Абэ": a place in the genitive
    # closes what came before it; no name opens with one.
    if is_capital(word) and prev.endswith("ии") and prev[:1].isupper() and not phrases.org_head(prev, "ru") and (j < 2 or not is_capital(toks[j - 2][0])):
        return True
    if not (is_capital(word) and phrases.adjective(word) and phrases.org_head(prev, "ru")):
        return False
    return j + 1 < len(toks) and sentence[toks[j][2]:toks[j + 1][1]] == " " and toks[j + 1][0].islower()
