"""Word-class cues around a name that say what kind of thing it is.

An office or profession noun just before a name ("economist Paul Krugman",
"премьер-министр Синдзо Абэ") marks a person. In English a name that
directly modifies a following common noun ("in Fedwire transfers") is used
attributively, so a preposition before it does not make it a place.
"""

from __future__ import annotations

from ..language import stopwords
from .names import tokens

# Stems of offices and professions that stand before a person's name.
_OFFICES = tuple(
    """economist minister premier president chairman chairwoman founder professor governor senator
    economista ministr presidente fundador fondator profesor professor
    ekonomist prezes prezydent założyciel
    экономист министр премьер президент основател профессор губернатор сенатор""".split()
)


def office_before(sentence: str, start: int) -> bool:
    """The word just before the name is an office or profession noun."""
    before = tokens(sentence[:start])
    if not before or sentence[before[-1][2]: start] != " ":
        return False
    word = before[-1][0].lower().split("'")[-1].split("’")[-1]
    return word[:1].isalpha() and word[:1].islower() and word.startswith(_OFFICES) and before[-1][0][:1].islower()


def attributive(sentence: str, end: int, lang: str) -> bool:
    """English: the name is directly followed by a common noun it modifies."""
    if lang != "en":
        return False
    after = tokens(sentence[end:])
    if not after or sentence[end: end + after[0][1]] != " ":
        return False
    word = after[0][0]
    return word[:1].islower() and word.isalpha() and word not in stopwords(lang)
