"""Extraction -> plain data for ``quizgen inspect`` (JSON and the readable summary)."""

from __future__ import annotations

from typing import Any

from .models import Extraction


def as_json(e: Extraction) -> dict[str, Any]:
    a = e.article
    return {
        "path": a.path,
        "language": a.language,
        "title": a.title,
        "description": a.description,
        "keywords": list(a.keywords),
        "definitions": [{"term": d.term, "text": d.text} for d in e.definitions],
        "highlights": list(e.highlights),
        "entities": [{"name": x.name, "kind": x.kind} for x in e.entities],
        "terms": [{"text": t.text, "target": t.target} for t in e.terms],
        "faq": [{"question": f.question, "answer": f.answer} for f in e.faq],
    }


def summary(e: Extraction) -> str:
    a = e.article
    lines = [f"{a.path}  [{a.language}]  {a.title}"]
    if e.definitions:
        lines.append(f"  definition: {e.definitions[0].text}")
    lines.append(f"  highlights: {len(e.highlights)}")
    for h in e.highlights:
        lines.append(f"    - {h}")
    if e.entities:
        names = ", ".join(f"{x.name} ({x.kind})" for x in e.entities)
        lines.append(f"  entities ({len(e.entities)}): {names}")
    if e.terms:
        lines.append(f"  terms ({len(e.terms)}): " + ", ".join(t.text for t in e.terms))
    if e.faq:
        lines.append(f"  faq: {len(e.faq)} question(s)")
    return "\n".join(lines)
