"""Domain exceptions. The CLI turns each into one clear line for the user."""

from __future__ import annotations

from pathlib import Path


class QuizgenError(Exception):
    """Base class for every error quizgen reports to a user."""


class SourceError(QuizgenError):
    """A source file that cannot be read as an article."""

    def __init__(self, path: str | Path, message: str, line: int | None = None) -> None:
        self.path = str(path)
        self.message = message
        self.line = line
        super().__init__(str(self))

    def __reduce__(self) -> tuple:
        # Built in worker processes and sent back to the parent.
        return (SourceError, (self.path, self.message, self.line))

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line else self.path
        return f"{where}: {self.message}"


class OutputError(QuizgenError):
    """The output folder or a file in it cannot be written."""
