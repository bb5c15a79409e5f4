"""Question phrasing per language; any other language falls back to English.

Phrases wrap the article's own text, so they hold one ``{term}`` slot at most
and never inflect it (Polish and Russian use forms that take the nominative).
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "what_is": "What is {term}?",
        "which_term": "Which term is defined here?",
        "stands_for": "What does {term} stand for?",
        "deck": "Glossary",
        "organization": "organization", "person": "person", "place": "place",
        "product": "product", "event": "event", "platform": "platform", "tool": "tool",
        "law": "law", "index": "index",
    },
    "es": {
        "what_is": "¿Qué es {term}?",
        "which_term": "¿Qué término se define aquí?",
        "stands_for": "¿Qué significa la sigla {term}?",
        "deck": "Glosario",
        "organization": "organización", "person": "persona", "place": "lugar",
        "product": "producto", "event": "evento", "platform": "plataforma", "tool": "herramienta",
        "law": "ley", "index": "índice",
    },
    "ru": {
        "what_is": "Что такое {term}?",
        "which_term": "Какой термин здесь определён?",
        "stands_for": "Как расшифровывается аббревиатура {term}?",
        "deck": "Глоссарий",
        "organization": "организация", "person": "человек", "place": "место",
        "product": "продукт", "event": "событие", "platform": "платформа", "tool": "инструмент",
        "law": "закон", "index": "индекс",
    },
    "pl": {
        "what_is": "Co to jest {term}?",
        "which_term": "Jaki termin jest tu zdefiniowany?",
        "stands_for": "Co oznacza skrót {term}?",
        "deck": "Słowniczek",
        "organization": "organizacja", "person": "osoba", "place": "miejsce",
        "product": "produkt", "event": "wydarzenie", "platform": "platforma", "tool": "narzędzie",
        "law": "ustawa", "index": "indeks",
    },
    "it": {
        "what_is": "Che cos'è {term}?",
        "which_term": "Quale termine è definito qui?",
        "stands_for": "Che cosa significa la sigla {term}?",
        "deck": "Glossario",
        "organization": "organizzazione", "person": "persona", "place": "luogo",
        "product": "prodotto", "event": "evento", "platform": "piattaforma", "tool": "strumento",
        "law": "legge", "index": "indice",
    },
}


def phrase(lang: str, name: str, **slots: str) -> str:
    """The phrase ``name`` in ``lang`` (English when either is unknown), slots filled."""
    table = PHRASES.get(lang, PHRASES["en"])
    template = table.get(name, PHRASES["en"].get(name, ""))
    return template.format(**slots) if slots else template


def kind_label(lang: str, kind: str) -> str:
    """A localised label for an entity kind, or "" for kinds quizgen cannot name."""
    if kind in _NOT_KINDS or kind not in PHRASES["en"]:
        return ""
    return PHRASES.get(lang, PHRASES["en"]).get(kind, PHRASES["en"][kind])


_NOT_KINDS = frozenset({"what_is", "which_term", "stands_for", "deck"})
