"""Interface strings of the printed quiz, per language, with English fallback."""

from __future__ import annotations

_EN = {
    "quiz": "Quiz",
    "name": "Name",
    "date": "Date",
    "score": "Score",
    "version": "Version",
    "choice": "Multiple choice",
    "choice_help": "Circle the letter of the one correct answer.",
    "blank": "Fill in the blanks",
    "blank_help": "Write the word or phrase from the word bank that completes each sentence.",
    "bank": "Word bank",
    "match": "Matching",
    "match_help": "Write the letter of the matching description on the line next to each item. "
                  "A letter may be used more than once.",
    "short": "Short answer",
    "short_help": "Answer each question in one or two sentences.",
    "key": "Answer key",
    "ask_term": "Which term does this definition describe?",
    "ask_gap": "Which option completes the sentence?",
    "index": "Printable quizzes",
    "count": "{n} questions",
    "letters": "ABCDEFGHIJKLMNOPQRSTUVWXYZ",
}

_STRINGS: dict[str, dict[str, str]] = {
    "en": _EN,
    "es": {
        "quiz": "Cuestionario",
        "name": "Nombre",
        "date": "Fecha",
        "score": "Puntuación",
        "version": "Versión",
        "choice": "Opción múltiple",
        "choice_help": "Rodea con un círculo la letra de la única respuesta correcta.",
        "blank": "Completa los espacios en blanco",
        "blank_help": "Escribe en cada espacio la palabra o expresión del banco de palabras que completa la oración.",
        "bank": "Banco de palabras",
        "match": "Relaciona",
        "match_help": "Escribe junto a cada elemento la letra de la descripción que le corresponde. "
                      "Una letra puede usarse más de una vez.",
        "short": "Respuesta corta",
        "short_help": "Responde cada pregunta en una o dos oraciones.",
        "key": "Clave de respuestas",
        "ask_term": "¿Qué término describe esta definición?",
        "ask_gap": "¿Qué opción completa la oración?",
        "index": "Cuestionarios para imprimir",
        "count": "{n} preguntas",
    },
    "ru": {
        "quiz": "Тест",
        "name": "Имя",
        "date": "Дата",
        "score": "Баллы",
        "version": "Вариант",
        "choice": "Выбор ответа",
        "choice_help": "Обведите букву единственного правильного ответа.",
        "blank": "Заполните пропуски",
        "blank_help": "Впишите в каждый пропуск подходящее слово или выражение из списка слов.",
        "bank": "Список слов",
        "match": "Сопоставление",
        "match_help": "Напишите рядом с каждым пунктом букву подходящего описания. "
                      "Одну букву можно использовать несколько раз.",
        "short": "Краткий ответ",
        "short_help": "Ответьте на каждый вопрос одним-двумя предложениями.",
        "key": "Ответы",
        "ask_term": "Какому термину соответствует это определение?",
        "ask_gap": "Какой вариант дополняет предложение?",
        "index": "Тесты для печати",
        "count": "Вопросов: {n}",
        "letters": "АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ",
    },
    "pl": {
        "quiz": "Sprawdzian",
        "name": "Imię i nazwisko",
        "date": "Data",
        "score": "Wynik",
        "version": "Wersja",
        "choice": "Test wyboru",
        "choice_help": "Zakreśl literę jedynej poprawnej odpowiedzi.",
        "blank": "Uzupełnij luki",
        "blank_help": "W każdą lukę wpisz pasujące słowo lub wyrażenie z banku słów.",
        "bank": "Bank słów",
        "match": "Dopasowywanie",
        "match_help": "Obok każdego elementu wpisz literę pasującego opisu. "
                      "Jednej litery można użyć więcej niż raz.",
        "short": "Krótka odpowiedź",
        "short_help": "Odpowiedz na każde pytanie jednym lub dwoma zdaniami.",
        "key": "Klucz odpowiedzi",
        "ask_term": "Jakie pojęcie opisuje ta definicja?",
        "ask_gap": "Która odpowiedź uzupełnia zdanie?",
        "index": "Quizy do druku",
        "count": "Pytania: {n}",
    },
    "it": {
        "quiz": "Quiz",
        "name": "Nome",
        "date": "Data",
        "score": "Punteggio",
        "version": "Versione",
        "choice": "Scelta multipla",
        "choice_help": "Cerchia la lettera dell'unica risposta corretta.",
        "blank": "Completa le frasi",
        "blank_help": "Scrivi in ogni spazio la parola o l'espressione della banca delle parole che completa la frase.",
        "bank": "Banca delle parole",
        "match": "Abbinamento",
        "match_help": "Scrivi accanto a ogni elemento la lettera della descrizione corrispondente. "
                      "Una lettera può essere usata più di una volta.",
        "short": "Risposta breve",
        "short_help": "Rispondi a ogni domanda con una o due frasi.",
        "key": "Soluzioni",
        "ask_term": "Quale termine descrive questa definizione?",
        "ask_gap": "Quale opzione completa la frase?",
        "index": "Quiz da stampare",
        "count": "{n} domande",
    },
}

# What an entity is, for matching entities to their kinds.
_KINDS: dict[str, dict[str, str]] = {
    "en": {"platform": "a platform", "tool": "a tool", "organization": "an organization", "company": "a company",
           "person": "a person", "product": "a product", "place": "a place", "index": "an index", "law": "a law"},
    "es": {"platform": "una plataforma", "tool": "una herramienta", "organization": "una organización",
           "company": "una empresa", "person": "una persona", "product": "un producto", "place": "un lugar",
           "index": "un índice", "law": "una ley"},
    "ru": {"platform": "платформа", "tool": "инструмент", "organization": "организация", "company": "компания",
           "person": "человек", "product": "продукт", "place": "место", "index": "индекс", "law": "закон"},
    "pl": {"platform": "platforma", "tool": "narzędzie", "organization": "organizacja", "company": "firma",
           "person": "osoba", "product": "produkt", "place": "miejsce", "index": "indeks", "law": "ustawa"},
    "it": {"platform": "una piattaforma", "tool": "uno strumento", "organization": "un'organizzazione",
           "company": "un'azienda", "person": "una persona", "product": "un prodotto", "place": "un luogo",
           "index": "un indice", "law": "una legge"},
}


def strings(lang: str) -> dict[str, str]:
    """Every interface string for ``lang``; English fills whatever is missing."""
    return {**_EN, **_STRINGS.get(lang, {})}


def kind_label(kind: str, lang: str) -> str:
    """What an entity of ``kind`` is, in ``lang`` (the English label, else the kind itself)."""
    return _KINDS.get(lang, {}).get(kind) or _KINDS["en"].get(kind) or kind.replace("_", " ")


def letter(index: int, lang: str) -> str:
    letters = strings(lang)["letters"]
    return letters[index] if index < len(letters) else str(index + 1)
