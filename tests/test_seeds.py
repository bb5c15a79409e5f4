"""The user's original files: names say nothing of the language, so it is detected."""

from __future__ import annotations

import json

from quizgen.cli import cli


def test_seed_files_get_their_language_from_the_text(runner, seeds_dir, source_dir) -> None:
    result = runner.invoke(cli, ["inspect", str(seeds_dir), "--json"])
    assert result.exit_code == 0, result.output
    seeds = json.loads(result.stdout)
    assert len(seeds) == 5
    # Both sets are inspected whole: the other language versions are evidence for names.
    bundled = {item["title"]: item for item in json.loads(runner.invoke(cli, ["inspect", str(source_dir), "--json"]).stdout)}
    for seed in seeds:
        twin = bundled[seed["title"]]  # the same article, stored under source/<lang>/
        assert seed["language"] == twin["language"]
        assert seed["highlights"] == twin["highlights"] and len(seed["highlights"]) == 3
        assert seed["entities"] == twin["entities"]
