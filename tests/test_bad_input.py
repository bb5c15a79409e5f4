"""Every kind of bad input gets one clear line naming the file, and the good article beside it is still read.

These run ``quizgen inspect`` (no exporters needed); ``test_safety.py`` runs ``build``.
"""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from quizgen.cli import cli
from quizgen.errors import SourceError
from quizgen.pipeline import load_one

GOOD_TITLE = "Quiet Harbour Indexing"
GOOD = f"""---
title: {GOOD_TITLE}
description: A made-up method for testing.
keywords: harbour, index
---
## Overview

{GOOD_TITLE} is a method of sorting harbour records by tide. It was described in 1999.

## Key points

- It sorts records.
- It saves time.
"""

# name, bytes, expected message fragment, expected line (None: no line number)
BAD_FILES = [
    ("empty.md", b"", "empty file", None),
    ("blank.md", b"  \n\n\t\n", "empty file", None),
    ("no-front-matter.md", b"# Just a heading\n\nSome text.\n", "no front matter", 1),
    ("malformed-yaml.md", b"---\ntitle: ok\ndescription: [unclosed\n---\nBody.\n", "malformed YAML", 3),
    ("bad-indent.md", b"---\ntitle: ok\n  bad: indent\n---\nBody.\n", "malformed YAML", 3),
    ("list-front-matter.md", b"---\n- a\n- b\n---\nBody.\n", "not a mapping", 2),
    ("scalar-front-matter.md", b"---\njust a string\n---\nBody.\n", "not a mapping", 2),
    ("unclosed.md", b"---\ntitle: Never closed\n\nBody text.\n", "never closed", 1),
    ("no-title.md", b"---\ndescription: no title\n---\nBody.\n", "no title", 2),
    ("empty-title.md", b"---\ntitle: '  '\n---\nBody.\n", "no title", 2),
    ("number-title.md", b"---\ndescription: d\ntitle: 42\n---\nBody.\n", "title must be text", 3),
    ("list-title.md", b"---\ntitle: [a, b]\n---\nBody.\n", "title must be text", 2),
    ("no-body.md", b"---\ntitle: Only front matter\n---\n\n  \n", "no article body", 3),
    ("nul-byte.md", b"---\ntitle: x\n---\nline\nbad\x00byte\n", "NUL byte", 5),
    ("binary.md", bytes(range(256)) * 4, "binary data (NUL byte)", 1),
    ("control-bytes.md", bytes(range(1, 256)) * 4, "binary data (control bytes)", None),
    ("png-named-md.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data", 3),
    ("python-tag.md", b"---\ntitle: !!python/object/apply:os.system ['echo hi']\n---\nBody.\n", "malformed YAML", 2),
]


def _tree(tmp_path: Path, name: str, data: bytes) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "good.md").write_text(GOOD, encoding="utf-8")
    (folder / name).parent.mkdir(parents=True, exist_ok=True)
    (folder / name).write_bytes(data)
    return folder


def _inspect(*args: str | Path) -> tuple[int, list[dict], str]:
    result = CliRunner().invoke(cli, ["inspect", "--json", *map(str, args)])
    assert "Traceback" not in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit), result.exception
    return result.exit_code, json.loads(result.stdout or "[]"), result.stderr


def _error_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if line.startswith("error: ")]


@pytest.mark.parametrize("name,data,problem,line", BAD_FILES, ids=[c[0] for c in BAD_FILES])
def test_bad_file_is_one_line_and_the_good_one_is_read(tmp_path: Path, name: str, data: bytes,
                                                       problem: str, line: int | None) -> None:
    folder = _tree(tmp_path, name, data)
    code, articles, stderr = _inspect(folder)
    assert code == 1
    (error,) = _error_lines(stderr)
    where = f"{folder / name}:{line}: " if line else f"{folder / name}: "
    assert error.startswith(f"error: {where}"), error
    assert problem in error
    assert [a["title"] for a in articles] == [GOOD_TITLE]
    assert "1 file(s) skipped." in stderr


