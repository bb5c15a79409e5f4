"""Plain-text helpers: entity decoding, clean-up, NLTK sentences and words."""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache

from nltk.tokenize import RegexpTokenizer
from nltk.tokenize.punkt import PunktLanguageVars, PunktParameters, PunktSentenceTokenizer

from .language import ABBREVIATIONS, NAME_ABBREVIATIONS

_TAG = re.compile(r"<[^<>]{0,2000}>")
_MD_MARKS = re.compile(r"(\*\*|__|`+|~~)")
_SPACE = re.compile(r"[ \t\u00a0\u2009\u202f]+")
_SPACE_BEFORE_PUNCT = re.compile(r"\s+([,.;:!?)»”])")
_DOUBLE_PUNCT = re.compile(r"([,;:])\s*\.(?=\s|$)")
_REPEATED_COMMA = re.compile(r",\s*,")
_OPEN_SPACE = re.compile(r"([(«„“])\s+")
_WORD_TOKENIZER = RegexpTokenizer(r"[^\W_]+(?:[-'’.][^\W_]+)*")


def unescape(text: str) -> str:
    """Decode HTML entities until nothing changes (``&amp;quot;`` becomes ``"``)."""
    for _ in range(4):
        decoded = html.unescape(text)
        if decoded == text:
            break
        text = decoded
    return text


_U_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")
_LIGATURE = re.compile("[\ufb00-\ufb06]")  # "ﬀ", "ﬁ" from copied PDFs


@lru_cache(maxsize=1 << 15)
def clean(text: str) -> str:
    """Plain text for a card or quiz: no tags, Markdown marks or odd spacing.

    Cached: every stage cleans the same sentences again.
    """
    if "&" in text:
        text = unescape(text)
    if "\\u" in text:
        # "Estad\u00edstica": a JSON escape left in the source by an export.
        text = _U_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
        # Pairs of escaped surrogates make one character; a lone one goes.
        text = text.encode("utf-16", "surrogatepass").decode("utf-16", "replace")
    if _LIGATURE.search(text):
        text = _LIGATURE.sub(lambda m: unicodedata.normalize("NFKC", m.group(0)), text)
    if "<" in text:
        text = _TAG.sub(" ", text)
    text = _MD_MARKS.sub("", text)
    text = _SPACE.sub(" ", text.replace("\r", " ").replace("\n", " "))
    text = _SPACE_BEFORE_PUNCT.sub(r"\1", text)
    text = _OPEN_SPACE.sub(r"\1", text)
    text = _DOUBLE_PUNCT.sub(r"\1", text)
    text = _REPEATED_COMMA.sub(",", text)
    return text.strip()


class _LanguageVars(PunktLanguageVars):
    # Sentences may also open with quotes, digits, inverted marks or dashes.
    sent_end_chars = (".", "?", "!", "…")
    internal_punctuation = ",:;"


@lru_cache(maxsize=None)
def _tokenizer(lang: str) -> PunktSentenceTokenizer:
    params = PunktParameters()
    params.abbrev_types = set(ABBREVIATIONS.get(lang, ABBREVIATIONS["en"])) | NAME_ABBREVIATIONS
    return PunktSentenceTokenizer(params, lang_vars=_LanguageVars())


@lru_cache(maxsize=4096)
def sentences(text: str, lang: str) -> tuple[str, ...]:
    """Split prose into sentences with NLTK's Punkt and shipped abbreviations.

    Cached: several extractors ask for the sentences of the same paragraph.
    """
    text = text.strip()
    if not text:
        return ()
    out: list[str] = []
    for s in _tokenizer(lang).tokenize(text):
        s = s.strip()
        # Punkt ends a sentence after initials ("J.P. Morgan"); a name that
        # goes on (no function word next) means the sentence did not end.
        if s and out and (_INITIALS_END.search(out[-1]) and _continues_name(s, lang) or _abbreviation_goes_on(out[-1], s)):
            out[-1] += " " + s
        elif s:
            out.append(s)
    return tuple(out)


_INITIALS_END = re.compile(r"(?<![\w.])(?:[A-Z]\.){2,}$")
# Spanish doubles the letters of a plural abbreviation ("EE. UU.", "FF. AA.").
_DOUBLED_END = re.compile(r"(?<![\w.])([A-Z])\1\.$")
_DOUBLED_START = re.compile(r"^([A-Z])\1\.")


def _abbreviation_goes_on(before: str, after: str) -> bool:
    """Punkt cut after an upper-case abbreviation that does not end the
    sentence: its second half ("EE. | UU.") or a lower-case word follows."""
    if not _DOUBLED_END.search(before):
        return False
    return bool(_DOUBLED_START.match(after)) or after[:1].islower()


def _continues_name(sentence: str, lang: str) -> bool:
    from .language import stopwords

    first = sentence.split(maxsplit=1)[0].strip(",;:")
    return first[:1].isupper() and first.isalpha() and first.lower() not in stopwords(lang)


def words(text: str) -> list[str]:
    """Word tokens (letters and digits, with inner hyphens and apostrophes)."""
    return _WORD_TOKENIZER.tokenize(text)


def first_sentence(text: str, lang: str) -> str:
    found = sentences(text, lang)
    return found[0] if found else ""
