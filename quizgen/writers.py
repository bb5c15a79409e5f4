"""Safe, atomic output: every file appears whole under its final name or not at all."""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO, Callable, Iterator

from .errors import OutputError

_UNSAFE = re.compile(r"[^\w.-]+")
_MAX_BYTES = 160


def _file_mode() -> int:
    # mkstemp makes 0600 files; outputs get the usual 0666 minus the umask.
    mask = os.umask(0)
    os.umask(mask)
    return 0o666 & ~mask


_MODE = _file_mode()


def safe_name(text: str, fallback: str = "article", limit: int = 80) -> str:
    """A file-name component that cannot leave its folder (no ``/``, ``..``, NUL)."""
    text = unicodedata.normalize("NFKC", str(text)).strip().lower()
    text = _UNSAFE.sub("-", text).strip(".-_")
    text = re.sub(r"-{2,}", "-", text)[:limit]
    # File names are limited to 255 bytes; leave room for suffixes like "-v26.html".
    text = text.encode("utf-8")[:_MAX_BYTES].decode("utf-8", "ignore").strip(".-_")
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
    try:
        target = (root / name).resolve()
    except (OSError, ValueError, RuntimeError) as exc:  # NUL byte, symlink loop
        raise OutputError(f"{name!r}: not a usable output name ({exc})") from None
    if not target.is_relative_to(root.resolve()):
        raise OutputError(f"{name}: refusing to write outside {root}")
    return target


@contextmanager
def atomic_target(path: Path) -> Iterator[Path]:
    """A temporary path beside ``path`` for libraries that write to a file name
    (genanki's ``write_to_file``); renamed over ``path`` only if the block succeeds.

    The temporary name starts with ``.`` and ends in ``.part``, so a killed
    build never leaves a half-written file under a final ``.apkg``/``.html`` name.
    """
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.fchmod(fd, _MODE)
        os.close(fd)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    try:
        yield Path(tmp)
        with open(tmp, "rb+") as fh:
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    finally:
        if os.path.exists(tmp):
            os.unlink(tmp)


def write_atomic(path: Path, data: bytes | str | Callable[[BinaryIO], None], durable: bool = True) -> Path:
    """Write to a temporary file beside ``path``, then rename over it.

    ``data`` may be a function that writes to the open file (a large deck need
    not be held in memory). The rename alone keeps a killed build from leaving
    half a file; ``durable`` adds an fsync against power loss, worth its ~1 ms
    for decks but not for each of thousands of quiz pages or cache entries.
    """
    payload = data.encode("utf-8") if isinstance(data, str) else data
    tmp = None
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".part", dir=path.parent)
        os.fchmod(fd, _MODE)
        with os.fdopen(fd, "wb") as fh:
            if callable(payload):
                payload(fh)
            else:
                fh.write(payload)
            if durable:
                fh.flush()
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except OSError as exc:
        if tmp is not None and os.path.exists(tmp):
            os.unlink(tmp)
        raise OutputError(f"{path}: cannot write ({exc.strerror or exc})") from None
    return path
