"""Safe, atomic output: every file appears whole under its final name or not at all."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from pathlib import Path

from .errors import OutputError

_UNSAFE = re.compile(r"[^\w.-]+")


def safe_name(text: str, fallback: str = "article", limit: int = 80) -> str:
    """A file-name component that cannot leave its folder (no ``/``, ``..``, NUL)."""
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    text = _UNSAFE.sub("-", text).strip(".-_")
    text = re.sub(r"-{2,}", "-", text)[:limit].strip(".-_")
    return text or fallback


def ensure_dir(folder: Path) -> Path:
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"{folder}: cannot create output folder ({exc.strerror or exc})") from None
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputError(f"{folder}: output folder is not writable")
    return folder


def inside(root: Path, name: str) -> Path:
    """``root / name``, refusing any name that would resolve outside ``root``."""
    target = (root / name).resolve()
    if not target.is_relative_to(root.resolve()):
        raise OutputError(f"{name}: refusing to write outside {root}")
    return target


def write_atomic(path: Path, data: bytes | str) -> Path:
    """Write to a temporary file beside ``path``, fsync, then rename over it."""
    payload = data.encode("utf-8") if isinstance(data, str) else data
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(payload)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path
