"""Reading an article file into text plus front matter.

Every problem becomes a :class:`SourceError` naming the file (and the line
where known) so that one bad file never stops the others.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import frontmatter
import yaml

from .errors import SourceError
from .text import clean

MARKDOWN_SUFFIXES = (".md", ".markdown")
TEXT_SUFFIXES = (".txt",)
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f]")  # \t \n \v \f \r are text
_FENCE = re.compile(r"^---[ \t]*$")
_CLOSE = re.compile(r"^(---|\.\.\.)[ \t]*$")
# python-frontmatter's YAML handler (yaml.SafeLoader): no Python objects from YAML tags.
_YAML = frontmatter.YAMLHandler()
_MAX_META_NODES = 10_000


@dataclass(frozen=True)
class RawSource:
    path: str
    meta: dict[str, Any]
    body: str
    body_line: int  # 1-based line of the body's first line in the file
    warnings: tuple[str, ...]


def file_kind(mode: int) -> str:
    """What a path that is not a regular file is, in words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def decode(data: bytes, path: str | Path) -> tuple[str, tuple[str, ...]]:
    """Bytes to text: UTF-8 (BOM dropped), else cp1252/latin-1 with a warning."""
    if not data.strip():
        raise SourceError(path, "empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):  # UTF-16 with a BOM, as some Windows editors save
        try:
            text = data.decode("utf-16")
        except UnicodeDecodeError:
            raise SourceError(path, "starts like UTF-16 but is not valid UTF-16") from None
        return decode(text.lstrip("\ufeff").encode("utf-8"), path)[0], (f"{path}: UTF-16 text; read as UTF-16",)
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
    if len(_CONTROL.findall(text, 0, 4096)) > 8:
        raise SourceError(path, "binary data (control bytes), not a text article")
    return text, warnings


def _yaml_size(value: Any, budget: int) -> int:
    """Nodes in ``value`` counted with aliases expanded, stopping once over ``budget``."""
    stack, seen = [value], 0
    while stack and seen <= budget:
        item = stack.pop()
        seen += 1
        if isinstance(item, dict):
            stack.extend(item.keys())
            stack.extend(item.values())
        elif isinstance(item, (list, tuple, set)):
            stack.extend(item)
    return seen


def _load_yaml(block: str, path: str | Path, last_line: int) -> Any:
    try:
        return _YAML.load(block)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        # The YAML starts on the file's line 2; marks count from 0.
        line = min(mark.line + 2, last_line) if mark is not None else 2
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise SourceError(path, f"malformed YAML in front matter: {problem}", line) from None
    except RecursionError:
        raise SourceError(path, "front matter is nested too deeply", 2) from None


# "description: &quot;Too big&quot; ...": YAML takes "&quot;..." for an anchor.
_ENTITY_VALUE = re.compile(r"^[A-Za-z_][\w-]*:[ \t]+&(?:#\d+|#x[0-9a-fA-F]+|[A-Za-z]+);")
_FLAT_LINE = re.compile(r"^([A-Za-z_][\w-]*):[ \t]+(\S.*)$")


def _flat_mapping(lines: list[str]) -> dict[str, str] | None:
    """Read ``key: value`` lines whose values hold a bare ``: `` (which YAML
    refuses, yet real articles write: "two exchanges: A and B")."""
    meta: dict[str, str] = {}
    for line in lines:
        if not line.strip():
            continue
        m = _FLAT_LINE.match(line)
        if m is None or m.group(1) in meta:
            return None
        meta[m.group(1)] = m.group(2).strip()
    return meta or None


def split_front_matter(text: str, path: str | Path, notes: list[str] | None = None) -> tuple[dict[str, Any], str, int]:
    """Return ``(meta, body, body_line)``; raise on any front-matter problem.

    Front matter that YAML refuses only because a value holds ``: `` or
    opens with an HTML entity is read as plain ``key: value`` lines, with a
    note in ``notes``.
    """
    lines = text.split("\n")
    if not lines or not _FENCE.match(lines[0]):
        raise SourceError(path, "no front matter (the file must open with a '---' line)", 1)
    end = next((i for i in range(1, len(lines)) if _CLOSE.match(lines[i])), None)
    if end is None:
        raise SourceError(path, "front matter is never closed (no second '---' line)", 1)
    try:
        meta = _load_yaml("\n".join(lines[1:end]), path, max(end, 2))
    except SourceError as exc:
        colon = "mapping values are not allowed" in exc.message
        entity = any(_ENTITY_VALUE.match(line) for line in lines[1:end])
        flat = _flat_mapping(lines[1:end]) if colon or entity else None
        if flat is None:
            raise
        meta = flat
        if notes is not None:
            why = "a value holds ': '" if colon else "a value opens with an HTML entity, which YAML reads as an anchor"
            notes.append(f"{exc.path}:{exc.line}: front matter is not valid YAML ({why}); read as plain key: value lines")
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        kind = "a list" if isinstance(meta, list) else f"a single {type(meta).__name__} value"
        raise SourceError(path, f"front matter is {kind}, not a mapping of keys to values", 2)
    # Anchors and aliases can make a few lines expand to billions of nodes ("YAML bomb").
    if _yaml_size(meta, _MAX_META_NODES) > _MAX_META_NODES:
        raise SourceError(path, f"front matter expands to more than {_MAX_META_NODES} values (YAML aliases?)", 2)
    body = "\n".join(lines[end + 1 :])
    if not body.strip():
        raise SourceError(path, "front matter but no article body", end + 1)
    return meta, body, end + 2


def _read_bytes(p: Path) -> bytes:
    # O_NONBLOCK: opening a FIFO named like an article must not wait for a writer.
    try:
        fd = os.open(p, os.O_RDONLY | os.O_NONBLOCK | getattr(os, "O_CLOEXEC", 0))
    except IsADirectoryError:
        raise SourceError(p, "is a folder, not a file") from None
    except OSError as exc:
        raise SourceError(p, f"cannot read file ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fd).st_mode
        if not stat.S_ISREG(mode):
            raise SourceError(p, f"is {file_kind(mode)}, not a file")
        try:
            return fh.read()
        except OSError as exc:
            raise SourceError(p, f"cannot read file ({exc.strerror or exc})") from None


def read_source(path: str | Path) -> RawSource:
    """Read one file into front matter and body, or raise :class:`SourceError`."""
    p = Path(path)
    data = _read_bytes(p)
    text, warnings = decode(data, p)
    notes: list[str] = []
    meta, body, body_line = split_front_matter(text, p, notes)
    warnings += tuple(notes)
    title = meta.get("title")
    if title is None or (isinstance(title, str) and not title.strip()):
        raise SourceError(p, "front matter has no title", _key_line(text, "title"))
    if not isinstance(title, str):
        raise SourceError(p, f"title must be text, not {type(title).__name__}", _key_line(text, "title"))
    if not clean(title).strip():
        raise SourceError(p, "the title has no text once its markup is removed", _key_line(text, "title"))
    return RawSource(str(p), dict(meta), body, body_line, warnings)


def _key_line(text: str, key: str) -> int | None:
    for i, line in enumerate(text.split("\n")[:200], start=1):
        if line.startswith(f"{key}:"):
            return i
    return 2
