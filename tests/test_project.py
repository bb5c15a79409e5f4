"""The README's promises and the CI script stay true."""

from __future__ import annotations

import re

from conftest import ROOT


def _commands() -> list[str]:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(python -m pip install[^\n]*)\n```", readme)


def test_readme_has_install_and_test_commands() -> None:
    install, test = _commands()[:2]
    assert "quizgen build source/" in install
    assert "pytest" in test and "[test]" in test


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test = _commands()[1]
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert test in ci.splitlines()


def test_layout() -> None:
    for name in ("quizgen", "source", "decks", "templates", "tests", "pyproject.toml", "README.md"):
        assert (ROOT / name).exists(), name
