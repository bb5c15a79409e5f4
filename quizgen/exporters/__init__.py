"""Exporters: Cards and Extractions in, files out (Anki decks, printable quizzes)."""
