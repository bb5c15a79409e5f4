"""Which small joiners ("of", "and", "de") stay inside a capitalised run:
only those inside a name with a head noun (Commission, Act), or binding a
one-word head to what follows ("Journal of Economic Theory"); and what
else joins two capitalised pieces: "of the" after a head noun, a quoted nickname.
"""

from __future__ import annotations

import re

from . import lexicon
from .shapes import is_acronym, is_capital


def split_joined(piece: list[tuple[str, int, int]], lang: str) -> list[list[tuple[str, int, int]]]:
    """Keep joiners only inside runs that hold a name head (Commission, Act)."""
    joins = lexicon.joiners(lang) | lexicon.joiners("en")
    has_join = any(t.lower() in joins and not is_capital(t) for t, _, _ in piece)
    # "Standard and Poor's", "Marsh & McLennan's": two names sharing one
    # possessive are one firm; a list would give each its own.
    firm = len(piece) == 3 and piece[1][0].lower() in lexicon.AND and re.search(r"['’]s$", piece[2][0])
    if not has_join or firm:
        return [piece]
    and_at = [k for k in range(1, len(piece) - 1) if _separates(piece, k, lang)]
    if and_at:
        cuts = [0, *and_at, len(piece)]
        parts = [piece[a + (a > 0): b] for a, b in zip(cuts, cuts[1:])]
        return [p for part in parts if part for p in split_joined(part, lang)]
    if any(t.islower() and t not in joins and t not in lexicon.PARTICLES for t, _, _ in piece):
        return [piece]  # lower-case words of the name itself ("Комитет по открытым рынкам")
    if lang != "en" and any(_foreign_joint(piece, k, lang) for k in range(len(piece))):
        # "School of Business della New York University": a local connector
        # between two English names separates them.
        out = [[]]
        for k, tok in enumerate(piece):
            if _foreign_joint(piece, k, lang):
                out.append([])
            else:
                out[-1].append(tok)
        return [p for s in out if s for p in split_joined(s, lang)]
    if any(lexicon.head_kind(t, lang) not in (None, "place") for t, _, _ in piece if is_capital(t)):
        # Numbers only trail a name: "S&P 500" yes, "500" alone no.
        return [piece]
    out: list[list[tuple[str, int, int]]] = [[]]
    for k, tok in enumerate(piece):
        # "Secretary of State George Marshall": an office keeps its complement
        # (trimmed off later), or "State George Marshall" would be left.
        # "América del Norte y América del Sur": each part after a cut may bind anew.
        joiner = tok[0].lower() in joins and not is_capital(tok[0])
        if joiner and not _binds(out[-1] + piece[k:], len(out[-1])) and not (k and lexicon.is_title(piece[k - 1][0], lang)):
            out.append([])
        else:
            out[-1].append(tok)
    return [p for p in out if p]


# "of", "de", "dla" bind a one-word head to what follows ("Journal of
# Economic Theory", "Memory of Alfred Nobel"), so no fragment stands alone;
# after a longer name they start a new one ("Zoe Lofgren of California").
_BINDERS = frozenset("of for de del di della dei degli dell dla ds ds. по per".split())


def _binds(piece: list[tuple[str, int, int]], k: int) -> bool:
    if piece[k][0].lower() not in _BINDERS or k != 1 or k + 1 >= len(piece):
        return False
    left, right = piece[0][0], piece[k + 1][0]
    return len(left) > 2 and not is_acronym(left) and not is_acronym(right) and is_capital(right)


def _separates(piece: list[tuple[str, int, int]], k: int, lang: str) -> bool:
    """"and" between two capitalised words that ends a name: after an
    acronym, a whole name already ("AIB и Института"); in Russian, which
    writes an institution's later words in lower case, always."""
    word = piece[k][0]
    if word not in lexicon.AND or word == "&" or not is_capital(piece[k + 1][0]):
        return False
    if word == "и" or is_acronym(piece[k - 1][0]):
        return True
    # "Berkeley i Uniwersytetu Columbia": where heads come first, a head
    # after "and" opens a second name unless the first holds a head too
    # ("Komisja Papierów Wartościowych i Giełd").
    return lang != "en" and lexicon.own_head(piece[k + 1][0], lang) == "organization" and not any(
        lexicon.head_kind(t, lang) for t, _, _ in piece[:k])


_ENGLISH_MARKS = frozenset("of for the and on".split())


def _english(part: list[tuple[str, int, int]], lang: str) -> bool:
    """Part of a run written in English: an English connector or head noun."""
    return any(t in _ENGLISH_MARKS or (is_capital(t) and lexicon.own_head(t, "en") and not lexicon.own_head(t, lang)) for t, _, _ in part)


def _foreign_joint(piece: list[tuple[str, int, int]], k: int, lang: str) -> bool:
    word = piece[k][0]
    if is_capital(word) or word not in lexicon.joiners(lang) or word in lexicon.joiners("en"):
        return False
    return _english(piece[:k], lang) or _english(piece[k + 1:], lang)


_ARTICLE_JOINTS = {("of", "the"), ("for", "the"), ("de", "la"), ("de", "los"), ("de", "las"), ("para", "la"), ("para", "el"),
                   ("y", "del"), ("y", "de"), ("e", "del"), ("e", "della"), ("e", "dei"), ("e", "dell"), ("e", "degli")}  # "del Carbón y del Acero"


def article_joint(toks: tuple[tuple[str, int, int], ...], j: int, sentence: str) -> bool:
    """"of the" then a capitalised word, after a name with a head noun."""
    if j + 2 >= len(toks) or (toks[j][0], toks[j + 1][0]) not in _ARTICLE_JOINTS or not is_capital(toks[j + 2][0]) or toks[j + 2][0].isupper():
        return False
    gaps = [sentence[toks[k - 1][2]:toks[k][1]] for k in (j + 1, j + 2)]
    return gaps[0] == " " and gaps[1] in (" ", "'", "’")  # "e dell'Acciaio"


_QUOTES = {' "': '" ', " “": "” ", " „": "” ", " «": "» "}


def nickname(toks: tuple[tuple[str, int, int], ...], j: int, sentence: str, gap: str) -> bool:
    """A one-word nickname in quotes between a first name and a surname."""
    close = _QUOTES.get(gap)
    return bool(close) and j + 1 < len(toks) and is_capital(toks[j][0]) and is_capital(toks[j + 1][0]) and sentence[toks[j][2]:toks[j + 1][1]] == close
