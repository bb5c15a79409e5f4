"""Generic language knowledge for finding names: kind nouns, name heads,
months, demonym shapes and the small words that may sit inside a name.

These are words of each language, never names: quizgen must find names in
articles it has never seen. Matching is by lower-case prefix (``platform``
matches ``platforms``, ``платформ`` matches ``платформы``), so one stem
covers the inflected forms.
"""

from __future__ import annotations

from functools import lru_cache

from ..language import stem
from .vocabulary import _KIND_NOUNS, _HEADS, _JOINERS, _LIKE, _MONTHS, _CONVENTIONAL, _DEMONYM, _DEMONYM_WORDS, _COMPASS, _LOCATIVE, _PARTS, _QUANTITY, _OPENERS, _INSTITUTIONS, _WORKS

# "and" in each language, and "&": what joins two names in one list or firm.
AND = frozenset(("and", "y", "e", "i", "и", "&"))
# Lower-case particles inside a person's name, in any language's text ("John von Neumann").
PARTICLES = frozenset("von van der den ter zu фон ван дер".split())
# Languages that decline names ("Enronu", "Фридмана").
DECLINING = ("pl", "ru", "uk", "cs")
# Definite articles that stand alone before a name ("la Ley", "the Fed").
BARE_ARTICLES = frozenset("the el la los las il lo gli le".split())


def _split(table: dict[str, str], lang: str) -> tuple[str, ...]:
    return tuple(table.get(lang, table["en"]).split())


@lru_cache(maxsize=None)
def kind_nouns(lang: str) -> tuple[tuple[str, str], ...]:
    """(prefix, kind) pairs, longest prefix first."""
    pairs = [(w, kind) for kind, by_lang in _KIND_NOUNS.items() for w in _split(by_lang, lang)]
    return tuple(sorted(pairs, key=lambda p: -len(p[0])))


@lru_cache(maxsize=1 << 15)
def kind_of_noun(word: str, lang: str) -> str | None:
    """The kind a common noun names (``platforms`` -> platform), else None."""
    w = word.lower()
    for prefix, kind in kind_nouns(lang):
        # Short stems must match whole words; long ones may take endings.
        if w == prefix or (len(prefix) >= 4 and w.startswith(prefix) and len(w) - len(prefix) <= 4):
            return kind
    return None


@lru_cache(maxsize=1 << 15)
def head_kind(word: str, lang: str) -> str | None:
    """The kind a word inside a name gives it ("Center" -> organization)."""
    w = word.lower().rstrip(".")
    for kind in ("law", "index", "place", "organization"):
        for prefix in (*_split(_HEADS[kind], lang), *_split(_HEADS[kind], "en")):
            if w == prefix or (len(prefix) >= 5 and w.startswith(prefix) and len(w) - len(prefix) <= 3):
                return kind
    return None


@lru_cache(maxsize=1 << 15)
def own_head(word: str, lang: str) -> str | None:
    """Like :func:`head_kind`, from ``lang``'s own head nouns only; short
    heads match by stem ("банком" -> "банк")."""
    w = word.lower().rstrip(".")
    base = stem(w, lang)
    for kind in ("law", "index", "place", "organization"):
        for prefix in _split(_HEADS[kind], lang):
            if w == prefix or base == prefix or (len(prefix) >= 5 and w.startswith(prefix) and len(w) - len(prefix) <= 3):
                return kind
    return None


@lru_cache(maxsize=None)
def joiners(lang: str) -> frozenset[str]:
    return frozenset(_split(_JOINERS, lang)) | {"&"}


@lru_cache(maxsize=None)
def like_words(lang: str) -> frozenset[str]:
    return frozenset(_split(_LIKE, lang))


@lru_cache(maxsize=None)
def locatives(lang: str) -> frozenset[str]:
    return frozenset(_split(_LOCATIVE, lang))


