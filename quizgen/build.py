"""The ``build`` job: sources -> extraction -> cards -> decks and quizzes.

Three stages, each spread over worker processes (the work is CPU-bound):

1. *scan*: parse every file once for what grouping needs (language, slug,
   keywords, link targets);
2. *families*: each article with its other language versions is extracted and
   turned into cards; results go to the cache, not back to the parent, so
   memory stays bounded by one language's cards;
3. *export*: one worker per language writes its deck and quizzes.

Every stage is keyed on content, so an unchanged article is never parsed again
and a language whose inputs did not change is not written again.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Iterable

from . import stages, writing
from .cache import CACHE_FOLDER, Store, code_fingerprint, digest
from .errors import SourceError
from .extract.families import families
from .pipeline import unique_slugs
from .progress import Progress
from .discovery import discover
from .workers import Workers
from .writing import Drawn, Member, Plan
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


def _templates_digest(folder: Path | None) -> str:
    if folder is None or not Path(folder).is_dir():
        return ""
    parts = [f"{p.relative_to(folder)}:{p.stat().st_size}:{p.read_bytes().hex()}"
             for p in sorted(Path(folder).rglob("*")) if p.is_file()]
    return "|".join(parts)


def _settings(options: BuildOptions) -> str:
    """Everything besides the articles that a quiz page depends on."""
    return json.dumps([options.seed, options.versions, _templates_digest(options.templates)])


def build(paths: Iterable[str | Path], options: BuildOptions) -> BuildReport:
    """Build one Anki deck per language and one printable quiz per article."""
    out = ensure_dir(Path(options.output))
    store = Store(out / CACHE_FOLDER, read=options.cache)
    found = discover(paths)
    errors: list[SourceError] = list(found.errors)
    if options.strict and errors:
        raise errors[0]
    notes: list[str] = list(found.notes)
    progress = Progress(options.quiet)
    code_fingerprint()  # computed once, before workers fork
    try:
        with Workers(options.jobs, len(found.files)) as pool:
            # Stage 1: scan.
            progress.stage("reading", len(found.files))
            scanned = []
            for result in pool.map(stages.scan, [(str(p), store.root, options.cache) for p in found.files]):
                progress.advance()
                if isinstance(result, SourceError):
                    if options.strict:
                        raise result
                    errors.append(result)
                else:
                    scanned.append(result)
                    notes.extend(result.article.warnings)
            stubs, slug_notes = unique_slugs([s.article for s in scanned])
            notes.extend(slug_notes)
            groups = sorted({tuple(g) for g in families(stubs)})
            # From here on three strings an article; 50,000 stubs would hold ~150 MB to the end.
            articles = [(s.path, s.language, s.slug) for s in stubs]

            # Stage 2: extract and generate cards, one family at a time.
            tasks = []
            for group in groups:
                members = tuple((articles[i][0], articles[i][2], articles[i][1], scanned[i].digest) for i in group)
                key = digest("family", *("|".join(m) for m in members))
                tasks.append((members, key, store.root, options.cache))
            del scanned, stubs
            progress.stage("extracting", len(tasks))
            placed: dict[str, tuple[str, int, str]] = {}
            counts: Counter[str] = Counter()
            for task, result in zip(tasks, pool.map(stages.family, tasks)):
                progress.advance()
                if isinstance(result, SourceError):
                    errors.append(result)
                    continue
                for index, (member, fingerprint) in enumerate(zip(task[0], result)):
                    placed[member[0]] = (task[1], index, fingerprint)

            # Stage 3: each language's deck, then its quizzes in batches over every core.
            pool.renew()
            by_lang: dict[str, list[Member]] = {}
            for path, language, slug in articles:
                if path in placed:
                    family_key, index, fingerprint = placed[path]
                    by_lang.setdefault(language, []).append(Member(family_key, index, fingerprint, slug, path))
            settings = _settings(options)
            keys = {lang: digest("language", lang, settings, *(m.fingerprint for m in members))
                    for lang, members in by_lang.items()}
            finished: dict[str, Plan] = {}
            for lang in sorted(by_lang):
                found = writing.recall(store, keys[lang], out)
                if found is not None:
                    finished[lang] = found
            todo = [(lang, tuple(by_lang[lang]), str(out), options, store.root, settings)
                    for lang in sorted(by_lang) if lang not in finished]
            progress.stage("writing decks", len(todo))
            plans = []
            for plan in pool.map(writing.plan, todo):
                progress.advance()
                plans.append(plan)
            jobs = [job for plan in plans for job in plan.jobs]
            progress.stage("writing quizzes", len(jobs))
            drawn: dict[str, list[Drawn]] = {plan.language: list(plan.done) for plan in plans}
            owner = {job.key: plan.language for plan in plans for job in plan.jobs}
            batches = writing.batches(jobs)
            for batch, results in zip(batches, pool.map(writing.draw, [(b, str(out), options, store.root)
                                                                        for b in batches])):
                progress.advance(len(batch))
                for job, result in zip(batch, results):
                    drawn[owner[job.key]].append(result)
            for plan in plans:
                done = tuple(sorted(drawn[plan.language], key=lambda d: d.position))
                finished[plan.language] = replace(plan, done=done, jobs=())
                writing.remember(store, keys[plan.language], finished[plan.language], out)
            written: list[Path] = []
            entries: list = []
            for lang in sorted(finished):
                plan = finished[lang]
                written.extend(Path(p) for p in plan.deck)
                counts.update(dict(plan.counts))
                for d in plan.done:
                    written.extend(Path(p) for p in d.written)
                    notes.extend(d.notes)
                    entries.extend(d.entries)
    finally:
        progress.close()
    if entries:
        from .exporters.quiz import write_index

        written.append(write_index(out, entries, options.templates))
    if options.pdf:
        from .exporters.quiz import write_pdfs

        pdfs, pdf_notes = write_pdfs(out, written)
        written.extend(pdfs)
        notes.extend(pdf_notes)
    return BuildReport(
        articles=len(placed),
        cards=tuple(sorted(counts.items())),
        written=tuple(written),
        errors=tuple(sorted(errors, key=lambda e: e.path)),
        notes=tuple(notes),
    )


__all__ = ["BuildOptions", "BuildReport", "build"]
