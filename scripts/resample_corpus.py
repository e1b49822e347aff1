#!/usr/bin/env python3
"""Builds a large JSONL corpus for scale runs by resampling a small one (docs/benchmarks.md, 10,000 articles).

Usage: scripts/resample_corpus.py [--n 10000] [--seed 42] [--corpus samples/corpus] OUT.jsonl

Each output record is one article of the corpus's manifest (drawn with replacement, seeded), with a unique id
(so the corpus store keeps every record), its text (.txt files) or HTML (.html), and the manifest's outlet, group,
date and event. The output is written outside the repository.
"""
import argparse
import csv
import json
import random
from pathlib import Path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("out")
    ap.add_argument("--n", type=int, default=10000)
    ap.add_argument("--seed", type=int, default=42)
    ap.add_argument("--corpus", default="samples/corpus")
    a = ap.parse_args()
    root = Path(a.corpus)
    articles = []
    with open(root / "manifest.csv", newline="", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            file = row["file"]
            if "#" in file:
                name, n = file.split("#")
                lines = [l for l in (root / name).read_text(encoding="utf-8").splitlines() if l.strip()]
                rec = json.loads(lines[int(n) - 1])
                content = {"text": rec["text"]} if rec.get("text") else {"html": rec["html"]}
            elif file.endswith(".html"):
                content = {"html": (root / file).read_text(encoding="utf-8")}
            else:
                content = {"text": (root / file).read_text(encoding="utf-8")}
            articles.append((file, content, row))
    rng = random.Random(a.seed)
    with open(a.out, "w", encoding="utf-8") as out:
        for i in range(a.n):
            file, content, row = rng.choice(articles)
            rec = {"id": "r%05d-%s" % (i, file.replace("/", "-").replace("#", "-")), **content,
                   "outlet": row["outlet"], "group": row["group"], "date": row["date"], "event": row["event"]}
            out.write(json.dumps(rec, ensure_ascii=False, sort_keys=True) + "\n")


if __name__ == "__main__":
    main()
