"""Sentences that stand on their own: a leading pronoun becomes the article's term.

Summary bullets often start "It can…", "Это может…" or, in pro-drop languages,
with a bare verb ("Puede…", "Może…"). Out of its list such a sentence has no
subject, so the article's term is put in (replacing the pronoun, or before the verb).
"""

from __future__ import annotations

import re

from ..language import is_stopword
from ..models import Extraction

# Pronouns that open a sentence as its subject.
_PRONOUNS = {
    "en": ("it", "this"),
    "ru": ("это", "он", "она", "оно"),
    "pl": ("to", "ono", "ona"),
    "es": ("esto", "ello"),
    "it": ("ciò", "esso", "essa"),
}
# Third-person verbs that open a subjectless sentence (pro-drop languages).
_VERBS = {
    "es": ("puede", "pueden", "permite", "ayuda", "es", "consiste", "incluye", "implica"),
    "it": ("può", "possono", "permette", "consente", "aiuta", "è", "consiste", "include", "implica"),
    "pl": ("może", "mogą", "pozwala", "pomaga", "jest", "polega", "obejmuje", "umożliwia"),
    "ru": ("может", "могут", "позволяет", "помогает", "является", "включает"),
}
_FIRST = re.compile(r"^(\w+)\s+(\w+)")
_DETERMINED = {"this", "to", "это"}  # "This strategy…" is a determiner: replace only before a stop word


def standalone(text: str, term: str, lang: str) -> str:
    """``text`` with a subject: a leading pronoun or bare verb gets the article's ``term``."""
    term = term.strip()
    m = _FIRST.match(text)
    if not term or not m:
        return text
    first, second = m.group(1), m.group(2)
    low = first.casefold()
    if low in _PRONOUNS.get(lang, ()):
        if low in _DETERMINED and not is_stopword(second, lang):
            return text
        return term + text[len(first):]
    if low in _VERBS.get(lang, ()):
        return f"{term} {first[:1].lower()}{first[1:]}{text[len(first):]}"
    return text


# Definite articles a definition may open with ("La optimización…", "L'ottimizzazione…").
_DEFINITE = re.compile(r"^(?:the|el|la|los|las|il|lo|i|gli|le|l['’])\s*$", re.I)


def named(ex: Extraction) -> str:
    """The article's term as a sentence subject: with the article its definition gives it."""
    from ..text import clean
    from .spans import subject

    term = clean(ex.term)
    if not ex.definitions or not term:
        return term
    text = clean(ex.definitions[0].text)
    span = subject(term, text, ex.article.language)
    if not span or not _DEFINITE.match(text[:span[0]]):
        return term
    rest = term.split(None, 1)[1:]
    if not any(w[:1].isupper() and not w.strip("()").isupper() for w in " ".join(rest).split()) \
            and not term.split()[0].isupper():
        term = term[:1].lower() + term[1:]  # a sentence-case title: "Optimización de …" → "la optimización de …"
    return text[:span[0]].strip().capitalize() + ("" if text[span[0] - 1] in "'’" else " ") + term
