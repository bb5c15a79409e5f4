"""A build killed with SIGKILL leaves every output it finished whole, and nothing
half-written under a final ``.apkg`` or ``.html`` name."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from quizgen.errors import OutputError
from quizgen.writers import atomic_target, write_atomic
from sample_articles import anki_notes, parse_html, write_articles

ROOT = Path(__file__).resolve().parent.parent
FINAL = (".apkg", ".html", ".pdf")


def _corpus(folder: Path) -> None:
    for lang in ("en", "es", "ru", "de"):
        write_articles(folder / lang, 12, lang)


def _check_outputs(out: Path) -> tuple[int, int]:
    """Every final file is valid; temporary leftovers never carry a final name."""
    decks = quizzes = 0
    for path in out.rglob("*"):
        if path.is_dir():
            continue
        if any(part.startswith(".") for part in path.relative_to(out).parent.parts):
            assert path.suffix not in FINAL, path  # quizgen's cache folder
            continue
        if path.name.startswith("."):
            assert path.name.endswith(".part"), path
            continue
        assert path.suffix in FINAL, path
        if path.suffix == ".apkg":
            assert anki_notes(path), f"{path} imported no notes"
            decks += 1
        elif path.suffix == ".html":
            parse_html(path)
            quizzes += 1
    return decks, quizzes


def _start_build(src: Path, out: Path, log: Path) -> subprocess.Popen:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    # Own process group: the kill takes the worker processes too (as a terminal or
    # OOM kill would). Output to a file, not a pipe, so nothing waits on a reader.
    with log.open("wb") as fh:
        return subprocess.Popen([sys.executable, "-m", "quizgen", "build", str(src), "-o", str(out), "--no-cache",
                                 "-q"], cwd=ROOT, env=env, stdout=fh, stderr=subprocess.STDOUT,
                                start_new_session=True)


def _kill_after_first_output(proc: subprocess.Popen, out: Path) -> bool:
    """SIGKILL the build's process group once one final output exists; False if it finished first."""
    while proc.poll() is None:
        if out.is_dir() and any(p.suffix in FINAL and not p.name.startswith(".") for p in out.rglob("*")):
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.002)
    try:
        os.killpg(proc.pid, signal.SIGKILL)  # stray workers of a finished build, if any
    except ProcessLookupError:
        pass
    return False


@pytest.mark.slow
def test_killed_first_build_leaves_only_whole_files(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _corpus(src)
    proc = _start_build(src, out, tmp_path / "log")
    killed = _kill_after_first_output(proc, out)
    decks, quizzes = _check_outputs(out)
    assert decks + quizzes >= 1
    if killed:
        assert proc.returncode == -signal.SIGKILL


@pytest.mark.slow
def test_killed_rebuild_keeps_every_earlier_output_valid(tmp_path: Path) -> None:
    src, out = tmp_path / "src", tmp_path / "out"
    _corpus(src)
    first = _start_build(src, out, tmp_path / "log")
    assert first.wait() == 0, (tmp_path / "log").read_text()
    before = _check_outputs(out)
    assert before[0] == 4 and before[1] >= 48
    for path in src.rglob("*.md"):  # change every article so every output is rewritten
        path.write_text(path.read_text().replace("Lisbon", "Porto").replace("Lissabon", "Porto"))
    again = _start_build(src, out, tmp_path / "log2")
    _kill_after_first_output(again, out)  # outputs already exist: killed almost at once
    assert _check_outputs(out) == before  # every file still there and valid, old or new


def _die_before_rename(target: Path, payload: bytes) -> None:
    """In a child: write ``payload`` atomically but die by SIGKILL just before the rename."""
    pid = os.fork()
    if pid == 0:  # pragma: no cover - child
        os.replace = lambda *a, **k: os.kill(os.getpid(), signal.SIGKILL)  # type: ignore[assignment]
        try:
            write_atomic(target, payload)
        finally:
            os._exit(0)
    _, status = os.waitpid(pid, 0)
    assert os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGKILL


def test_write_atomic_killed_before_rename_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "quizgen-en.apkg"
    write_atomic(target, b"old and whole")
    _die_before_rename(target, b"new" * 1_000_000)
    assert target.read_bytes() == b"old and whole"
    leftovers = [p.name for p in tmp_path.iterdir() if p != target]
    assert leftovers and all(n.startswith(".quizgen-en.apkg.") and n.endswith(".part") for n in leftovers)


def test_write_atomic_killed_before_rename_leaves_no_final_name(tmp_path: Path) -> None:
    target = tmp_path / "quiz.html"
    _die_before_rename(target, b"<html>" * 100_000)
    assert not target.exists()


def test_atomic_target_renames_only_on_success(tmp_path: Path) -> None:
    target = tmp_path / "deck.apkg"
    with pytest.raises(RuntimeError):
        with atomic_target(target) as tmp:
            tmp.write_bytes(b"half")
            raise RuntimeError("writer crashed")
    assert list(tmp_path.iterdir()) == []
    with atomic_target(target) as tmp:
        tmp.write_bytes(b"whole")
    assert target.read_bytes() == b"whole" and list(tmp_path.iterdir()) == [target]
    assert oct(target.stat().st_mode & 0o777) != oct(0o600)


def test_write_atomic_into_a_file_is_an_output_error(tmp_path: Path) -> None:
    (tmp_path / "file").write_text("x")
    with pytest.raises(OutputError, match="cannot write"):
        write_atomic(tmp_path / "file" / "quiz.html", "x")
