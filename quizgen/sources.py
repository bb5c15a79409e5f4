"""Finding article files and reading them into text plus front matter.

Every problem becomes a :class:`SourceError` naming the file (and the line
where known) so that one bad file never stops the others.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterable

import frontmatter
import yaml

from .errors import SourceError

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")


@dataclass(frozen=True)
class Discovery:
    """Article files found under the given paths, and notes on what was passed over."""

    files: tuple[Path, ...]
    notes: tuple[str, ...]
    errors: tuple[SourceError, ...]


@dataclass(frozen=True)
class RawSource:
    path: str
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    warnings: tuple[str, ...]


def _opens_with_front_matter(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError:
        return False
    return head.lstrip(b"\xef\xbb\xbf").startswith(b"---")


def _is_article(path: Path) -> bool:
    suffix = path.suffix.lower()
    if suffix in MARKDOWN_SUFFIXES:
        return True
    return suffix in TEXT_SUFFIXES and _opens_with_front_matter(path)


def _walk(folder: Path, seen: set[tuple[int, int]], notes: list[str], errors: list[SourceError]) -> Iterable[Path]:
    try:
        st = folder.stat()
    except OSError as exc:
        errors.append(SourceError(folder, f"cannot read folder ({exc.strerror or exc})"))
        return
    key = (st.st_dev, st.st_ino)
    if key in seen:
        notes.append(f"{folder}: skipped, symlink loop (folder already visited)")
        return
    seen.add(key)
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        errors.append(SourceError(folder, f"cannot list folder ({exc.strerror or exc})"))
        return
    for entry in entries:
        path = Path(entry.path)
        if entry.name.startswith("."):
            continue
        try:
            is_dir = entry.is_dir()
            is_file = entry.is_file()
        except OSError:
            is_dir = is_file = False
        if is_dir:
            yield from _walk(path, seen, notes, errors)
        elif is_file and _is_article(path):
            yield path
        elif is_file:
            notes.append(f"{path}: skipped, not an article (.md, .markdown, or .txt with front matter)")
        elif entry.is_symlink():
            notes.append(f"{path}: skipped, broken or looping symlink")


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Article files under ``paths`` in a stable order, without duplicates."""
    files: list[Path] = []
    notes: list[str] = []
    errors: list[SourceError] = []
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        if path.is_dir():
            found = list(_walk(path, seen, notes, errors))
            if not found:
                errors.append(SourceError(path, "no articles found in this folder"))
            files.extend(found)
        elif path.is_file():
            files.append(path)
        elif path.is_symlink():
            errors.append(SourceError(path, "broken or looping symlink"))
        else:
            errors.append(SourceError(path, "no such file or folder"))
    unique: dict[str, Path] = {}
    for f in files:
        unique.setdefault(os.path.realpath(f), f)
    return Discovery(tuple(unique.values()), tuple(notes), tuple(errors))


def decode(data: bytes, path: str | Path) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (BOM dropped), else cp1252/latin-1 with a warning."""
    if not data.strip():
        raise SourceError(path, "empty file")
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        raise SourceError(path, "binary data (NUL byte), not a text article", line)
    try:
        text = data.decode("utf-8-sig")
        warnings: tuple[str, ...] = ()
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        try:
            text = data.decode("cp1252")
            codec = "cp1252"
        except UnicodeDecodeError:
            text = data.decode("latin-1")
            codec = "latin-1"
        warnings = (f"{path}:{line}: not UTF-8; read as {codec}",)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    bad = sum(1 for ch in text[:4096] if ord(ch) < 32 and ch not in "\n\t\f\v")
    if bad > 8:
        raise SourceError(path, "binary data (control bytes), not a text article")
    return text, warnings


def split_front_matter(text: str, path: str | Path) -> tuple[dict[str, Any], str, int]:
    """Return ``(meta, body, body_line)``; raise on any front-matter problem."""
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        raise SourceError(path, "no front matter (the file must open with a '---' line)", 1)
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if end is None:
        raise SourceError(path, "front matter is never closed (no second '---' line)", 1)
    try:
        post = frontmatter.loads(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(path, f"malformed YAML in front matter: {problem}", line) from None
    except Exception as exc:  # python-frontmatter raises plain errors for non-mappings
        raise SourceError(path, f"front matter cannot be read: {exc}", 2) from None
    meta = post.metadata
    # python-frontmatter turns a YAML list or scalar into {}; look at the type ourselves.
    if not meta and not isinstance(yaml.safe_load("\n".join(lines[1:end])), (dict, type(None))):
        raise SourceError(path, "front matter is not a mapping of keys to values", 2)
    body = "\n".join(lines[end + 1 :])
    if not body.strip():
        raise SourceError(path, "front matter but no article body", end + 1)
    return meta, body, end + 2


def read_source(path: str | Path) -> RawSource:
    """Read one file into front matter and body, or raise :class:`SourceError`."""
    p = Path(path)
    try:
        data = p.read_bytes()
    except IsADirectoryError:
        raise SourceError(p, "is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(p, f"cannot read file ({exc.strerror or exc})") from None
    text, warnings = decode(data, p)
    meta, body, body_line = split_front_matter(text, p)
    title = meta.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        raise SourceError(p, "front matter has no title", _key_line(text, "title"))
    if not isinstance(title, str):
        raise SourceError(p, f"title must be text, not {type(title).__name__}", _key_line(text, "title"))
    return RawSource(str(p), dict(meta), body, body_line, warnings)


def _key_line(text: str, key: str) -> int | None:
    for i, line in enumerate(text.split("\n")[:200], start=1):
        if line.startswith(f"{key}:"):
            return i
    return 2
