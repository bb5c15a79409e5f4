"""Loading stage: paths -> articles, with every bad file turned into one error."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import SourceError
from .models import Article
from .parsing import load_article
from .sources import discover


@dataclass(frozen=True)
class Loaded:
    articles: tuple[Article, ...]
    errors: tuple[SourceError, ...]
    notes: tuple[str, ...]


def load_one(path: str | Path) -> Article:
    """Parse one file; any failure at all becomes a :class:`SourceError`."""
    try:
        return load_article(path)
    except SourceError:
        raise
    except RecursionError:
        raise SourceError(path, "nesting too deep to parse") from None
    except Exception as exc:  # a parser bug must not stop the other files
        raise SourceError(path, f"could not be parsed ({type(exc).__name__}: {exc})") from exc


def load(paths: Iterable[str | Path], strict: bool = False) -> Loaded:
    """Find and parse every article under ``paths``.

    With ``strict`` the first bad file raises; otherwise bad files are
    collected and the rest still load.
    """
    found = discover(paths)
    errors: list[SourceError] = list(found.errors)
    if strict and errors:
        raise errors[0]
    articles: list[Article] = []
    notes: list[str] = list(found.notes)
    for path in found.files:
        try:
            article = load_one(path)
        except SourceError as exc:
            if strict:
                raise
            errors.append(exc)
            continue
        notes.extend(article.warnings)
        articles.append(article)
    return Loaded(tuple(articles), tuple(errors), tuple(notes))
