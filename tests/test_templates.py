"""Templates: quizgen's own ship in the wheel; a user's folder overrides them file by file."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from conftest import ROOT, SOURCE
from quizgen.build import BuildOptions
from quizgen.errors import QuizgenError
from quizgen.exporters.quiz import write_quizzes
from quizgen.extract import extract_all
from quizgen.pipeline import load
from quizgen.templates import builtin_folder, environment, render


@pytest.fixture(scope="module")
def extractions():
    return extract_all(load([SOURCE / "es"]).articles)


def test_builtin_templates_are_found():
    folder = builtin_folder()
    for name in ("quiz.html.j2", "index.html.j2", "quiz.css"):
        assert (folder / name).is_file()


def test_user_template_wins_and_ours_fill_the_rest(extractions, tmp_path):
    user = tmp_path / "mine"
    user.mkdir()
    (user / "quiz.css").write_text("/* my-own-style */ body { font-size: 14pt; }", encoding="utf-8")
    out = tmp_path / "out"
    files, _ = write_quizzes(extractions, [], out, BuildOptions(output=out, templates=user))
    html = (out / "quizzes" / "es" / "social-media-optimization-smo.html").read_text(encoding="utf-8")
    assert "my-own-style" in html and "break-before: page" not in html  # the user's CSS replaced ours
    assert 'class="answer-key"' in html  # our quiz.html.j2 still renders the page
    assert "my-own-style" in (out / "index.html").read_text(encoding="utf-8")


def test_autoescape_is_on_for_user_templates(tmp_path):
    (tmp_path / "x.txt").write_text("{{ value }}", encoding="utf-8")
    assert render("x.txt", tmp_path, value="<script>") == "&lt;script&gt;"
    assert environment(tmp_path).autoescape is True


def test_broken_user_template_is_one_clear_error(tmp_path):
    (tmp_path / "quiz.html.j2").write_text("line one\n{% if %}\n", encoding="utf-8")
    with pytest.raises(QuizgenError, match=r"quiz.html.j2:2: template error"):
        render("quiz.html.j2", tmp_path)


def test_missing_templates_folder_is_an_error(tmp_path):
    with pytest.raises(QuizgenError, match="templates folder not found"):
        render("quiz.html.j2", tmp_path / "nope")


@pytest.mark.slow
def test_templates_ship_inside_the_wheel(tmp_path):
    builders = pytest.importorskip("hatchling.builders.wheel", reason="hatchling builds the wheel")
    wheel = Path(next(iter(builders.WheelBuilder(str(ROOT)).build(directory=str(tmp_path), versions=["standard"]))))
    names = zipfile.ZipFile(wheel).namelist()
    for name in ("quiz.html.j2", "index.html.j2", "quiz.css"):
        assert f"quizgen/templates/{name}" in names
