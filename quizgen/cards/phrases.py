"""Question phrasing per language; any other language falls back to English.

Phrases wrap the article's own text, so they hold one ``{term}`` slot at most
and never inflect it (Polish and Russian use forms that take the nominative).
"""

from __future__ import annotations

PHRASES: dict[str, dict[str, str]] = {
    "en": {
        "what_is": "What is {term}?",
        "which_term": "Which term is defined here?",
        "deck": "Glossary",
        "organization": "organization", "person": "person", "place": "place",
        "product": "product", "event": "event",
    },
    "es": {
        "what_is": "¿Qué es {term}?",
        "which_term": "¿Qué término se define aquí?",
        "deck": "Glosario",
        "organization": "organización", "person": "persona", "place": "lugar",
        "product": "producto", "event": "evento",
    },
    "ru": {
        "what_is": "Что такое {term}?",
        "which_term": "Какой термин здесь определён?",
        "deck": "Глоссарий",
        "organization": "организация", "person": "человек", "place": "место",
        "product": "продукт", "event": "событие",
    },
    "pl": {
        "what_is": "Co to jest {term}?",
        "which_term": "Jaki termin jest tu zdefiniowany?",
        "deck": "Słowniczek",
        "organization": "organizacja", "person": "osoba", "place": "miejsce",
        "product": "produkt", "event": "wydarzenie",
    },
    "it": {
        "what_is": "Che cos'è {term}?",
        "which_term": "Quale termine è definito qui?",
        "deck": "Glossario",
        "organization": "organizzazione", "person": "persona", "place": "luogo",
        "product": "prodotto", "event": "evento",
    },
}


def phrase(lang: str, name: str, **slots: str) -> str:
    """The phrase ``name`` in ``lang`` (English when either is unknown), slots filled."""
    table = PHRASES.get(lang, PHRASES["en"])
    template = table.get(name, PHRASES["en"].get(name, ""))
    return template.format(**slots) if slots else template


def kind_label(lang: str, kind: str) -> str:
    """A localised label for an entity kind, or "" for kinds quizgen cannot name."""
    table = PHRASES.get(lang, PHRASES["en"])
    return table.get(kind, "") if kind in PHRASES["en"] and kind not in ("what_is", "which_term", "deck") else ""
