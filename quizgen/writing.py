"""Stage 3, writing: each language's deck, then its quizzes in small batches.

``plan`` runs once per language. It writes the deck, splits the language into
quiz pools (neighbourhoods) and decides which quizzes must be drawn again;
``draw`` renders a batch of them, on any worker. Both read what stage 2 left in
the cache, so an unchanged quiz is never rebuilt and a 10,000-article language
is spread over every core.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Sequence

from .cache import Store, decode, decode_entities, decode_summary, digest, plain
from .errors import OutputError
from .exporters.quiz import Entry, quiz_paths, write_article
from .quiz.pool import Contribution, Pool, definitions, merge, neighbourhoods


@dataclass(frozen=True)
class Member:
    """One article of a language, as the build knows it between stages."""

    family: str  # cache key of its family's results
    index: int  # its place in the family
    fingerprint: str  # digest of its stage-2 result
    slug: str
    path: str


@dataclass(frozen=True)
class Job:
    """One article's quiz to draw: where its inputs are and where it goes."""

    position: int  # in the language's quiz order
    family: str
    index: int
    pool: str  # cache key of its neighbourhood's pool
    key: str  # cache key of the result
    paths: tuple[str, ...]


@dataclass(frozen=True)
class Drawn:
    position: int
    written: tuple[str, ...]
    notes: tuple[str, ...]
    entries: tuple[Entry, ...]


@dataclass(frozen=True)
class Plan:
    language: str
    deck: tuple[str, ...]
    counts: tuple[tuple[str, int], ...]
    done: tuple[Drawn, ...]  # quizzes whose inputs did not change
    jobs: tuple[Job, ...]


def _damaged(root: Path, key: str, exc: Exception) -> OutputError:
    return OutputError(f"{root}: cache entry {key} is damaged ({type(exc).__name__}); build again with --no-cache")


def _part(d: dict) -> Contribution:
    return Contribution(d["slug"], tuple(d["terms"]), decode_entities(d["entities"]),
                        tuple(d["definition"]) if d["definition"] else None, tuple(d["targets"]))


def plan(task: tuple[str, tuple[Member, ...], str, object, Path, str]) -> Plan:
    """Write ``lang``'s deck and list the quizzes that must be drawn."""
    from .exporters.anki import write_deck
    from .exporters.notes import row_from

    lang, members, out, options, root, settings = task
    store = Store(root, getattr(options, "cache", True))
    parts: list[Contribution] = []

    def articles() -> Iterator[tuple[str, str, list]]:
        # One summary at a time: the deck streams, only the small pool parts stay.
        for m in members:
            key = f"{m.family}.{m.index}.s"
            try:
                rows, part, description = decode_summary(store.load(key))
                parts.append(_part(part))
                notes = [row_from(r) for r in rows]
            except (OSError, ValueError, TypeError, KeyError) as exc:
                raise _damaged(root, key, exc) from None
            yield m.slug, description, notes

    deck, kinds = write_deck(lang, articles(), Path(out))
    pool_of: dict[int, str] = {}
    language_wide = definitions(parts)
    for group in neighbourhoods([m.slug for m in members]):
        chosen = [parts[i] for i in group]
        wanted = sorted({t for p in chosen for t in p.targets if t in language_wide})
        data = json.dumps({"language": lang, "parts": [plain(p) for p in chosen],
                           "linked": {s: language_wide[s] for s in wanted}}, ensure_ascii=False).encode()
        key = digest("pool", data)
        if store.get(key) != data:
            store.put(key, data)
        pool_of.update((i, key) for i in group)

    order = sorted(range(len(members)), key=lambda i: (members[i].slug, members[i].path))
    versions = max(1, int(getattr(options, "versions", 1) or 1))
    done, jobs = [], []
    for position, (i, paths) in enumerate(zip(order, quiz_paths([(lang, members[i].slug) for i in order], versions))):
        m = members[i]
        key = digest("quiz", m.fingerprint, pool_of[i], settings, *paths)
        reused = _reuse(store.get(key), Path(out), position)
        if reused is not None:
            done.append(reused)
        else:
            jobs.append(Job(position, m.family, m.index, pool_of[i], key, paths))
    return Plan(lang, (str(deck),) if deck else (), tuple(sorted(kinds.items())), tuple(done), tuple(jobs))


