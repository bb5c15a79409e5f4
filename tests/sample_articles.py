"""Invented articles and output checks shared by the bad-input, safety, atomic and fuzz tests.

The articles are made up here (never copied from the corpus) and vary by number
so that several in one language give the quiz distractors to work with.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
import zipfile
from html.parser import HTMLParser
from pathlib import Path

# Per language: an opening definition, a sentence with names, and three points.
_TEXT = {
    "en": ("{t} is a method for sorting [harbour records](/harbour-records) by the tide on which each ship "
           "arrived.", "It was introduced by the Port Authority of Lisbon in 19{n} and is used by "
           "[customs offices](/customs) across Europe.", ("{t} sorts records by tide.",
           "Clerks group records into ledgers of {n} pages.", "The Port Authority of Lisbon audits the ledgers.")),
    "es": ("{t} es un método para ordenar [registros portuarios](/registros) según la marea de llegada.",
           "Fue introducido por la Autoridad Portuaria de Lisboa en 19{n} y lo usan las "
           "[aduanas](/aduanas) de Europa.", ("{t} ordena registros por marea.",
           "Los empleados agrupan registros en libros de {n} páginas.", "La Autoridad Portuaria de Lisboa revisa los libros.")),
    "ru": ("{t} — это метод сортировки [портовых записей](/zapisi) по приливу, с которым пришло судно.",
           "Его ввело Управление порта Лиссабона в 19{n} году, и его используют [таможни](/tamozhni) Европы.",
           ("{t} сортирует записи по приливу.", "Клерки собирают записи в книги по {n} страниц.",
            "Управление порта Лиссабона проверяет книги.")),
    "de": ("{t} ist eine Methode, um [Hafenregister](/hafenregister) nach der Flut zu sortieren, mit der ein "
           "Schiff ankam.", "Sie wurde 19{n} von der Hafenbehörde Lissabon eingeführt und wird von "
           "[Zollämtern](/zoll) in Europa genutzt.", ("{t} sortiert Register nach der Flut.",
           "Angestellte sammeln Register in Büchern mit {n} Seiten.", "Die Hafenbehörde Lissabon prüft die Bücher.")),
}
_LINK = re.compile(r"\[([^]]*)\]\([^)]*\)")
TITLES = {"en": "Harbour Method", "es": "Método Portuario", "ru": "Портовый метод", "de": "Hafenmethode"}


def article(n: int, lang: str = "en", title: str | None = None, front: str = "", extra: str = "") -> str:
    """An invented article number ``n`` in ``lang``; ``front`` adds YAML lines, ``extra`` adds body text."""
    title = title if title is not None else f"{TITLES[lang]} {n}"
    first, second, points = _TEXT[lang]
    fill = {"t": title.replace("[", "(").replace("]", ")"), "n": 10 + n}
    bullets = "\n".join(f"- {p.format(**fill)}" for p in points)
    description = _LINK.sub(r"\1", first.format(**fill))
    return (f"---\ntitle: {json.dumps(title, ensure_ascii=False)}\nlang: {lang}\ndescription: {json.dumps(description, ensure_ascii=False)}\n"
            f"keywords: harbour, tide\n{front}---\n"
            f"## {title.splitlines()[0] if title.strip() else 'Overview'}\n\n{first.format(**fill)} {second.format(**fill)}\n\n"
            f"{extra}\n\n## Summary\n\n{bullets}\n")


def write_articles(folder: Path, count: int = 4, lang: str = "en", prefix: str = "art") -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for n in range(1, count + 1):
        path = folder / f"{prefix}{n}.md"
        path.write_text(article(n, lang), encoding="utf-8")
        paths.append(path)
    return paths


def files_under(root: Path) -> set[Path]:
    return {p for p in root.rglob("*") if p.is_file() or p.is_symlink()}


class _Html(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict]] = []
        self.scripts: list[str] = []
        self.text: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts.append(data)
        else:
            self.text.append(data)


def parse_html(path: Path) -> _Html:
    """Parse an output page; a truncated page fails here (it must end with </html>)."""
    text = path.read_text(encoding="utf-8")
    assert text.rstrip().lower().endswith("</html>"), f"{path} is truncated"
    parser = _Html()
    parser.feed(text)
    parser.close()
    return parser


def anki_notes(apkg: Path) -> list[dict]:
    """Import ``apkg`` into a fresh collection with the real Anki backend; one dict per card."""
    from anki.collection import Collection, ImportAnkiPackageRequest

    with zipfile.ZipFile(apkg) as z:  # a half-written file is not a zip
        assert z.testzip() is None
    with tempfile.TemporaryDirectory() as tmp:
        col = Collection(os.path.join(tmp, "test.anki2"))
        try:
            col.import_anki_package(ImportAnkiPackageRequest(package_path=str(apkg)))
            rows = []
            for cid in col.find_cards(""):
                card = col.get_card(cid)
                note = card.note()
                rows.append({"guid": note.guid, "model": note.note_type()["name"], "fields": dict(note.items()),
                             "question": card.question(), "answer": card.answer(), "note_id": note.id})
            return rows
        finally:
            col.close()
