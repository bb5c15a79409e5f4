"""Loading stage: paths -> articles, with every bad file turned into one error."""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path
from typing import Iterable

from .errors import SourceError
from .models import Article
from .parsing import load_article
from .discovery import discover
from .writers import safe_name


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
    except MemoryError:
        raise SourceError(path, "too large to parse in memory") from None
    except Exception as exc:  # a parser bug must not stop the other files
        raise SourceError(path, f"could not be parsed ({type(exc).__name__}: {exc})") from exc


def unique_slugs(articles: Iterable[Article]) -> tuple[tuple[Article, ...], tuple[str, ...]]:
    """Make every slug a safe file-name part, unique within its language.

    Note GUIDs and output names derive from (language, slug), so two articles
    sharing a slug would overwrite each other; the later one becomes ``slug-2``.
    """
    taken: set[tuple[str, str]] = set()
    out: list[Article] = []
    notes: list[str] = []
    for article in articles:
        language = safe_name(article.language, fallback="und", limit=16)
        base = safe_name(article.slug, fallback=safe_name(Path(article.path).stem))
        slug, n = base, 1
        while (language, slug) in taken:
            n += 1
            slug = f"{base}-{n}"
        taken.add((language, slug))
        if slug != base:
            notes.append(f"{article.path}: slug {base!r} is already used in language {language!r}; using {slug!r}")
        elif slug != article.slug.strip().lower():
            notes.append(f"{article.path}: slug {article.slug!r} is not a safe file name; using {slug!r}")
        if (slug, language) != (article.slug, article.language):
            article = replace(article, slug=slug, language=language)
        out.append(article)
    return tuple(out), tuple(notes)


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
    unique, slug_notes = unique_slugs(articles)
    return Loaded(unique, tuple(errors), tuple(notes) + slug_notes)
