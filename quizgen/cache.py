"""The build cache: per-article results keyed on content and quizgen's own code.

Entries are JSON, never pickle, so a crafted cache folder cannot run code.
The key includes a fingerprint of quizgen's source files, so any change to
quizgen (not only a version bump) invalidates old entries.
"""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import fields, is_dataclass, replace
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import __version__
from .models import Article, Block, Card, Definition, Entity, Extraction, FaqPair, Link, Section, Term
from .writers import write_atomic

CACHE_FOLDER = ".quizgen-cache"


@lru_cache(maxsize=1)
def code_fingerprint() -> str:
    """quizgen's version plus a hash of its own source and templates."""
    h = hashlib.blake2b(__version__.encode(), digest_size=16)
    package = Path(__file__).resolve().parent
    roots = [package, package.parent / "templates", package / "templates"]
    for root in roots:
        if not root.is_dir():
            continue
        for path in sorted(root.rglob("*")):
            if path.suffix in (".py", ".j2", ".css", ".html") and "__pycache__" not in path.parts:
                h.update(path.relative_to(root).as_posix().encode())
                h.update(path.read_bytes())
    return h.hexdigest()


def digest(*parts: str | bytes) -> str:
    h = hashlib.blake2b(digest_size=20)
    h.update(code_fingerprint().encode())
    for part in parts:
        h.update(b"\x00")
        h.update(part.encode() if isinstance(part, str) else part)
    return h.hexdigest()


def slim(ex: Extraction) -> Extraction:
    """What later stages need of an extraction: no body sections, no links."""
    return replace(ex, article=replace(ex.article, sections=(), links=()))


def plain(value: Any) -> Any:
    if is_dataclass(value):
        return {f.name: plain(getattr(value, f.name)) for f in fields(value)}
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    return value


def _section(d: dict) -> Section:
    blocks = tuple(Block(**{**b, "items": tuple(b["items"]), "emphasis": tuple(b.get("emphasis", ()))}) for b in d["blocks"])
    return Section(d["heading"], d["level"], d["line"], blocks)


def _article(d: dict) -> Article:
    return Article(**{**d, "keywords": tuple(d["keywords"]), "sections": tuple(_section(s) for s in d["sections"]),
                      "links": tuple(Link(**l) for l in d["links"]), "warnings": tuple(d["warnings"])})


def _extraction(d: dict) -> Extraction:
    return Extraction(
        article=_article(d["article"]),
        definitions=tuple(Definition(**x) for x in d["definitions"]),
        highlights=tuple(d["highlights"]),
        entities=tuple(Entity(**x) for x in d["entities"]),
        terms=tuple(Term(**x) for x in d["terms"]),
        faq=tuple(FaqPair(**x) for x in d["faq"]),
        sentences=tuple(d["sentences"]),
    )


def _card(d: dict) -> Card:
    return Card(**{**d, "tags": tuple(d["tags"])})


def encode_article(article: Article) -> bytes:
    return json.dumps(plain(article), ensure_ascii=False, separators=(",", ":")).encode()


def decode_article(data: bytes) -> Article:
    return _article(json.loads(data))


def encode(results: list[tuple[Extraction, list[Card]]]) -> bytes:
    return json.dumps([[plain(slim(ex)), [plain(c) for c in cards]] for ex, cards in results],
                      ensure_ascii=False, separators=(",", ":")).encode()


def decode(data: bytes) -> list[tuple[Extraction, list[Card]]]:
    return [(_extraction(ex), [_card(c) for c in cards]) for ex, cards in json.loads(data)]


def encode_summary(notes: list[Any], part: Any, description: str) -> bytes:
    """What writing needs of one article without decoding its extraction: its note
    rows, its pool contribution and its description (the deck's)."""
    return json.dumps({"notes": [plain(n) for n in notes], "part": plain(part), "description": description},
                      ensure_ascii=False, separators=(",", ":")).encode()


def decode_summary(data: bytes) -> tuple[list[dict], dict, str]:
    d = json.loads(data)
    return d["notes"], d["part"], d["description"]


def decode_entities(items: list[dict]) -> tuple[Entity, ...]:
    return tuple(Entity(**x) for x in items)


class Store:
    """JSON files under ``root`` (``<output>/.quizgen-cache/``); ``read`` off means --no-cache."""

    def __init__(self, root: Path, read: bool = True) -> None:
        self.root = Path(root)
        self.read_enabled = read

    def _path(self, key: str) -> Path:
        return self.root / key[:2] / f"{key}.json"

    def get(self, key: str) -> bytes | None:
        if not self.read_enabled:
            return None
        try:
            return self._path(key).read_bytes()
        except OSError:
            return None

    def put(self, key: str, data: bytes) -> None:
        write_atomic(self._path(key), data, durable=False)

    def load(self, key: str) -> bytes:
        return self._path(key).read_bytes()

    def exists(self, key: str) -> bool:
        return self.read_enabled and os.path.exists(self._path(key))
