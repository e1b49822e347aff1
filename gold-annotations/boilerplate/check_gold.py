#!/usr/bin/env python3
"""Reference implementation of the boilerplate gold format (see README.md in this folder).

  check_gold.py check GOLD.tsv SOURCE          verify SHA-256 and that every text line has exactly one label row
  check_gold.py score GOLD.tsv SOURCE CLEANED  score a cleaner's body text (UTF-8 file) against the gold

The Java evaluation should reproduce the numbers of `score`; this script is the executable definition.
"""
import hashlib
import html
import re
import sys
import unicodedata

SHORT = 25  # lines shorter than this (normalised) must match a whole paragraph of the cleaned body


def norm(s):
    return " ".join(unicodedata.normalize("NFC", s).split())


def read_gold(path):
    meta, rows = {}, []
    for raw in open(path, encoding="utf-8"):
        raw = raw.rstrip("\n")
        if raw.startswith("#!"):
            k, _, v = raw[2:].partition(":")
            meta[k.strip()] = v.strip()
        elif raw.strip() and not raw.startswith("#"):
            cells = raw.split("\t") + ["", "", ""]
            rows.append((int(cells[0]), cells[1], cells[2], cells[3]))
    return meta, rows


def line_texts(source_bytes, is_html):
    """1-based line number -> visible text of that line (None when the line carries no text)."""
    lines = source_bytes.decode("utf-8").split("\n")
    out, in_body = {}, not is_html
    for i, line in enumerate(lines, 1):
        if is_html:
            in_body = in_body or line.startswith("<body")
            if not in_body:
                continue
            text = norm(html.unescape(re.sub(r"<[^>]+>", " ", line)))
            if not text:
                text = norm(" ".join(html.unescape(a) for a in re.findall(r'<img[^>]*\balt="([^"]*)"', line)))
        else:
            text = line
        if text.strip():
            out[i] = text
    return out


def check(gold, source):
    meta, rows = read_gold(gold)
    data = open(source, "rb").read()
    ok = True
    if hashlib.sha256(data).hexdigest() != meta.get("sha256"):
        print(f"{gold}: sha256 mismatch for {source}")
        ok = False
    texts = line_texts(data, source.endswith(".html"))
    main = {}
    for line, label, kind, off in rows:
        if label == "glued":
            if line not in texts or not off.isdigit() or int(off) >= len(texts[line]):
                print(f"{gold}: bad glued row for line {line}"); ok = False
            continue
        if line in main:
            print(f"{gold}: line {line} labelled twice"); ok = False
        main[line] = (label, kind)
    for line in texts:
        if line not in main:
            print(f"{gold}: line {line} has text but no label"); ok = False
    for line in main:
        if line not in texts:
            print(f"{gold}: line {line} labelled but has no text"); ok = False
    print(f"{gold}: {'OK' if ok else 'FAILED'} ({len(main)} labelled lines)")
    return ok


def present(text, body_norm, paragraphs):
    t = norm(text)
    if not t:
        return False
    if len(t) < SHORT:
        return t in paragraphs
    return t in body_norm


def score(gold, source, cleaned):
    meta, rows = read_gold(gold)
    texts = line_texts(open(source, "rb").read(), source.endswith(".html"))
    body = open(cleaned, encoding="utf-8").read()
    body_norm = norm(body)
    paragraphs = {norm(p) for p in body.split("\n") if p.strip()}
    glued = {line: int(off) for line, label, kind, off in rows if label == "glued"}
    kept_body = n_body = kept_bp = n_bp = kept_head = n_head = glued_kept = 0
    c_kept_body = c_body = c_kept_bp = 0
    for line, label, kind, off in rows:
        if label == "glued":
            glued_kept += present(texts[line][int(off):], body_norm, paragraphs)
            continue
        text = texts[line][:glued[line]] if line in glued else texts[line]
        hit = present(text, body_norm, paragraphs)
        chars = len(norm(text))
        if label == "body":
            n_body += 1; kept_body += hit
            c_body += chars; c_kept_body += chars if hit else 0
        elif label == "boilerplate":
            n_bp += 1; kept_bp += hit
            c_kept_bp += chars if hit else 0
        elif label == "heading":
            n_head += 1; kept_head += hit
    recall = kept_body / n_body if n_body else 0.0
    precision = kept_body / (kept_body + kept_bp) if kept_body + kept_bp else 0.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    print(f"body kept {kept_body}/{n_body}  boilerplate kept {kept_bp}/{n_bp}  headings kept {kept_head}/{n_head}  "
          f"glued parts kept {glued_kept}/{len(glued)}")
    print(f"precision {precision:.3f}  recall {recall:.3f}  F1 {f1:.3f}")
    cp = c_kept_body / (c_kept_body + c_kept_bp) if c_kept_body + c_kept_bp else 0.0
    cr = c_kept_body / c_body if c_body else 0.0
    cf = 2 * cp * cr / (cp + cr) if cp + cr else 0.0
    print(f"char-weighted precision {cp:.3f}  recall {cr:.3f}  F1 {cf:.3f}")


if __name__ == "__main__":
    if len(sys.argv) == 4 and sys.argv[1] == "check":
        sys.exit(0 if check(sys.argv[2], sys.argv[3]) else 1)
    if len(sys.argv) == 5 and sys.argv[1] == "score":
        score(sys.argv[2], sys.argv[3], sys.argv[4])
        sys.exit(0)
    print(__doc__)
    sys.exit(2)
