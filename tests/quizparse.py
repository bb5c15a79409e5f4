"""Read a built quiz back from its HTML (stdlib parser): questions, options and key."""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser


@dataclass
class ParsedQuestion:
    number: int
    kind: str
    text: str = ""
    options: list[tuple[str, str]] = field(default_factory=list)  # (letter, text)


@dataclass
class ParsedQuiz:
    lang: str = ""
    questions: list[ParsedQuestion] = field(default_factory=list)
    key: list[tuple[int, str, str]] = field(default_factory=list)  # (number, letter, text)
    attributes: list[tuple[str, str]] = field(default_factory=list)
    tags: list[str] = field(default_factory=list)
    has_answer_key: bool = False


class _Parser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.quiz = ParsedQuiz()
        self.stack: list[str] = []  # what the text currently belongs to
        self.buffer: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = {k: v or "" for k, v in attrs}
        self.quiz.tags.append(tag)
        self.quiz.attributes.extend((k, v or "") for k, v in attrs)
        classes = a.get("class", "").split()
        if tag == "html":
            self.quiz.lang = a.get("lang", "")
        if "answer-key" in classes:
            self.quiz.has_answer_key = True
        if "question" in classes:
            self.quiz.questions.append(ParsedQuestion(int(a["data-number"]), a.get("data-kind", "")))
        elif "option" in classes:
            self.quiz.questions[-1].options.append((a["data-letter"], ""))
            self._collect("option")
        elif "key-item" in classes:
            self.quiz.key.append((int(a["data-number"]), a.get("data-answer", ""), ""))
        elif "key-text" in classes:
            self._collect("key")
        elif "prompt" in classes:
            self._collect("prompt")

    def _collect(self, what: str) -> None:
        self.stack.append(what)
        self.buffer = []

    def handle_data(self, data: str) -> None:
        if self.stack:
            self.buffer.append(data)

    def handle_endtag(self, tag: str) -> None:
        if not self.stack or tag not in ("li", "span", "p"):
            return
        what = self.stack[-1]
        if what in ("key", "prompt") and tag in ("span", "p") or what == "option" and tag == "li":
            text = " ".join("".join(self.buffer).split())
            self.stack.pop()
            if what == "option":
                letter, _ = self.quiz.questions[-1].options[-1]
                # The option's own letter mark comes first in its text.
                self.quiz.questions[-1].options[-1] = (letter, text.removeprefix(letter).strip())
            elif what == "key":
                n, letter, _ = self.quiz.key[-1]
                self.quiz.key[-1] = (n, letter, text)
            else:
                self.quiz.questions[-1].text = text


def parse_quiz(html: str) -> ParsedQuiz:
    parser = _Parser()
    parser.feed(html)
    return parser.quiz
