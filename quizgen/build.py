"""The ``build`` job: sources -> extraction -> cards -> decks and quizzes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable

from .errors import SourceError
from .extract import extract_all
from .pipeline import load
from .writers import ensure_dir


@dataclass(frozen=True)
class BuildOptions:
    output: Path = Path("decks")
    templates: Path | None = None
    seed: int | None = None
    versions: int = 1
    pdf: bool = False
    strict: bool = False
    cache: bool = True
    jobs: int | None = None
    quiet: bool = False


@dataclass(frozen=True)
class BuildReport:
    articles: int
    cards: tuple[tuple[str, int], ...]
    written: tuple[Path, ...]
    errors: tuple[SourceError, ...] = ()
    notes: tuple[str, ...] = field(default=())


def build(paths: Iterable[str | Path], options: BuildOptions) -> BuildReport:
    """Build one Anki deck per language and one printable quiz per article."""
    from .cards import generate
    from .exporters.anki import write_decks
    from .exporters.quiz import write_quizzes

    out = ensure_dir(Path(options.output))
    loaded = load(paths, strict=options.strict)
    extractions = extract_all(loaded.articles)
    cards = generate(extractions)
    written = list(write_decks(cards, extractions, out))
    quiz_files, quiz_notes = write_quizzes(extractions, cards, out, options)
    written.extend(quiz_files)
    counts = Counter(c.kind for c in cards)
    return BuildReport(
        articles=len(extractions),
        cards=tuple(sorted(counts.items())),
        written=tuple(written),
        errors=loaded.errors,
        notes=loaded.notes + tuple(quiz_notes),
    )
