"""The build engine: parallel and serial agree, the cache never changes results."""

from __future__ import annotations

import shutil
from pathlib import Path

from quizgen.build import BuildOptions, build
from quizgen.cache import CACHE_FOLDER
from sample_articles import write_articles


def _corpus(folder: Path, source_dir: Path) -> Path:
    shutil.copytree(source_dir, folder)
    for lang in ("en", "es", "ru", "de"):
        write_articles(folder / lang, 6, lang)
    return folder


def _outputs(out: Path) -> dict[str, bytes]:
    return {p.relative_to(out).as_posix(): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and CACHE_FOLDER not in p.parts}


def test_parallel_and_serial_builds_are_byte_identical(tmp_path: Path, source_dir: Path) -> None:
    src = _corpus(tmp_path / "src", source_dir)
    one = build([src], BuildOptions(output=tmp_path / "one", jobs=1, quiet=True))
    two = build([src], BuildOptions(output=tmp_path / "two", jobs=2, quiet=True))
    assert one.articles == two.articles == 29
    assert one.cards == two.cards
    files = _outputs(tmp_path / "one")
    assert len(files) == 6 + 29 + 1  # decks, quizzes, index
    assert files == _outputs(tmp_path / "two")


def test_incremental_rebuild_equals_a_full_build(tmp_path: Path, source_dir: Path) -> None:
    src = _corpus(tmp_path / "src", source_dir)
    cached, full = tmp_path / "cached", tmp_path / "full"
    build([src], BuildOptions(output=cached, jobs=2, quiet=True))
    shutil.copytree(cached, full)  # the same previous decks, so note mtimes start alike
    edited = src / "es" / "art3.md"
    edited.write_text(edited.read_text(encoding="utf-8").replace("marea", "marea alta", 1), encoding="utf-8")
    before = {k: v for k, v in _outputs(cached).items() if "/es/" not in k and "-es." not in k}
    report = build([src], BuildOptions(output=cached, jobs=2, quiet=True))
    build([src], BuildOptions(output=full, jobs=2, cache=False, quiet=True))
    assert report.articles == 29
    assert _outputs(cached) == _outputs(full)
    # Languages whose articles did not change were not rewritten.
    assert {k: v for k, v in _outputs(cached).items() if k in before} == before


def test_damaged_cache_is_a_miss_not_an_error(tmp_path: Path, source_dir: Path) -> None:
    src = _corpus(tmp_path / "src", source_dir)
    out = tmp_path / "out"
    build([src], BuildOptions(output=out, quiet=True))
    expected = _outputs(out)
    for entry in (out / CACHE_FOLDER).rglob("*.json"):
        entry.write_bytes(b"{not json")
    report = build([src], BuildOptions(output=out, quiet=True))
    assert not report.errors and report.articles == 29
    assert _outputs(out) == expected


def test_progress_is_plain_lines_off_a_terminal_and_silent_when_quiet(tmp_path: Path, source_dir: Path,
                                                                      runner, monkeypatch) -> None:
    from quizgen import progress
    from quizgen.cli import cli

    monkeypatch.setattr(progress, "_DELAY", 0.0)
    src = _corpus(tmp_path / "src", source_dir)
    loud = runner.invoke(cli, ["build", str(src), "-o", str(tmp_path / "a")])
    assert loud.exit_code == 0, loud.output
    assert "writing quizzes: 29/29" in loud.output and "\x1b[" not in loud.output
    quiet = runner.invoke(cli, ["build", str(src), "-o", str(tmp_path / "b"), "--quiet"])
    assert quiet.exit_code == 0 and quiet.output == ""