@pytest.mark.parametrize("name,data,problem,line", BAD_FILES[:6], ids=[c[0] for c in BAD_FILES[:6]])
def test_debug_shows_the_error_as_an_exception(tmp_path: Path, name: str, data: bytes, problem: str,
                                               line: int | None) -> None:
    folder = _tree(tmp_path, name, data)
    result = CliRunner().invoke(cli, ["--debug", "inspect", "--strict", str(folder)])
    assert result.exit_code == 1
    assert problem in str(result.exception)


def test_cp1252_is_read_with_a_warning(tmp_path: Path) -> None:
    text = "---\ntitle: Café Théorie\n---\n## A\n\nCafé Théorie is a “method” of brewing – invented in 1920.\n"
    folder = _tree(tmp_path, "cp1252.md", text.encode("cp1252"))
    code, articles, stderr = _inspect(folder)
    assert code == 0
    assert sorted(a["title"] for a in articles) == sorted([GOOD_TITLE, "Café Théorie"])
    assert re.search(rf"note: {re.escape(str(folder / 'cp1252.md'))}:2: not UTF-8; read as cp1252", stderr)


def test_latin1_bytes_cp1252_cannot_decode(tmp_path: Path) -> None:
    # 0x81 is undefined in cp1252, so only latin-1 can read it.
    data = "---\ntitle: Señal\n---\nSeñal is a test.\n".encode("latin-1").replace(b"test", b"te\x81st")
    code, articles, stderr = _inspect(_tree(tmp_path, "latin1.md", data))
    assert code == 0
    assert "Señal" in [a["title"] for a in articles]
    assert "read as latin-1" in stderr


def test_bom_and_crlf_are_valid(tmp_path: Path) -> None:
    data = b"\xef\xbb\xbf" + GOOD.replace(GOOD_TITLE, "Windows Saved").encode().replace(b"\n", b"\r\n")
    code, articles, stderr = _inspect(_tree(tmp_path, "windows.md", data))
    assert code == 0, stderr
    by_title = {a["title"]: a for a in articles}
    assert set(by_title) == {GOOD_TITLE, "Windows Saved"}
    assert by_title["Windows Saved"]["highlights"] == by_title[GOOD_TITLE]["highlights"]


def test_missing_path_is_named_and_the_rest_is_read(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "other.md", GOOD.replace(GOOD_TITLE, "Second").encode())
    missing = tmp_path / "nope"
    code, articles, stderr = _inspect(missing, folder)
    assert code == 1
    assert _error_lines(stderr) == [f"error: {missing}: no such file or folder"]
    assert len(articles) == 2


def test_folder_without_articles(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "readme.txt").write_text("not an article")
    folder = _tree(tmp_path, "b.md", GOOD.replace(GOOD_TITLE, "B").encode())
    code, articles, stderr = _inspect(empty, folder)
    assert code == 1
    assert _error_lines(stderr) == [f"error: {empty}: no articles found in this folder (looked for .md, .markdown, and .txt with front matter)"]
    assert len(articles) == 2


def test_non_markdown_files_are_a_note_not_an_error(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "picture.png", b"\x89PNG\r\n\x1a\n" + bytes(100))
    (folder / "data.csv").write_text("a,b\n1,2\n")
    (folder / "notes.txt").write_text("plain notes, no front matter")
    (folder / "article.txt").write_text(GOOD.replace(GOOD_TITLE, "Text Article"))
    (folder / ".hidden.md").write_text("ignored")
    code, articles, stderr = _inspect(folder)
    assert code == 0
    assert sorted(a["title"] for a in articles) == sorted([GOOD_TITLE, "Text Article"])
    for name in ("picture.png", "data.csv", "notes.txt"):
        assert f"note: {folder / name}: skipped, not an article" in stderr
    assert ".hidden.md" not in stderr


