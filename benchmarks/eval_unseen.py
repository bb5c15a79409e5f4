"""Measure extraction on articles quizgen has never seen.

    python benchmarks/eval_unseen.py FOLDER EXPECTATIONS.json

FOLDER holds <lang>/<slug>.md files. EXPECTATIONS maps slug -> lang ->
{"highlights": int, "entities": [entry, ...], "optional": [spelling, ...]}.
An entry is a list of accepted spellings, or {"names": [...], "kind": k};
names in "optional" (events, awards, the article's own term) count neither
for nor against. Entities are optional: only hand-checked articles count
towards precision and recall; kinds are scored where the entry gives one.
Prints highlight accuracy, definition coverage and entity precision/recall
per language. Keep the expectations outside the repository.
"""

from __future__ import annotations

import json
import sys
import time
from collections import defaultdict
from pathlib import Path

from quizgen.extract import extract_all
from quizgen.pipeline import load


def _norm(text: str) -> str:
    return text.casefold().replace("’", "'")


def main(folder: str, expectations: str) -> int:
    expected = json.loads(Path(expectations).read_text(encoding="utf-8"))
    start = time.perf_counter()
    loaded = load([Path(folder)], strict=False)
    extractions = extract_all(loaded.articles)
    elapsed = time.perf_counter() - start
    total = len(extractions)
    highlights_ok = definitions_ok = 0
    tp, found, matched, wanted, kind_ok, kind_n = (defaultdict(int) for _ in range(6))
    for x in extractions:
        lang, slug = x.article.language, x.article.slug
        truth = expected.get(slug, {}).get(lang, {})
        if "highlights" in truth and len(x.highlights) == truth["highlights"]:
            highlights_ok += 1
        elif "highlights" in truth:
            print(f"highlights: {slug} [{lang}] {len(x.highlights)} != {truth['highlights']}")
        definitions_ok += bool(x.definitions)
        if "entities" not in truth:
            continue
        optional = {_norm(a) for a in truth.get("optional", [])}
        entries = [e if isinstance(e, dict) else {"names": e} for e in truth["entities"]]
        alternatives = [{_norm(a) for a in entry["names"]} for entry in entries]
        names = [e.name for e in x.entities if _norm(e.name) not in optional or any(_norm(e.name) in alt for alt in alternatives)]
        good = [n for n in names if any(_norm(n) in alt for alt in alternatives)]
        for entity in x.entities:
            for entry, alt in zip(entries, alternatives):
                if "kind" in entry and _norm(entity.name) in alt:
                    kind_n[lang] += 1
                    kind_ok[lang] += entity.kind == entry["kind"]
                    if entity.kind != entry["kind"]:
                        print(f"kind: {slug} [{lang}] {entity.name}: {entity.kind} != {entry['kind']}")
                    break
        missed = [sorted(alt)[0] for alt in alternatives if not any(_norm(n) in alt for n in names)]
        extra = [n for n in names if n not in good]
        if extra or missed:
            print(f"entities: {slug} [{lang}] extra={extra} missed={missed}")
        tp[lang] += len(good)
        found[lang] += len(names)
        matched[lang] += len(alternatives) - len(missed)
        wanted[lang] += len(alternatives)
    print(f"articles: {total}; {elapsed / max(total, 1):.3f} s/article")
    print(f"highlights exactly right: {highlights_ok}/{total} ({highlights_ok / max(total, 1):.0%})")
    print(f"a definition: {definitions_ok}/{total}")
    for lang in sorted(wanted):
        p = tp[lang] / found[lang] if found[lang] else 1.0
        r = matched[lang] / wanted[lang] if wanted[lang] else 1.0
        k = f"; kinds {kind_ok[lang]}/{kind_n[lang]}" if kind_n[lang] else ""
        print(f"entities [{lang}]: precision {p:.2f} recall {r:.2f} ({found[lang]} found, {wanted[lang]} expected){k}"
              f"; exact {tp[lang]}/{found[lang]} right, {matched[lang]}/{wanted[lang]} found")
    all_p = sum(tp.values()) / max(sum(found.values()), 1)
    all_r = sum(matched.values()) / max(sum(wanted.values()), 1)
    print(f"entities [all]: precision {all_p:.2f} recall {all_r:.2f}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        print(__doc__)
        sys.exit(2)
    sys.exit(main(sys.argv[1], sys.argv[2]))