def draw(task: tuple[tuple[Job, ...], str, object, Path]) -> list[Drawn]:
    """Build and write a batch of quizzes; remember each result in the cache."""
    jobs, out, options, root = task
    store = Store(root, getattr(options, "cache", True))
    drawn = []
    for job in jobs:
        key = f"{job.family}.{job.index}"
        try:
            ((ex, _),) = decode(store.load(key))
            pool = _pool(store, job.pool)
        except (OSError, ValueError, TypeError, KeyError) as exc:
            raise _damaged(root, key, exc) from None
        files, notes, entries = write_article(ex, pool, job.paths, Path(out), options)
        relative = [str(Path(p).resolve().relative_to(Path(out).resolve())) for p in files]
        store.put(job.key, json.dumps({"written": relative, "notes": notes,
                                       "entries": [e.__dict__ for e in entries]}).encode())
        drawn.append(Drawn(job.position, tuple(str(p) for p in files), tuple(notes), tuple(entries)))
    return drawn


def _pool(store: Store, key: str) -> Pool:
    return _pool_at(store.root, key)


@lru_cache(maxsize=8)  # a batch's jobs mostly share a pool
def _pool_at(root: Path, key: str) -> Pool:
    d = json.loads(Store(root).load(key))
    linked = {s: tuple(v) for s, v in d["linked"].items()}
    parts = [_part(p) for p in d["parts"]]
    return merge(d["language"], parts, {**definitions(parts), **linked})


def _drawn(saved: dict, position: int, out: Path) -> Drawn:
    return Drawn(position, tuple(str(out / p) for p in saved["written"]), tuple(saved["notes"]),
                 tuple(Entry(**e) for e in saved["entries"]))


def _reuse(manifest: bytes | None, out: Path, position: int) -> Drawn | None:
    """The previous result of the very same inputs, if its files are all still there."""
    if manifest is None:
        return None
    try:
        saved = json.loads(manifest)
        result = _drawn(saved, position, out)
    except (ValueError, TypeError, KeyError):
        return None
    return result if all(Path(p).is_file() for p in result.written) else None


def batches(jobs: Sequence[Job], size: int = 16) -> list[tuple[Job, ...]]:
    return [tuple(jobs[i:i + size]) for i in range(0, len(jobs), size)]


def recall(store: Store, key: str, out: Path) -> Plan | None:
    """A language written before from the very same inputs, if all its files are still there."""
    manifest = store.get(key)
    if manifest is None:
        return None
    try:
        saved = json.loads(manifest)
        done = tuple(_drawn(d, d["position"], out) for d in saved["done"])
        found = Plan(saved["language"], tuple(str(out / p) for p in saved["deck"]),
                     tuple(map(tuple, saved["counts"])), done, ())
    except (ValueError, TypeError, KeyError):
        return None
    files = [*found.deck, *(p for d in found.done for p in d.written)]
    return found if all(Path(p).is_file() for p in files) else None


def remember(store: Store, key: str, finished: Plan, out: Path) -> None:
    def rel(p: str) -> str:
        return str(Path(p).resolve().relative_to(Path(out).resolve()))

    store.put(key, json.dumps({
        "language": finished.language, "deck": [rel(p) for p in finished.deck], "counts": finished.counts,
        "done": [{"position": d.position, "written": [rel(p) for p in d.written], "notes": list(d.notes),
                  "entries": [e.__dict__ for e in d.entries]} for d in finished.done],
    }, ensure_ascii=False).encode())