def test_symlink_loops(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "b.md", GOOD.replace(GOOD_TITLE, "B").encode())
    (folder / "sub").mkdir()
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)  # folder cycle
    (folder / "self.md").symlink_to("self.md")  # a link to itself
    (folder / "gone.md").symlink_to("missing-target.md")
    code, articles, stderr = _inspect(folder, folder / "self.md")
    assert code == 1
    assert sorted(_error_lines(stderr)) == [
        f"error: {folder / 'gone.md'}: broken symlink, cannot be read",
        f"error: {folder / 'self.md'}: symlink loop, cannot be read",
    ]
    assert f"note: {folder / 'sub' / 'up'}: skipped, folder already visited" in stderr
    assert sorted(a["title"] for a in articles) == sorted([GOOD_TITLE, "B"])


def test_fifo_named_like_an_article_does_not_hang(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "b.md", GOOD.replace(GOOD_TITLE, "B").encode())
    os.mkfifo(folder / "pipe.md")
    code, articles, stderr = _inspect(folder, folder / "pipe.md")
    assert code == 1
    assert _error_lines(stderr) == [f"error: {folder / 'pipe.md'}: is a named pipe (FIFO), not a file"]
    assert len(articles) == 2


def test_folder_named_like_an_article_is_walked(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "x.md/inner.md", GOOD.replace(GOOD_TITLE, "Inner").encode())
    code, articles, _ = _inspect(folder)
    assert code == 0
    assert sorted(a["title"] for a in articles) == sorted([GOOD_TITLE, "Inner"])


def test_same_file_twice_is_read_once(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "b.md", GOOD.replace(GOOD_TITLE, "B").encode())
    code, articles, _ = _inspect(folder, folder / "b.md", folder)
    assert code == 0
    assert len(articles) == 2


def test_strict_stops_at_the_first_bad_file(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "a-bad.md", b"---\ntitle: [\n---\nx\n")
    (folder / "z-bad.md").write_bytes(b"")
    result = CliRunner().invoke(cli, ["inspect", "--strict", "--json", str(folder)])
    assert result.exit_code == 1
    assert result.stdout == ""
    assert _error_lines(result.stderr) == [f"error: {folder / 'a-bad.md'}:2: malformed YAML in front matter: "
                                           "did not find expected node content"]
    assert "Traceback" not in result.output


def test_usage_errors_exit_2() -> None:
    runner = CliRunner()
    assert runner.invoke(cli, ["inspect"]).exit_code == 2
    assert runner.invoke(cli, ["inspect", "--no-such-option", "x"]).exit_code == 2
    assert runner.invoke(cli, ["no-such-command"]).exit_code == 2
    assert runner.invoke(cli, ["build", "--versions", "0"]).exit_code == 2


def test_all_good_exits_0(source_dir: Path) -> None:
    code, articles, stderr = _inspect(source_dir)
    assert code == 0, stderr
    assert len(articles) == len(list(source_dir.rglob("*.md")))


def test_yaml_bomb_is_refused_quickly(tmp_path: Path) -> None:
    levels = ["a: &a [x, x, x, x, x, x, x, x, x]"]
    levels += [f"{chr(98 + i)}: &{chr(98 + i)} [{', '.join([f'*{chr(97 + i)}'] * 9)}]" for i in range(8)]
    bomb = "---\n" + "\n".join(levels) + "\ntitle: Bomb\nkeywords: *i\n---\nBomb is a test.\n"
    folder = _tree(tmp_path, "bomb.md", bomb.encode())
    (folder / "alias.md").write_text(GOOD.replace("keywords: harbour, index", "k: &k [harbour, index]\nkeywords: *k")
                                     .replace(GOOD_TITLE, "Alias"))
    code, articles, stderr = _inspect(folder)
    assert code == 1
    assert _error_lines(stderr) == [f"error: {folder / 'bomb.md'}:2: front matter expands to more than 10000 values "
                                    "(YAML aliases?)"]
    assert {a["title"]: a["keywords"] for a in articles}["Alias"] == ["harbour", "index"]


