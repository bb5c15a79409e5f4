"""Build benchmark: synthetic corpora of 1,000 to 50,000 articles.

Usage::

    python benchmarks/bench.py --sizes 1000 10000 50000 [--work /tmp/qg-bench]

For each size it writes a corpus made by deterministic variation of
``source/`` (and of ``../shared/corpus`` when present), runs ``quizgen build``
on it in a fresh process, and reports articles, cards, files, wall time,
throughput, peak memory of the whole process tree (PSS: pages the forked
workers share count once), the genanki-only floor for the very same notes and
quizgen's ratio to it. With ``--incremental`` it also
edits one article and times the cached rebuild.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_CORPUS = ROOT.parent / "shared" / "corpus"
_NUMBER = re.compile(r"\b\d+\b")


def base_articles() -> list[tuple[str, str, str]]:
    """(language, slug, text) of every article the synthetic corpus varies."""
    found = []
    for folder in [ROOT / "source", SHARED_CORPUS]:
        if folder.is_dir():
            for path in sorted(folder.glob("*/*.md")):
                found.append((path.parent.name, path.stem, path.read_text(encoding="utf-8")))
    return found


def _vary(text: str, i: int) -> str:
    """A distinct but structurally identical article: numbers shift, the title
    gains a serial and a comment marks the variant, so no article is cached twice."""
    head, sep, body = text.partition("\n---\n")
    head = re.sub(r"^title: (.*)$", lambda m: f"title: {m.group(1)} {i}", head, count=1, flags=re.M)
    body = _NUMBER.sub(lambda m: str(int(m.group(0)) + i % 97), body)
    return head + sep + f"<!-- variant {i} -->\n" + body


def make_corpus(dest: Path, size: int) -> int:
    bases = base_articles()
    if dest.exists():
        shutil.rmtree(dest)
    for i in range(size):
        lang, slug, text = bases[i % len(bases)]
        folder = dest / lang
        folder.mkdir(parents=True, exist_ok=True)
        (folder / f"{slug}-{i // len(bases)}.md").write_text(_vary(text, i // len(bases)), encoding="utf-8")
    return size


def _pss(pid: int) -> int:
    """Proportional set size: shared pages (forked workers share the parent's
    imports) counted once across processes, not once per process as RSS does."""
    try:
        with open(f"/proc/{pid}/smaps_rollup") as fh:
            for line in fh:
                if line.startswith("Pss:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def _tree_memory(pid: int) -> int:
    """Memory (bytes) of ``pid`` and all its descendants, from /proc."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            children.setdefault(int(fields[1]), []).append(int(entry))
        except (OSError, IndexError, ValueError):
            continue
    total, stack = 0, [pid]
    while stack:
        p = stack.pop()
        total += _pss(p)
        stack.extend(children.get(p, []))
    return total


def run_build(corpus: Path, out: Path, extra: list[str]) -> dict:
    cmd = [sys.executable, "-m", "quizgen", "build", str(corpus), "-o", str(out), *extra]
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    done = threading.Event()

    def sample() -> None:
        nonlocal peak
        while not done.is_set():
            peak = max(peak, _tree_memory(proc.pid))
            time.sleep(0.25)  # walking /proc costs CPU the build needs

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    stdout, stderr = proc.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if proc.returncode not in (0, 1):
        raise SystemExit(f"build failed ({proc.returncode}):\n{stderr[-2000:]}")
    match = re.search(r"(\d+) article\(s\), (\d+) card\(s\)", stdout)
    files = re.search(r"(\d+) file\(s\) written", stdout)
    return {
        "wall_s": wall,
        "peak_mib": peak / 2**20,
        "articles": int(match.group(1)) if match else 0,
        "cards": int(match.group(2)) if match else 0,
        "files": int(files.group(1)) if files else 0,
    }


