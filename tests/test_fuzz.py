"""Property-based: random front matter, Markdown and bytes never crash or hang quizgen.

Every input either loads as an article or becomes one :class:`SourceError`
line; ``build`` on a folder of such files exits 0 or 1 without a traceback.
"""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from click.testing import CliRunner
import os

from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from quizgen.cli import cli
from quizgen.errors import SourceError
from quizgen.models import Article
from quizgen.pipeline import load_one
from sample_articles import article

_KEYS = st.sampled_from(["title", "description", "keywords", "lang", "language", "slug"]) | st.text(max_size=8)
_SCALARS = (st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=40)
            | st.sampled_from(["../../x", "/etc/passwd", "de", "en", "zz", "<script>", "{{c1::x}}", "..", ""]))
_VALUES = st.recursive(_SCALARS, lambda inner: st.lists(inner, max_size=4)
                       | st.dictionaries(st.text(max_size=5), inner, max_size=3), max_leaves=12)
_PIECES = st.sampled_from([
    "## Heading\n", "##NoSpace\n", "# Title\n", "- item\n", "– dash item\n", "1. one\n", "1. one\n1. two\n",
    "> quote\n", "> ### callout\n", "[link](/x y)", "[a](/a) [b](/a)", "[[[[", "]]]]((((", "<!--", "-->",
    "<table><tr><td>cell</td></tr></table>\n", "<script>alert(1)</script>", "```\ncode\n", "    indented\n",
    "**bold** _em_", "{{c1::cloze}}", "}}", "::", "&amp;&#39;&#x0;", "\n\n", "---\n", "...\n", "|a|b|\n|-|-|\n",
    "Term (TLA) is a thing.", "Ünïcödé тексt 日本語 😀 \u200b\u202e", "\t\f\v\r", "\\", "*" * 30, "`" * 20,
])
_BODY = st.lists(_PIECES | st.text(max_size=30), min_size=1, max_size=40).map("".join)


@st.composite
def _front_matter(draw: st.DrawFn) -> str:
    meta = draw(st.dictionaries(_KEYS, _VALUES, max_size=6))
    if draw(st.sampled_from([True] * 4 + [False])):
        start = draw(st.sampled_from(["Term", "../../t", "<b>x</b> ", "{{c1::x}} ", "Ünï 😀", ""]))
        meta["title"] = start + draw(st.text(max_size=40))
    elif draw(st.booleans()):
        meta["title"] = draw(_VALUES)
    try:
        dumped = yaml.safe_dump(meta, allow_unicode=True)
    except yaml.YAMLError:  # keys PyYAML will not write; raw text then
        dumped = str(meta)
    variants = [dumped] * 4 + [dumped[: len(dumped) // 2], "title: " + dumped, dumped.replace(":", "")]
    return draw(st.sampled_from(variants)).rstrip("\n") + "\n"


@st.composite
def _document(draw: st.DrawFn) -> bytes:
    shape = draw(st.sampled_from(["article"] * 6 + ["no-fence", "unclosed", "bytes", "mutated"]))
    if shape == "bytes":
        return draw(st.binary(max_size=600))
    text = f"---\n{draw(_front_matter())}---\n{draw(_BODY)}"
    if shape == "no-fence":
        text = text[4:]
    elif shape == "unclosed":
        text = text.replace("\n---\n", "\n", 1)
    encoding = draw(st.sampled_from(["utf-8"] * 4 + ["utf-8-sig", "cp1252", "latin-1", "utf-16"]))
    data = text.encode(encoding, errors="replace")
    if shape == "mutated" and data:
        pos = draw(st.integers(0, len(data) - 1))
        data = data[:pos] + draw(st.binary(min_size=1, max_size=8)) + data[pos + 1:]
    if draw(st.booleans()):
        data = data.replace(b"\n", b"\r\n")
    return data


# QUIZGEN_FUZZ=5000 runs a longer hunt; the default keeps the suite quick.
_MANY = int(os.environ.get("QUIZGEN_FUZZ", "200"))


@settings(max_examples=_MANY, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(_document())
def test_parser_never_crashes(data: bytes) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "fuzz.md"
        path.write_bytes(data)
        try:
            result = load_one(path)
        except SourceError as exc:
            event(f"skipped: {exc.message.split(':')[0].split('(')[0].strip()}")
            assert str(exc).startswith(str(path))
            assert "could not be parsed" not in exc.message, exc  # a parser bug, not bad input
            return
        event("loaded")
        assert isinstance(result, Article) and result.title.strip()


@settings(max_examples=max(40, _MANY // 10), deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(_document(), min_size=1, max_size=4))
def test_build_never_crashes(documents: list[bytes]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        src, out = Path(tmp) / "src", Path(tmp) / "out"
        src.mkdir()
        (src / "good.md").write_text(article(1))
        for n, data in enumerate(documents):
            (src / f"fuzz{n}.md").write_bytes(data)
        result = CliRunner().invoke(cli, ["build", str(src), "-o", str(out), "--no-cache", "-j", "1"])
        assert result.exit_code in (0, 1), result.output
        assert "Traceback" not in result.output and "internal error" not in result.output, result.output
        errors = [line for line in result.stderr.splitlines() if line.startswith("error: ")]
        assert all(line.startswith(f"error: {src}/fuzz") for line in errors), errors
        assert (result.exit_code == 1) == bool(errors)
        assert (out / "quizgen-en.apkg").is_file()
        assert all(p.resolve().is_relative_to(out.resolve()) for p in out.rglob("*"))