def test_deeply_nested_yaml_is_an_error_or_loads(tmp_path: Path) -> None:
    deep = "---\ntitle: Deep\nx: " + "[" * 3000 + "]" * 3000 + "\n---\nDeep is a test.\n"
    code, articles, stderr = _inspect(_tree(tmp_path, "deep.md", deep.encode()))
    assert code in (0, 1)
    assert GOOD_TITLE in [a["title"] for a in articles]
    assert "internal error" not in stderr


def test_utf16_with_bom_is_read_with_a_note(tmp_path: Path) -> None:
    data = GOOD.replace(GOOD_TITLE, "Wide Text").encode("utf-16")
    folder = _tree(tmp_path, "wide.md", data)
    code, articles, stderr = _inspect(folder)
    assert code == 0
    assert "Wide Text" in [a["title"] for a in articles]
    assert f"note: {folder / 'wide.md'}: UTF-16 text; read as UTF-16" in stderr


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom", "/dev/null"])
def test_device_behind_a_symlink_is_refused_without_reading(tmp_path: Path, device: str) -> None:
    if not os.path.exists(device):
        pytest.skip(f"{device} does not exist here")
    folder = _tree(tmp_path, "b.md", GOOD.replace(GOOD_TITLE, "B").encode())
    (folder / "device.md").symlink_to(device)
    code, articles, stderr = _inspect(folder, folder / "device.md")
    assert code == 1
    assert _error_lines(stderr) == [f"error: {folder / 'device.md'}: is a device, not a file"]
    assert len(articles) == 2


def test_odd_titles_and_file_names_stay_on_one_line(tmp_path: Path) -> None:
    folder = _tree(tmp_path, "new\nline.md", GOOD.replace(GOOD_TITLE, '"Line one\\nerror: fake"').encode())
    (folder / "bad\nname.md").write_bytes(b"")
    code, articles, stderr = _inspect(folder)
    assert code == 1
    assert _error_lines(stderr) == [f"error: {folder}/bad name.md: empty file"]
    assert "Line one error: fake" in [a["title"] for a in articles]
    assert [line for line in stderr.splitlines() if not line.startswith(("error: ", "note: "))] == ["1 file(s) skipped."]


def test_unexpected_failure_is_one_line_unless_debug(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import quizgen.cli

    def boom(articles: object) -> None:
        raise ValueError("boom\nsecond line")

    monkeypatch.setattr(quizgen.cli, "extract_all", boom)
    folder = _tree(tmp_path, "b.md", GOOD.encode())
    result = CliRunner().invoke(cli, ["inspect", str(folder)])
    assert result.exit_code == 1
    assert result.stderr == "error: internal error: ValueError: boom second line (run with --debug for details)\n"
    debug = CliRunner().invoke(cli, ["--debug", "inspect", str(folder)])
    assert isinstance(debug.exception, ValueError)


def test_real_process_prints_no_traceback(tmp_path: Path) -> None:
    import subprocess
    import sys

    folder = _tree(tmp_path, "bad.md", b"---\ntitle: [\n---\n")
    root = Path(__file__).resolve().parent.parent
    proc = subprocess.run([sys.executable, "-m", "quizgen", "inspect", str(folder), str(tmp_path / "nope")],
                          cwd=root, capture_output=True, text=True, timeout=120,
                          env=dict(os.environ, PYTHONPATH=str(root)))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert f"error: {folder / 'bad.md'}:2: malformed YAML in front matter" in proc.stderr
    assert f"error: {tmp_path / 'nope'}: no such file or folder" in proc.stderr
    assert GOOD_TITLE in proc.stdout


def test_a_title_that_is_only_markup_is_a_clear_error(tmp_path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: <script>\n---\n## Heading\n\nText.\n", encoding="utf-8")
    with pytest.raises(SourceError) as caught:
        load_one(path)
    assert str(caught.value).startswith(f"{path}:2:") and "title" in caught.value.message