def genanki_floor(out: Path, flat: bool = False) -> tuple[float, int]:
    """Seconds genanki alone takes to write the notes found in ``out``'s decks.

    ``flat`` puts every note of a package in its top deck: genanki's ``Package``
    re-writes the decks JSON once per deck, so with one sub-deck per article its
    own time grows with the square of the article count; the flat floor is the
    cost of the notes alone, a far lower bar."""
    import genanki

    jobs = []
    for apkg in sorted(out.glob("*.apkg")):
        with zipfile.ZipFile(apkg) as zf, tempfile.TemporaryDirectory() as tmp:
            name = "collection.anki21" if "collection.anki21" in zf.namelist() else "collection.anki2"
            zf.extract(name, tmp)
            db = sqlite3.connect(Path(tmp) / name)
            models = json.loads(db.execute("select models from col").fetchone()[0])
            decks = json.loads(db.execute("select decks from col").fetchone()[0])
            notes = db.execute("select n.guid, n.mid, n.flds, n.tags, min(c.did) from notes n join cards c on c.nid = n.id group by n.id").fetchall()
            db.close()
        jobs.append((apkg.name, models, decks, notes))
    total_notes = sum(len(j[3]) for j in jobs)
    start = time.perf_counter()
    with tempfile.TemporaryDirectory() as tmp:
        for name, models, decks, notes in jobs:
            gmodels = {
                int(mid): genanki.Model(
                    int(mid), m["name"], fields=[{"name": f["name"]} for f in m["flds"]],
                    templates=[{"name": t["name"], "qfmt": t["qfmt"], "afmt": t["afmt"]} for t in m["tmpls"]],
                    css=m.get("css", ""), model_type=m.get("type", 0),
                )
                for mid, m in models.items()
            }
            gdecks = {int(did): genanki.Deck(int(did), d["name"]) for did, d in decks.items() if int(did) != 1}
            if flat:
                top = next(did for did, d in gdecks.items() if "::" not in d.name)
                gdecks = {top: gdecks[top]}
                notes = [(*n[:4], top) for n in notes]
            for guid, mid, flds, tags, did in notes:
                note = genanki.Note(model=gmodels[mid], fields=flds.split("\x1f"), guid=guid, tags=tags.split())
                gdecks[did].add_note(note)
            genanki.Package(list(gdecks.values())).write_to_file(Path(tmp) / name)
    return time.perf_counter() - start, total_notes


def edit_one(corpus: Path) -> Path:
    path = sorted(corpus.glob("*/*.md"))[0]
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace(". ", ". Edited for the benchmark. ", 1), encoding="utf-8")
    return path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    parser.add_argument("--work", type=Path, default=Path(tempfile.gettempdir()) / "quizgen-bench")
    parser.add_argument("--incremental", action="store_true", help="also time a one-article cached rebuild")
    parser.add_argument("--json", type=Path, help="write the figures here as JSON")
    parser.add_argument("--floor", choices=["decks", "flat", "both"], default="both",
                        help="genanki floor with quizgen's sub-decks, with one deck per language, or both")
    args = parser.parse_args()
    rows = []
    for size in args.sizes:
        corpus, out = args.work / f"corpus-{size}", args.work / f"out-{size}"
        make_corpus(corpus, size)
        if out.exists():
            shutil.rmtree(out)
        row = {"size": size, **run_build(corpus, out, ["--no-cache"])}
        row.update(articles_per_s=row["articles"] / row["wall_s"], cards_per_s=row["cards"] / row["wall_s"])
        for kind in (["decks", "flat"] if args.floor == "both" else [args.floor]):
            floor, notes = genanki_floor(out, flat=kind == "flat")
            row.update({"notes": notes, f"floor_{kind}_s": floor, f"ratio_{kind}": row["wall_s"] / floor})
        if args.incremental:
            run_build(corpus, out, [])  # warm the cache
            edit_one(corpus)
            row["incremental_s"] = run_build(corpus, out, [])["wall_s"]
            row["incremental_share"] = row["incremental_s"] / row["wall_s"]
        rows.append(row)
        print(json.dumps(row), flush=True)
    machine = f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    print(f"\nmachine: {machine}")
    print("| articles | cards | files | wall s | art/s | cards/s | peak MiB | floor s (sub-decks) | ratio "
          "| floor s (flat) | ratio | incremental s | share |")
    print("|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|")

    def num(r: dict, key: str, fmt: str) -> str:
        return format(r[key], fmt) if key in r else "–"

    for r in rows:
        print(f"| {r['articles']} | {r['cards']} | {r['files']} | {r['wall_s']:.1f} | {r['articles_per_s']:.0f} | "
              f"{r['cards_per_s']:.0f} | {r['peak_mib']:.0f} | {num(r, 'floor_decks_s', '.1f')} | "
              f"{num(r, 'ratio_decks', '.2f')} | {num(r, 'floor_flat_s', '.1f')} | {num(r, 'ratio_flat', '.2f')} | "
              f"{num(r, 'incremental_s', '.1f')} | {num(r, 'incremental_share', '.1%')} |")
    if args.json:
        args.json.write_text(json.dumps({"machine": machine, "rows": rows}, indent=2))


if __name__ == "__main__":
    main()