# Honorifics and offices: closed-class words that stand before a person's name,
# and the suffixes and degrees that follow it (Jr., Ph.D.); none names anybody alone.
_TITLES = frozenset("""dr dra mr mrs ms sir prof dott sig sr sra jr phd ph.d
    president vice-president speaker chairman chairwoman chair ceo cfo coo cto chief officer secretary minister senator
    sen rep representative congressman congresswoman governor director excellency ambassador commissioner
    presidente secretario secretaria ministro ministra senador senadora representante gobernador director directora
    excelencia embajador comisionado segretario ministro senatore rappresentante governatore direttore eccellenza
    ambasciatore commissario amministratore prezydent prezes sekretarz minister senator gubernator dyrektor
    ambasador komisarz ekscelencja marszałek президент председатель спикер секретарь госсекретарь министр сенатор губернатор директор посол доктор""".split())


@lru_cache(maxsize=1 << 14)
def is_title(word: str, lang: str) -> bool:
    """An honorific or office before a person's name (Dr., President, then-Treasury
    Secretary); in Polish and Russian in any case form ("sekretarza", "госсекретарем")."""
    w = word.lower().rstrip(".")
    if w.rsplit("-", 1)[-1] in _TITLES or w in _TITLES:
        return True
    if lang in ("pl", "ru"):
        return any(w.startswith(t.rstrip("ь")) and 0 < len(w) - len(t.rstrip("ь")) <= 3 for t in _TITLES if len(t) >= 5)
    return False


@lru_cache(maxsize=1 << 15)
def is_month(word: str, lang: str) -> bool:
    w = word.lower().rstrip(".")
    for l in {lang, "en"}:
        for m in _split(_MONTHS, l):
            if w == m or (len(m) >= 4 and w.startswith(m) and len(w) - len(m) <= 3):
                return True
    return False


def is_conventional_capital(word: str, lang: str) -> bool:
    """A common noun written with a capital by convention ("Internet" in Spanish)."""
    return word.lower() in _split(_CONVENTIONAL, lang) or word.lower() in _split(_CONVENTIONAL, "en")


def is_demonym(word: str, lang: str) -> bool:
    pattern = _DEMONYM.get(lang)
    return bool(pattern and pattern.match(word)) or word.lower() in _DEMONYM_WORDS.get(lang, ())


def compass(lang: str) -> frozenset[str]:
    """Compass words ("North", "Eastern") that open place names."""
    return _COMPASS.get(lang, frozenset())


def is_demonym_phrase(words: tuple[str, ...], lang: str) -> bool:
    """"North American", "Eastern European": compass words, then a demonym."""
    compass = _COMPASS.get(lang, frozenset())
    return len(words) > 1 and all(w.lower() in compass for w in words[:-1]) and is_demonym(words[-1], lang)


@lru_cache(maxsize=1 << 15)
def is_work_noun(word: str, lang: str) -> bool:
    """A noun that announces the title of a work ("book", "artículo", "книге")."""
    w = word.lower()
    return any(w.startswith(stem) for l in {lang, "en"} for stem in _split(_WORKS, l))


def is_institution(word: str, lang: str) -> bool:
    """A common noun naming a state body when capitalised ("Congreso")."""
    w = word.lower()
    return any(w.startswith(stem) for stem in _split(_INSTITUTIONS, lang))


def is_opener_word(word: str, lang: str) -> bool:
    """A subordinator or preposition that opens a sentence ("Cuando", "Когда")."""
    return word.lower() in _split(_OPENERS, lang)


def is_quantity(word: str, lang: str) -> bool:
    """A word a number counts ("миллиарда", "billion", "per cento")."""
    w = word.lower()
    # Short words match whole ("mil", "mila", "млн"); longer ones as stems ("миллиарда").
    return any(w == q or len(q) >= 5 and w.startswith(q) for l in {lang, "en"} for q in _split(_QUANTITY, l))


def is_part_noun(word: str, lang: str) -> bool:
    """A noun for a part of a document (Section, Artículo, Статья)."""
    w = word.lower().rstrip(".")
    return any(w == p or (len(p) >= 4 and w.startswith(p) and len(w) - len(p) <= 3) for l in {lang, "en"} for p in _split(_PARTS, l))


__all__ = ["is_part_noun", "kind_of_noun", "head_kind", "joiners", "like_words", "locatives", "is_month", "is_demonym",
           "is_conventional_capital"]
