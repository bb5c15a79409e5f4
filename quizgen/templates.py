"""The jinja2 environment: the user's ``--templates`` folder first, quizgen's own after.

quizgen's templates live in the top-level ``templates/`` folder of a source
checkout and ship inside the wheel as ``quizgen/templates``.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import jinja2

from .errors import QuizgenError

_PACKAGE = Path(__file__).resolve().parent


def builtin_folder() -> Path:
    """quizgen's own templates: inside the installed package, else the checkout's."""
    for folder in (_PACKAGE / "templates", _PACKAGE.parent / "templates"):
        if (folder / "quiz.html.j2").is_file():
            return folder
    raise QuizgenError(f"quizgen's templates are missing (looked in {_PACKAGE / 'templates'})")


@lru_cache(maxsize=8)
def environment(user_folder: Path | None = None) -> jinja2.Environment:
    """A jinja2 environment with autoescaping on for every template."""
    loaders: list[jinja2.BaseLoader] = []
    if user_folder is not None:
        if not Path(user_folder).is_dir():
            raise QuizgenError(f"{user_folder}: templates folder not found")
        loaders.append(jinja2.FileSystemLoader(str(user_folder)))
    loaders.append(jinja2.FileSystemLoader(str(builtin_folder())))
    return jinja2.Environment(
        loader=jinja2.ChoiceLoader(loaders),
        autoescape=True,  # every piece of article text is escaped, whatever the file name
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def render(name: str, user_folder: Path | None = None, **context: object) -> str:
    """Render template ``name``; a broken user template is one clear error, not a traceback."""
    try:
        return environment(user_folder).get_template(name).render(**context)
    except jinja2.TemplateSyntaxError as exc:
        raise QuizgenError(f"{exc.filename or name}:{exc.lineno}: template error: {exc.message}") from None
    except jinja2.TemplateError as exc:
        raise QuizgenError(f"{name}: template error: {exc}") from None
