"""Finding article files under the paths a user gives (files or folders).

Every problem becomes a :class:`SourceError` or a note naming the path, so
that one bad file or folder never stops the others.
"""

from __future__ import annotations

import errno
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable

from .errors import SourceError
from .sources import MARKDOWN_SUFFIXES, TEXT_SUFFIXES, file_kind

@dataclass(frozen=True)
class Discovery:
    """Article files found under the given paths, and notes on what was passed over."""

    files: tuple[Path, ...]
    notes: tuple[str, ...]
    errors: tuple[SourceError, ...]


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


def _looks_like_article(path: Path) -> bool:
    return path.suffix.lower() in MARKDOWN_SUFFIXES


def _walk(root: Path, seen: set[tuple[int, int]], notes: list[str], errors: list[SourceError]) -> list[Path]:
    """Article files under ``root``, depth first in name order; loops are visited once."""
    found: list[Path] = []
    stack = [root]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
        except OSError as exc:
            errors.append(SourceError(folder, f"cannot read folder ({exc.strerror or exc})"))
            continue
        key = (st.st_dev, st.st_ino)
        if key in seen:
            notes.append(f"{folder}: skipped, folder already visited (symlink loop or second link)")
            continue
        seen.add(key)
        try:
            entries = sorted(os.scandir(folder), key=lambda e: e.name)
        except OSError as exc:
            errors.append(SourceError(folder, f"cannot list folder ({exc.strerror or exc})"))
            continue
        subfolders: list[Path] = []
        for entry in entries:
            path = Path(entry.path)
            if entry.name.startswith("."):
                continue  # .git, editor swap files, our own temporary files
            try:
                mode = entry.stat().st_mode  # follows symlinks
            except OSError as exc:
                problem = "symlink loop" if exc.errno == errno.ELOOP else "broken symlink"
                if _looks_like_article(path):
                    errors.append(SourceError(path, f"{problem}, cannot be read"))
                else:
                    notes.append(f"{path}: skipped, {problem}")
                continue
            if stat.S_ISDIR(mode):
                subfolders.append(path)
            elif stat.S_ISREG(mode) and _is_article(path):
                found.append(path)
            elif stat.S_ISREG(mode):
                notes.append(f"{path}: skipped, not an article (.md, .markdown, or .txt with front matter)")
            elif _looks_like_article(path):
                errors.append(SourceError(path, f"is {file_kind(mode)}, not a file"))
            else:
                notes.append(f"{path}: skipped, {file_kind(mode)}")
        stack.extend(reversed(subfolders))
    return found


def discover(paths: Iterable[str | Path]) -> Discovery:
    """Article files under ``paths`` in a stable order, without duplicates."""
    files: list[Path] = []
    notes: list[str] = []
    errors: list[SourceError] = []
    seen: set[tuple[int, int]] = set()
    for raw in paths:
        path = Path(raw)
        try:
            mode = path.stat().st_mode
        except OSError as exc:
            if exc.errno == errno.ELOOP:
                errors.append(SourceError(path, "symlink loop, cannot be read"))
            elif path.is_symlink():
                errors.append(SourceError(path, "broken symlink (its target does not exist)"))
            elif exc.errno == errno.ENOENT:
                errors.append(SourceError(path, "no such file or folder"))
            else:
                errors.append(SourceError(path, f"cannot be read ({exc.strerror or exc})"))
            continue
        if stat.S_ISDIR(mode):
            st = path.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue  # named twice, or inside a folder already given
            found = _walk(path, seen, notes, errors)
            if not found:
                errors.append(SourceError(path, "no articles found in this folder (looked for .md, .markdown, and .txt with front matter)"))
            files.extend(found)
        elif stat.S_ISREG(mode):
            files.append(path)
        else:
            errors.append(SourceError(path, f"is {file_kind(mode)}, not a file"))
    unique: dict[str, Path] = {}
    for f in files:
        unique.setdefault(os.path.realpath(f), f)
    once: dict[str, SourceError] = {}
    for err in errors:
        once.setdefault(os.path.abspath(err.path), err)  # one line per bad file
    return Discovery(tuple(unique.values()), tuple(dict.fromkeys(notes)), tuple(once.values()))
