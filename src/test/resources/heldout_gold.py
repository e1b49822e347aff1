"""Shared generator for the held-out cleaner page sets (clean-heldout-1/2/3).

Each page is a spec: one line per page line, `CODE content`, CODE in the first two characters:
  T title, B body, H heading (inside the article), - no row (markup-only or blank line),
  boilerplate kinds: n navigation, t ticker, y byline, s share, c caption, r related, g tags,
  m comments, p spam-links, f footer, v video, h heading, o other;
  Gh / Gp: body line whose end carries a glued heading / spam-link list starting at the marker '\u00a6'.
build() writes the page and its line gold (format: gold-annotations/boilerplate/README.md).
"""
import hashlib
import html
import os
import re
import sys

KINDS = {"n": "navigation", "t": "ticker", "y": "byline", "s": "share", "c": "caption", "r": "related",
         "g": "tags", "m": "comments", "p": "spam-links", "f": "footer", "v": "video", "h": "heading",
         "o": "other"}
MARK = "\u00a6"


def norm(s):
    return " ".join(s.split())


def visible(line, is_html, in_body):
    if not is_html:
        return line
    if not in_body:
        return ""
    text = norm(html.unescape(re.sub(r"<[^>]+>", " ", line)))
    if not text:
        text = norm(" ".join(html.unescape(a) for a in re.findall(r'<img[^>]*\balt="([^"]*)"', line)))
    return text


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def build(here, set_tag, set_phrase, name, description, spec):
    """Writes page `name` and its gold into `here`; set_tag names the set in the gold header."""
    is_html = name.endswith(".html")
    out_lines, rows, in_body = [], [], not is_html
    counts = {"body": 0, "title": 0, "heading": 0, "boilerplate": 0, "glued": 0}
    words = 0
    for n, raw in enumerate(spec.strip("\n").split("\n"), 1):
        code, content = raw[:2].strip(), raw[3:]
        glue = None
        if code in ("Gh", "Gp"):
            if content.count(MARK) != 1:
                sys.exit(f"{name}:{n}: glued line needs exactly one marker")
            before, after = content.split(MARK)
            glue = (KINDS[code[1]], before, after)
            content = before + after
        elif MARK in content:
            sys.exit(f"{name}:{n}: marker outside a glued line")
        if is_html and content.startswith("<body"):
            in_body = True
        out_lines.append(content)
        text = visible(content, is_html, in_body)
        has_text = bool(text.strip())
        if code == "-":
            if has_text:
                sys.exit(f"{name}:{n}: unlabelled line has text: {text!r}")
            continue
        if not has_text:
            sys.exit(f"{name}:{n}: labelled line without text")
        if code == "T":
            rows.append((n, "title", "-", "")); counts["title"] += 1; words += len(text.split())
        elif code == "B":
            rows.append((n, "body", "-", "")); counts["body"] += 1; words += len(text.split())
        elif code == "H":
            rows.append((n, "heading", "heading", "")); counts["heading"] += 1; words += len(text.split())
        elif code in ("Gh", "Gp"):
            kind, before, after = glue
            btext = visible(before, is_html, in_body)
            if not text.startswith(btext):
                sys.exit(f"{name}:{n}: cannot place glued offset")
            off = utf16_len(btext)
            rows.append((n, "body", "-", ""))
            rows.append((n, "glued", kind, str(off)))
            counts["body"] += 1; counts["glued"] += 1; words += len(btext.split())
        elif code in KINDS:
            rows.append((n, "boilerplate", KINDS[code], "")); counts["boilerplate"] += 1
        else:
            sys.exit(f"{name}:{n}: unknown code {code!r}")
    data = ("\n".join(out_lines) + "\n").encode("utf-8")
    with open(os.path.join(here, name), "wb") as f:
        f.write(data)
    stem = name.rsplit(".", 1)[0]
    fmt = ("html; line = 1-based source line; every source line inside <body> with visible text (tags removed, "
           "entities decoded, or an <img> alt) is labelled" if is_html else
           "text dump; line = 1-based line number of the file split on \\n; every non-blank line is labelled")
    head = [
        f"#! name: boilerplate-gold/{set_tag}/{stem}",
        "#! version: 1.0.0",
        "#! licence: CC-BY-4.0 (framescope authors)",
        f"#! description: line labels for boilerplate removal on {set_phrase} {name} ({description})",
        f"#! source: {name}",
        f"#! sha256: {hashlib.sha256(data).hexdigest()}",
        f"#! format: {fmt}",
        "#! category body: article text that a cleaner must keep",
        "#! category title: the headline",
        "#! category heading: a section heading inside the article body (kind heading); evaluation decides whether it counts as body",
        "#! category boilerplate: anything that is not article text; kind says what it is",
        "#! category glued: an extra row for a body line whose end carries a glued heading or spam-link list; kind says which, offset is the 0-based UTF-16 offset where the glued part starts",
        "#! kinds: - (body, title), heading, navigation, ticker, byline, share, caption, related, tags, comments, spam-links, footer, video, other",
        "#! columns: line, label, kind, offset",
    ]
    with open(os.path.join(here, stem + ".gold.tsv"), "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(head) + "\n")
        for r in rows:
            f.write("\t".join(str(c) for c in r) + "\n")
    print(f"{name}: body {counts['body']} title {counts['title']} heading {counts['heading']} "
          f"boilerplate {counts['boilerplate']} glued {counts['glued']}; article words {words}")


