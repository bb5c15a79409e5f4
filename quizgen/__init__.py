"""quizgen: turn glossary articles into Anki decks and printable quizzes."""

__version__ = "0.1.0"
