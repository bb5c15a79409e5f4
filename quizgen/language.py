"""Language facts: detection, stop words, stemming and sentence-splitting data.

Everything here works offline: stop words come from the ``stopwordsiso``
package, stemmers are NLTK's Snowball (algorithmic, no data files), and the
Punkt abbreviations are shipped below instead of NLTK's downloadable models.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

import stopwordsiso
from nltk.stem.snowball import SnowballStemmer

#: Languages quizgen has phrasing for; others fall back to English phrasing.
SUPPORTED = ("en", "es", "ru", "pl", "it")

_SNOWBALL = {
    "ar": "arabic", "da": "danish", "de": "german", "el": "greek", "en": "english",
    "es": "spanish", "fi": "finnish", "fr": "french", "hu": "hungarian",
    "it": "italian", "nl": "dutch", "no": "norwegian", "pt": "portuguese",
    "ro": "romanian", "ru": "russian", "sv": "swedish",
}

# Abbreviations that end in a period but not a sentence (lower case, no final
# period), the part of Punkt's model that unsupervised training on one short
# article cannot learn. Language knowledge, not corpus knowledge.
ABBREVIATIONS: dict[str, frozenset[str]] = {
    "en": frozenset("e.g i.e etc vs u.s u.k u.n mr mrs ms dr prof inc corp co ltd jr sr st no approx dept est fig jan feb mar apr jun jul aug sep sept oct nov dec".split()),
    "es": frozenset("p.ej ej etc sr sra srta dr dra ud uds pág núm art aprox ee.uu s.a cía av".split()),
    "ru": frozenset("т.е т.д т.п т.к т.н др пр г гг руб млн млрд тыс им ул см стр рис напр св".split()),
    "pl": frozenset("np tzn tj itd itp ok dr prof mgr inż ul godz tys mln mld zł r wg m.in pt ds św".split()),
    "it": frozenset("es ecc sig sigg dott prof ing pag art n p.es ca sig.ra".split()),
    "de": frozenset("z.b bzw usw u.a d.h ca dr prof nr str".split()),
    "fr": frozenset("p.ex etc m mme mlle dr pr cf env".split()),
    "pt": frozenset("p.ex etc sr sra dr dra pág nº".split()),
}

# English names keep their abbreviations in every language's text
# ("St. John's University", "Apple Inc.").
NAME_ABBREVIATIONS = frozenset("inc corp ltd jr st mr mrs ms dr prof".split())

_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_GREEK = re.compile(r"[\u0370-\u03FF]")
_CYRILLIC_LANGS = ("ru", "uk", "bg")


@lru_cache(maxsize=None)
def stopwords(lang: str) -> frozenset[str]:
    """Lower-case stop words for ``lang`` (empty when unknown)."""
    try:
        return frozenset(w.lower() for w in stopwordsiso.stopwords(lang))
    except Exception:  # unknown code: no list, never an error
        return frozenset()


@lru_cache(maxsize=None)
def _profiles() -> dict[str, frozenset[str]]:
    return {lang: stopwords(lang) for lang in sorted(stopwordsiso.langs())}


def detect(text: str, default: str = "en") -> str:
    """Guess the ISO 639-1 code of ``text``.

    Function words give each language a score; the script narrows the
    candidates first so that long Latin stop-word lists cannot win Cyrillic text.
    """
    sample = text[:20000]
    words = [w.lower() for w in _WORD.findall(sample)]
    if not words:
        return default
    cyr = len(_CYRILLIC.findall(sample))
    lat = len(_LATIN.findall(sample))
    grk = len(_GREEK.findall(sample))
    if cyr > lat and cyr > grk:
        candidates: tuple[str, ...] = _CYRILLIC_LANGS
    elif grk > lat:
        candidates = ("el",)
    else:
        candidates = tuple(l for l in _profiles() if l not in _CYRILLIC_LANGS + ("el",))
    counts = Counter(words)
    best, best_score = default, 0.0
    for lang in candidates:
        stops = _profiles().get(lang, frozenset())
        if not stops:
            continue
        hits = sum(n for w, n in counts.items() if w in stops)
        # Very long lists match everything a little; penalise their size.
        score = hits / len(words) - len(stops) / 40000
        if score > best_score:
            best, best_score = lang, score
    return best


@lru_cache(maxsize=1 << 16)
def is_stopword(word: str, lang: str) -> bool:
    low = word.lower()
    return low in stopwords(lang) or low in stopwords("en")


@lru_cache(maxsize=None)
def _stemmer(lang: str) -> SnowballStemmer | None:
    name = _SNOWBALL.get(lang)
    return SnowballStemmer(name) if name else None


@lru_cache(maxsize=1 << 16)  # articles repeat their words; Snowball is slow per call
def stem(word: str, lang: str) -> str:
    """Snowball stem where NLTK has one for ``lang``, else a crude suffix cut."""
    s = _stemmer(lang)
    w = word.lower()
    if s is not None:
        return s.stem(w)
    return w[:6] if len(w) > 6 else w
