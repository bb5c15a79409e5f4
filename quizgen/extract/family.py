"""Evidence pooled over an article and its other language versions: words
seen in lower case, concepts, names that recur unchanged, and the tests a
capitalised run must pass (rejected, evidence, unopen) to become a name.
"""

from __future__ import annotations

import re
from typing import Sequence

from ..language import stem, stopwords
from ..models import Article
from . import laws, lexicon
from .analysis import _texts, analyse
from .trim import POSSESSIVE as _POSSESSIVE
from .kinds import surnamed
from .names import Run, tokens
from .shapes import is_acronym, is_cyrillic_text, is_latin

_TRANSLIT = str.maketrans({"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z", "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u", "ф": "f", "х": "h", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "sch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya"})


class Family:
    """Evidence pooled over an article and its other language versions."""

    def __init__(self, article: Article, siblings: Sequence[Article]) -> None:
        self.own = analyse(article)
        self.others = [analyse(s) for s in siblings if s.language != article.language]
        every = [self.own, *self.others]
        self.lower = set().union(*(a.lower for a in every))
        self.prefixes = {w[:7] for w in self.lower if len(w) >= 7}
        self.concepts = set().union(*(a.concepts for a in every))
        self.aliases: dict[str, str] = dict(self.own.aliases)
        self.spelled = set().union(*(a.spelled for a in every))  # acronyms spelled out in several parts
        self.surfaces = set().union(*(a.surfaces for a in every))
        self.other_text = [" ".join(_texts(a.article)) for a in self.others]
        self._recurs: dict[str, bool] = {}
        self._mid_keys: set[tuple[str, ...]] | None = None
        self._surname_keys: set[tuple[str, ...]] | None = None
        self.lang = article.language
        self.cyrillic = is_cyrillic_text(" ".join(article.paragraphs[:5]))
        title = article.title + " " + " ".join(s.article.title for s in self.others)
        self.title_words = {w.lower() for w, _, _ in tokens(title)}

    def translated(self, name: str) -> bool | None:
        """Whether the other versions spell ``name`` differently; None when that
        says nothing: a Cyrillic name (transliterated anyway), a declined one."""
        if is_cyrillic_text(name) or not self.others:
            return None
        if self.recurs(name):
            return False
        if self.lang in lexicon.DECLINING:
            # Polish declines every name: "Iranu" is Iran kept, "Niemczech" is
            # Germany translated. Longer names decline in too many ways to tell.
            if " " in name:
                return None
            stem_ = name[: max(3, len(name) - 3)]
            return not any(" " not in o and o.startswith(stem_) for a in self.others for o in a.surfaces)
        return True

    def everywhere(self, name: str) -> bool:
        """Written the same way in every other language version."""
        pattern = _whole(name)
        return bool(self.other_text) and all(name in t and pattern.search(t) for t in self.other_text)

    def recurs(self, name: str) -> bool:
        """Written the same way in another language version."""
        if name not in self._recurs:
            pattern = _whole(name)
            self._recurs[name] = any(name in t and pattern.search(t) for t in self.other_text)
        return self._recurs[name]

    def seen_lower(self, token: str) -> bool:
        low = token.lower()
        if low in self.lower or self.own.has_stem(low):
            return True
        # "Интернет" is "internet", seen in lower case in another version.
        latin = low.translate(_TRANSLIT)
        return latin != low and (latin in self.lower or len(latin) >= 7 and latin[:7] in self.prefixes)

    def unopen(self, run: Run | None) -> Run | None:
        """A sentence's first word that is a common noun is not part of the name."""
        if run is None or not run.opener or len(run.tokens) < 2:
            return run
        first = run.tokens[0]
        name = run.name[len(first):].lstrip(". ")
        # "Incluyen la Ley ...": a word before a bare article is a verb or an
        # adverb of the sentence, never a name's first word.
        article = run.tokens[1] in lexicon.BARE_ARTICLES and len(run.tokens) > 2
        common = first.lower() in stopwords(self.lang) and self.seen_lower(first) or lexicon.is_opener_word(first, self.lang) or article
        # Inflecting languages change a name's endings: "Rezerwy Federalnej"
        # is found mid-sentence as "Rezerwa Federalna".
        later = any(name in a.mid for a in (self.own, *self.others)) or self.lang in ("pl", "ru") and self._mid_form(Run(name, run.tokens[1:], 0, 0, False))
        if self.recurs(run.name) or not common and not later:
            return run
        rest = run.tokens[1:]
        while rest and rest[0].islower():  # "Día | de Año Nuevo": no name opens with a joiner
            name = name[len(rest[0]):].lstrip()
            rest = rest[1:]
        if not rest:
            return None
        return Run(name, rest, run.end - len(name), run.end, False)

    def rejected(self, run: Run) -> bool:
        toks = run.tokens
        lang = self.lang
        if all(_POSSESSIVE.sub("", t.lower()) in self.title_words for t in toks) and not self._inside_title(run):
            return True
        if len(toks) == 1:
            tok = toks[0]
            if is_acronym(tok):
                return True  # kept only as an alias or inside a longer name
            if lexicon.is_month(tok, lang) or lexicon.is_month(tok, "en") or lexicon.is_conventional_capital(tok, lang):
                return True
            if lexicon.is_demonym(tok, lang) and not any(tok in a.mid for a in self.others):
                return True
            if self.seen_lower(tok):
                return True
            if tok.isdigit() or len(tok) < 2:
                return True
            # A lone head noun ("Комиссии", "Comisión") is a name cut short
            # whose other words stay lower case, not a name of its own.
            if lang != "en" and lexicon.own_head(tok, lang) in ("organization", "law") and not self.recurs(tok):
                return True
            # Pronouns capitalised in letters ("Twoja", "Ci"); English's
            # long stop list also holds names, so it must be seen lower case.
            if tok.lower() in stopwords(lang) and (lang != "en" or len(tok) <= 3):
                return True
            return False
        if sum(any(c.isdigit() for c in t) for t in toks) >= 2:
            return True  # "CY 17 002", "AL47 2121": a code, not a name
        if len(toks[0]) == 1 and all(t.lower() in stopwords(lang) or self.seen_lower(t) for t in toks[1:]):
            return True  # "class B. Although": a letter ending a sentence, then its opener
        if any(lexicon.is_month(t, lang) for t in toks[:1]) or lexicon.is_demonym_phrase(toks, lang):
            return True
        if len(toks) == 2 and toks[1][:1].isdigit() and lexicon.is_part_noun(toks[0], lang):
            return True  # "Section 13": a place in a text, not a name
        heads = any(lexicon.head_kind(t, lang) for t in toks)
        if all(is_acronym(t) for t in toks):
            return True
        if not heads and all(self.seen_lower(t) for t in toks):
            return True
        # "Beneficiary 1", "Phase 2": a common noun numbered, unless kept
        # unchanged in another version ("Next 11").
        words = [t for t in toks if not t.isdigit()]
        if not heads and words and len(words) < len(toks) and all(self.seen_lower(t) for t in words) and not self.recurs(run.name):
            return True
        return False

    def _inside_title(self, run: Run) -> bool:
        """A name of two words or more that is only a part of the article's
        term ("Abu Dhabi" in "Abu Dhabi Investment Authority") names
        something else when it stands on its own in the text."""
        words = [w for w, _, _ in tokens(self.own.article.title.split("(")[0]) if not w.isdigit()]
        # Not the whole term (leading years aside): its head is missing,
        # the last word in English, the first in Spanish or Italian.
        whole = bool(words) and words[0] in run.tokens and words[-1] in run.tokens
        return len(run.tokens) >= 2 and run.name in self.own.article.title and not whole

    def surname(self, word: str) -> bool:
        """``word``, in any case form, is a person's surname in some version:
        the last word of a full name that is also written alone."""
        if self._surname_keys is None:
            self._surname_keys = {_key(name.split()[-1], a.article.language) for a in (self.own, *self.others)
                                  for name in surnamed(a.surfaces, a.article.language)}
        return _key(word, self.lang) in self._surname_keys

    def mid_form(self, name: str) -> bool:
        """``name``, in any case form, is capitalised mid-sentence somewhere."""
        return self._mid_form(Run(name, tuple(name.split()), 0, 0, False))

    def _mid_form(self, run: Run) -> bool:
        """The run, in any case form, is capitalised mid-sentence somewhere."""
        if self._mid_keys is None:
            self._mid_keys = {_key(n, self.lang) for a in (self.own, *self.others) for n in a.mid}
        return _key(run.name, self.lang) in self._mid_keys

    def evidence(self, run: Run, listed: bool) -> bool:
        name = run.name
        if not run.opener or listed:
            return True
        if any(any(c.islower() for c in t) and any(c.isupper() for c in t[1:]) for t in run.tokens):
            return True  # CamelCase: PromoRepublic, TikTok
        if self.cyrillic and all(is_latin(t) for t in run.tokens):
            return True
        if name in self.own.aliases.values():
            return True  # spelled out before its acronym: "Komisja ... (SEC)"
        if laws.names_one(run.tokens, self.lang):
            return True  # "Закон о равной оплате труда ...": a law and what it is about
        if self.lang == "ru" and len(run.tokens) > 1 and all(t.islower() for t in run.tokens[1:]):
            # "Публичные компании", "Предлагаемый закон": capitalised only
            # as the sentence's first word, unless seen so mid-sentence.
            return self._mid_form(run)
        if len(run.tokens) > 1 and any(lexicon.head_kind(t, self.lang) not in (None, "place") for t in run.tokens) and not all(self.seen_lower(t) for t in run.tokens):
            return True  # "AARP Services", "Pew Research Center" opening a sentence
        if sum(t.isalpha() for t in run.tokens) > 1 and not any(self.seen_lower(t) for t in run.tokens):
            return True  # "Joseph Juran, ..." opening a sentence
        # Recurring as a sentence opener proves little: "Visto" opens
        # sentences in Spanish and Italian alike.
        return any(name in a.mid for a in self.others) or sum(name in a.surfaces for a in self.others) >= 2





def _whole(name: str) -> re.Pattern[str]:
    """``name`` as a whole word sequence, not inside a longer word."""
    return re.compile(r"(?<!\w)" + re.escape(name) + r"(?!\w)")


def _key(name: str, lang: str) -> tuple[str, ...]:
    """A name's words cut to their stems' first letters: one key per name
    whatever its case ending ("Федеральная резервная система" / "-ой ... -ой")."""
    return tuple(stem(w, lang)[:max(4, len(stem(w, lang)) - 2)] for w in name.lower().split())
