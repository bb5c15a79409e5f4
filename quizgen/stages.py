"""The build's first two stages as top-level functions a worker process can run
(the third, writing, is in ``writing.py``).

Each takes one picklable task and returns a small picklable result; bulky data
(extractions and cards) travels through the cache folder, not the pipe.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from pathlib import Path

from .cache import Store, decode_article, digest, encode, encode_article, encode_summary
from .errors import SourceError
from .models import Article, Link


@dataclass(frozen=True)
class Scanned:
    article: Article  # a stub: what grouping needs; the whole article is in the cache
    digest: str


def scan(task: tuple[str, Path, bool]) -> Scanned | SourceError:
    """Stage 1: parse one file (or take it from the cache)."""
    from .pipeline import load_one

    path, root, read = task
    store = Store(root, read)
    try:
        data = Path(path).read_bytes()
    except OSError:
        data = b""  # load_one reports the real problem
    key = digest("scan", path, data)
    cached = store.get(f"{key}.stub")
    if cached is not None and store.exists(key):
        try:
            return Scanned(decode_article(cached), key)
        except (ValueError, TypeError, KeyError):
            pass  # a damaged cache entry is a miss, never an error
    try:
        article = load_one(path)
    except SourceError as exc:
        return exc
    # What grouping needs and no more: 50,000 of these stay in the parent.
    targets = sorted({link.target for link in article.links if link.target})
    stub = replace(article, sections=(), description="", links=tuple(Link("", t) for t in targets))
    store.put(key, encode_article(article))  # stage 2 reads it back instead of parsing again
    store.put(f"{key}.stub", encode_article(stub))
    return Scanned(stub, key)


def family(task: tuple[tuple[tuple[str, str, str, str], ...], str, Path, bool]) -> tuple[str, ...] | SourceError:
    """Stage 2: extract one article with its language versions and make its cards.

    Returns a fingerprint of each member's result: exports depend on what
    changed, not on which family changed (an edit in one language version
    rarely changes the others').
    """
    from .cards import generate
    from .extract import extract_all
    from .exporters.notes import note_row
    from .quiz.pool import contribution

    members, key, root, read = task
    store = Store(root, read)
    cached = _cached(store, key, len(members))
    if cached is not None:
        return cached
    articles = []
    for path, slug, language, scan_key in members:
        try:
            articles.append(replace(decode_article(store.load(scan_key)), slug=slug, language=language))
        except (OSError, ValueError, TypeError, KeyError) as exc:
            return SourceError(path, f"lost between stages ({type(exc).__name__}); build again")
    try:
        extractions = extract_all(articles)
        cards = generate(extractions)
    except Exception as exc:  # one family's bug must not stop the other articles
        return SourceError(members[0][0], f"could not be turned into cards ({type(exc).__name__}: {exc})")
    prints = []
    for index, ex in enumerate(extractions):
        own = [c for c in cards if (c.language, c.slug) == (ex.article.language, ex.article.slug)]
        data = encode([(ex, own)])
        store.put(f"{key}.{index}", data)
        store.put(f"{key}.{index}.s", encode_summary([note_row(c) for c in own], contribution(ex),
                                                      ex.article.description))
        prints.append(digest(data))
    return tuple(prints)


def _cached(store: Store, key: str, count: int) -> tuple[str, ...] | None:
    """The fingerprints of a family's entries if all are cached and whole.

    A cheap shape check, not a full decode: decoding every entry of a large
    corpus on each rebuild would cost more than the work it saves. ``export``
    still reports an entry that passes this and then fails to decode.
    """
    prints = []
    for index in range(count):
        data = store.get(f"{key}.{index}")
        if data is None or not (data.startswith(b"[[") and data.rstrip().endswith(b"]]")):
            return None
        summary = store.get(f"{key}.{index}.s")
        if summary is None or not (summary.startswith(b'{"notes":') and summary.rstrip().endswith(b"}")):
            return None
        prints.append(digest(data))
    return tuple(prints)
