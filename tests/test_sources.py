"""Front matter as real articles write it."""

from __future__ import annotations

import pytest

from quizgen.errors import SourceError
from quizgen.sources import read_source


def test_unquoted_colon_in_a_value_is_read_with_a_note(tmp_path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\nkeywords: Investing,Markets\ntitle: A shares\n"
                    "description: Shares traded on two exchanges: North and South.\n---\n\nBody.\n", encoding="utf-8")
    raw = read_source(path)
    assert raw.meta["description"] == "Shares traded on two exchanges: North and South."
    assert raw.meta["title"] == "A shares"
    assert any(f"{path}:4:" in w and "not valid YAML" in w for w in raw.warnings)


@pytest.mark.parametrize("front", ["title: ok\ndescription: a: b\n  nested: x", "title: ok\ntitle: again: twice"])
def test_other_broken_yaml_is_still_an_error(tmp_path, front) -> None:
    path = tmp_path / "b.md"
    path.write_text(f"---\n{front}\n---\n\nBody.\n", encoding="utf-8")
    with pytest.raises(SourceError, match="malformed YAML"):
        read_source(path)
