"""Numbers beside capitalised words: which belong to a name ("S&P 500",
"3M Company", "Securities Act of 1933") and which date or count something
("30 lipca", "2 миллиарда", "Риме 30 и 31")."""

from __future__ import annotations

import re

from ..language import stopwords
from . import lexicon
from .shapes import is_capital

_YEAR = re.compile(r"^(1[5-9]|20)\d\d$")


def name_number(toks: list, j: int, sentence: str, lang: str) -> bool:
    """Token ``j``, a number after a name, is part of it: short, not a year,
    not a date's day, not counting or listing anything."""
    word = toks[j][0]
    return word.isdigit() and not _YEAR.match(word) and len(word) <= 4 and not _day(toks, j, lang) and not _counted(toks, j, sentence, lang)


def _day(toks: list, j: int, lang: str) -> bool:
    """A number opening a date ("30 lipca", "30 de julio") is no part of the name before it."""
    after = [t[0] for t in toks[j + 1:j + 3]]
    if after and after[0].lower() in stopwords(lang) and len(after[0]) <= 3:
        after = after[1:]
    return bool(after) and lexicon.is_month(after[0], lang)


def _counted(toks: list, j: int, sentence: str, lang: str) -> bool:
    """"Шарпа 1,0", "Великобритании 2 миллиарда", "Риме 30 и 31": a decimal,
    a number counting the word after it, or one of two numbers is no part of a name."""
    if re.match(r",\d", sentence[toks[j][2]:]):
        return True
    nxt = toks[j + 1][0].lower() if j + 1 < len(toks) else ""
    if nxt in lexicon.AND and j + 2 < len(toks) and toks[j + 2][0].isdigit():
        return True
    return lexicon.is_quantity(nxt, lang)


_DIGIT_LED = re.compile(r"^\d+[^\W\d_]+$")


def digit_led(toks: tuple[tuple[str, int, int], ...], i: int, sentence: str) -> bool:
    """"0x Labs", "3M Company": a token of digits then letters opens the
    capitalised name it stands right before."""
    return bool(_DIGIT_LED.match(toks[i][0])) and i + 1 < len(toks) and sentence[toks[i][2]:toks[i + 1][1]] == " " and is_capital(toks[i + 1][0])


# English names an act by its year ("Securities Act of 1933"); translations
# treat the year as a date, so only English takes it into the name.
LAW_YEAR = re.compile(r" of (?:1[6-9]|20)\d\d(?![\w-])")

# A year-like number right after a name ("Russell 2000"), kept only when
# every version writes it so (see :func:`.boundaries.rejoined`).
YEAR_AFTER = re.compile(r" ((?:1[6-9]|20)\d\d)(?![,.]\d|\w)")
