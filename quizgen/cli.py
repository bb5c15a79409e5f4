"""A thin click CLI over the library. Library errors become one clear line."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import click

from . import __version__
from .errors import QuizgenError
from .extract import extract_all
from .pipeline import load


def _fail(message: str, code: int = 1) -> None:
    # One line, even when the message quotes a title with newlines in it.
    click.echo(f"error: {_one_line(message)}", err=True)
    sys.exit(code)


def _report_problems(errors: tuple, notes: tuple, quiet: bool = False) -> None:
    if not quiet:
        for note in notes:
            click.echo(f"note: {_one_line(note)}", err=True)
    for err in errors:
        click.echo(f"error: {_one_line(err)}", err=True)
    if errors:
        click.echo(f"{len(errors)} file(s) skipped.", err=True)


class _Group(click.Group):
    """Turns any error escaping a command into one line (a traceback only with --debug).

    Done here, not only in :func:`main`, so ``python -m quizgen``, the console
    script and click's test runner all behave the same.
    """

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except (click.exceptions.ClickException, click.exceptions.Exit, click.exceptions.Abort):
            raise
        except QuizgenError as exc:
            if _debug(ctx):
                raise
            _fail(str(exc))
        except KeyboardInterrupt:
            _fail("interrupted", 130)
        except BrokenPipeError:  # "quizgen inspect ... | head": the reader left; stop quietly
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            sys.exit(1)
        except RecursionError:
            if _debug(ctx):
                raise
            _fail("internal error: input nested too deeply (run with --debug for details)")
        except Exception as exc:  # last resort: one line, not a traceback
            if _debug(ctx):
                raise
            _fail(f"internal error: {type(exc).__name__}: {_one_line(exc)} (run with --debug for details)")
        return None


def _debug(ctx: click.Context) -> bool:
    return bool((ctx.obj or {}).get("debug") or ctx.params.get("debug"))


def _one_line(message: object, limit: int = 2000) -> str:
    """``message`` on one line: newlines in file names or titles must not split a report line."""
    text = str(message).replace("\r", " ").replace("\n", " ")
    return text if len(text) <= limit else text[: limit - 3] + "..."


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="quizgen")
@click.option("--debug", is_flag=True, help="Show Python tracebacks instead of one-line errors.")
@click.pass_context
def cli(ctx: click.Context, debug: bool) -> None:
    """Turn glossary articles into Anki decks and printable quizzes.

    \b
    Example:
        quizgen build source/ -o decks/
    """
    ctx.obj = {"debug": debug}


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per article.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file.")
@click.pass_context
def inspect(ctx: click.Context, paths: tuple[Path, ...], as_json: bool, strict: bool) -> None:
    """Show what quizgen extracts from articles (files or folders).

    \b
    Example:
        quizgen inspect source/es/ --json
    """
    from .report import as_json as to_json, summary

    loaded = load(paths, strict=strict)  # domain errors: one line, from the group's invoke
    extractions = extract_all(loaded.articles)
    if as_json:
        click.echo(json.dumps([to_json(e) for e in extractions], ensure_ascii=False, indent=2))
    else:
        click.echo("\n\n".join(summary(e) for e in extractions))
    _report_problems(loaded.errors, loaded.notes)
    if loaded.errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("decks"), show_default=True,
              help="Folder for the decks and quizzes.")
@click.option("--templates", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Folder of templates that override quizgen's own.")
@click.option("--seed", type=int, default=None, help="Seed for reproducible quiz shuffles.")
@click.option("--versions", type=click.IntRange(1, 26), default=1, show_default=True,
              help="Number of differently shuffled quiz versions.")
@click.option("--pdf", is_flag=True, help="Also print each quiz to PDF with headless Chromium.")
@click.option("--strict", is_flag=True, help="Stop at the first bad file.")
@click.option("--no-cache", is_flag=True, help="Rebuild every article, ignoring the cache.")
@click.option("-j", "--jobs", type=click.IntRange(1, 64), default=None, help="Worker processes (default: all cores).")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but errors.")
@click.pass_context
def build(ctx: click.Context, paths: tuple[Path, ...], output: Path, templates: Path | None, seed: int | None,
          versions: int, pdf: bool, strict: bool, no_cache: bool, jobs: int | None, quiet: bool) -> None:
    """Build one Anki deck per language and a printable quiz per article.

    PATHS default to source/.

    \b
    Example:
        quizgen build source/ -o decks/ --versions 2 --seed 7
    """
    from .build import BuildOptions, build as run_build

    options = BuildOptions(output=output, templates=templates, seed=seed, versions=versions, pdf=pdf,
                           strict=strict, cache=not no_cache, jobs=jobs, quiet=quiet)
    report = run_build(paths or (Path("source"),), options)
    if not quiet:
        kinds = ", ".join(f"{n} {k}" for k, n in report.cards)
        total = sum(n for _, n in report.cards)
        click.echo(f"{report.articles} article(s), {total} card(s): {kinds or 'none'}")
        click.echo(f"{len(report.written)} file(s) written to {output}")
    _report_problems(report.errors, report.notes, quiet)
    if report.errors:
        sys.exit(1)


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="Print a JSON array, one object per note.")
@click.pass_context
def cards(ctx: click.Context, paths: tuple[Path, ...], as_json: bool) -> None:
    """Preview the cards: deck, note type, fields, tags and GUID.

    \b
    Example:
        quizgen cards source/en/ --json
    """
    from .cards import generate
    from .exporters.anki import preview

    loaded = load(paths)
    rows = preview(generate(extract_all(loaded.articles)))
    if as_json:
        click.echo(json.dumps(rows, ensure_ascii=False, indent=2))
    else:
        for row in rows:
            click.echo(f"[{row['deck']}] {row['model']} {row['guid']}")
            for name, value in row["fields"].items():
                click.echo(f"  {name}: {value}")
            click.echo(f"  tags: {' '.join(row['tags'])}")
    _report_problems(loaded.errors, loaded.notes)
    if loaded.errors:
        sys.exit(1)


def main() -> None:
    """Console entry point: never show a traceback unless --debug is given."""
    debug = "--debug" in sys.argv[1:]
    try:
        cli.main(standalone_mode=True)
    except SystemExit:
        raise
    except KeyboardInterrupt:
        _fail("interrupted", 130)
    except Exception as exc:  # last resort: one line, not a traceback
        if debug:
            raise
        _fail(f"internal error: {type(exc).__name__}: {exc} (run with --debug for details)")
