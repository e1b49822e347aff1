#!/usr/bin/env python3
"""Derives standoff attribution and voice gold for the sample corpus from the markers in articles.py.

Writes gold-annotations/samples/attribution.gold.json (framescope.gold/1, textBasis raw). Run from the
repository root:  python3 samples/build/build_attribution_gold.py   (deterministic; re-run after editing
articles.py or build_corpus.py, after regenerating the corpus).

What comes from where (see docs/evaluation-attribution.md):
  * verb, verb offsets, verb class and speaker country come directly from the {verb|SIDE} markers
    (class = build_corpus.CLASS_OF; country from SIDE; OB/EX/OT have no country);
  * the speaker name, the attributed span and kind are derived by the fixed rules below from the rendered
    sentence around the marker (person names from the list PEOPLE, pronouns and bare titles resolved to
    the last person named before the verb), plus the few hand decisions in SPEAKER_OVERRIDES;
  * voice per paragraph sentence: quote if the sentence overlaps a direct quotation that is the content
    of a quote attribution, reported if it holds a reporting verb or overlaps a reported content, else
    author. Scare quotes (<<...>>) are not quotations.
Offsets are into the raw input file (UTF-16 code units = characters here, all BMP), or for a JSONL record
into the decoded string value of the record's `text` field, else its `html` field; the document id and
source are then `feeds/sample-feed.jsonl#N` (N = 1-based line number, as in manifest.csv).
"""
import hashlib
import html
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import articles  # noqa: E402
import build_corpus as bc  # noqa: E402

REPO = os.path.normpath(os.path.join(HERE, "..", ".."))
CORPUS = os.path.join(REPO, "samples", "corpus")
OUT = os.path.join(REPO, "gold-annotations", "samples", "attribution.gold.json")

COUNTRY = {"US": "United States", "RU": "Russia", "UA": "Ukraine", "IR": "Iran", "CN": "China"}
TYPE = {"OB": "other", "EX": "expert", "OT": "public"}
# the invented people of the corpus (full names); the speaker of an attribution is resolved to one of these
PEOPLE = ["Oleg Sedov", "Daniel Whitcomb", "Irina Volkova", "Pavel Dronov", "Viktor Shestakov", "Margaret Hale",
          "Serhiy Marchuk", "Tom Adeyemi", "Marta Lindqvist", "Olena Savchuk", "Lin Jiahe", "Gennady Orlov",
          "Elena Marsh", "Giorgio Ferrante", "Natalia Grebneva", "Oleh Tkachuk", "Mahmoud Farzadi",
          "Hossein Rahimi", "Kamran Saberi", "Aleksei Gromov", "Lisa Grant", "Farah Nouri"]
PRONOUNS = {"he", "she", "they", "it"}
TITLES = {"spokeswoman", "spokesman", "spokesperson", "chairwoman", "minister", "commander", "secretary"}
# hand decisions where the rules give a mention that is not the speaker: (article id, attribution index) -> name
SPEAKER_OVERRIDES = {
    ("hormuz-naval-incident/pars-dispatch", 1): "IRGC Navy",  # "According to the statement" (of the IRGC Navy)
    ("odesa-port-strike/meridian-wire", 9): "Daniel Whitcomb",  # "He said" after "..., quoting Margaret Hale"
    ("odesa-port-strike/meridian-wire", 14): "Kyiv",  # "Kyiv and its Western allies call it ..."
    ("odesa-port-strike/vostok-herald", 17): "Russian Defense Ministry",  # "the ministry said"
}
SKIP_LEAD = re.compile(r"^(?:(?:as|As|the|The|a|A|an|An|and|but|while|also)\s+)+")
TRAIL_ADV = re.compile(r"(?:\s+(?:also|immediately|predictably|repeatedly|will|has|have|had|would|once again))+$")
BOUNDARY = re.compile(r"[,;:\u201c\u201d\"]|\b(?:that|which|what|while|but|as|As)\b")
PRE_THAT = {"on", "in", "at", "reporters", "Vostok", "Meridian", "Pars", "the", "a", "yesterday"}
ABBREV = ("U.S.", "U.N.", "Gen.", "Mr.", "St.", "Sept.")


def quotations(p, q):
    """(begin, end) of the quotations in rendered paragraph p, marks included."""
    out = []
    if q[0] == q[1]:
        idx = [m.start() for m in re.finditer(re.escape(q[0]), p)]
        for i in range(0, len(idx) - 1, 2):
            out.append((idx[i], idx[i + 1] + 1))
    else:
        i = 0
        while True:
            b = p.find(q[0], i)
            if b < 0:
                break
            e = p.find(q[1], b + 1)
            out.append((b, e + 1))
            i = e + 1
    return out


def inside(pos, spans):
    return any(b <= pos < e for b, e in spans)


def sentences(p, quotes, split_in_quotes):
    """(begin, end) of the sentences of p; a sentence ends at . ! ? (plus a closing quotation mark)
    followed by a space and a capital or opening mark, not after the abbreviations ABBREV."""
    out, start = [], 0
    for m in re.finditer(r"[.!?][\u201d\"]?(?= [A-Z\u201c\"])", p):
        end = m.end()
        if not split_in_quotes and any(b <= m.start() < e and end != e for b, e in quotes):
            continue  # inside a quotation that goes on
        if any(p[:m.start() + 1].endswith(a) for a in ABBREV):
            continue
        out.append((start, end))
        start = end + 1
    out.append((start, len(p)))
    return out


def trim(p, b, e):
    while b < e and p[b] in " ,;:":
        b += 1
    while e > b and p[e - 1] in " ,;:.":
        if p[e - 1] == "." and e >= 2 and p[e - 2] == "m":  # "a.m."
            break
        e -= 1
    return b, e


def render_with_verbs(text, q):
    """Renders like build_corpus.render and returns (rendered, [(vb, ve, verb, side)], scare spans)."""
    marks = []

    def sub(m):
        if m.group(1):
            marks.append(("attr", m.group(1), m.group(2)))
            return "\u0002" + m.group(1) + "\u0003"
        if m.group(3):
            marks.append(("scare",))
            return "\u0004" + q[0] + m.group(3) + q[1] + "\u0005"
        return m.group(4)
    out = bc.MARK.sub(sub, text)
    parts = out.replace('"', "\u0001").split("\u0001")
    res = parts[0]
    for i, part in enumerate(parts[1:]):
        res += (q[0] if i % 2 == 0 else q[1]) + part
    verbs, scares, clean, it = [], [], [], iter([m for m in marks if m[0] == "attr"])
    open_v = open_s = None
    for ch in res:
        if ch == "\u0002":
            open_v = len(clean)
        elif ch == "\u0003":
            mk = next(it)
            verbs.append((open_v, len(clean), mk[1], mk[2]))
        elif ch == "\u0004":
            open_s = len(clean)
        elif ch == "\u0005":
            scares.append((open_s, len(clean)))
        else:
            clean.append(ch)
    rendered = "".join(clean)
    if rendered != bc.render(text, q, {"attr": [], "scare": [], "loaded": []}):
        raise SystemExit("render mismatch: " + text[:60])
    return rendered, verbs, scares


def person_in(s):
    """Last person of PEOPLE mentioned (full or last name) in s, or None."""
    best, pos = None, -1
    for name in PEOPLE:
        for form in (name, name.split()[-1]):
            for m in re.finditer(r"\b" + re.escape(form) + r"\b", s):
                if m.start() > pos:
                    best, pos = name, m.start()
    return best


def clean_np(s):
    s = re.sub(r"^.*\(Meridian Wire\) - ", "", s.strip())
    s = TRAIL_ADV.sub("", s)
    s = SKIP_LEAD.sub("", s)
    s = re.split(r"\s+(?:who|of|near|in|at|by|compiled|reached)\s+", s)[0]
    return s.strip(" ,")


def analyse(art, p, verbs, quotes, scares, history, prev_text):
    """Returns one dict per attribution of paragraph p: verb span, content span, speaker, kind."""
    real_quotes = [qs for qs in quotes if qs not in scares]
    sents = sentences(p, real_quotes, False)
    out = []
    for k, (vb, ve, verb, side) in enumerate(verbs):
        sb, se = next((b, e) for b, e in sents if b <= vb < e)
        prev = out[-1] if out and out[-1]["sent"] == (sb, se) else None
        after = p[ve:se]
        if verb.lower() == "according to":
            m = re.match(r"\s*([^,.]+)", after)
            np_end = ve + (m.end() if m else 0)
            speaker = person_in(p[ve:np_end]) or clean_np(p[ve:np_end])
            rest = p[np_end:se]
            if not p[sb:vb].strip() or re.search(r"\bwhich,\s*$", p[sb:vb]):  # "According to X, ..."
                cb, ce = np_end, se
            else:
                cb, ce = (prev["cend"] if prev else sb), vb
            wm = re.search(r"\bwhich,\s*$", p[sb:vb])
            clause = sb + wm.start() if wm else vb
        else:
            # subject window: back from the verb to the nearest boundary
            wb, bm = sb, None
            for m in BOUNDARY.finditer(p, sb, vb):
                if not inside(m.start(), real_quotes) or m.group(0) in "\u201c\u201d\"":
                    wb, bm = m.end(), m
            window = p[wb:vb]
            boundary_word = bm.group(0) if bm else ""
            clause = bm.start() if bm and boundary_word.isalpha() else wb
            relative = boundary_word in ("which", "that", "what") and len(after.split()) >= 2
            inverted = not window.strip() and re.search(r"[\u201d\"]\s*$", p[sb:vb]) is not None
            shared = re.search(r"\band\s+(?:also\s+|then\s+)?$", window)
            wnp = clean_np(window)
            if shared and prev:
                speaker, clause = prev["speaker"], wb + shared.start()
                wnp = ""
            elif inverted:
                speaker = person_in(after[:60]) or clean_np(re.split(r"[,.]", after)[0])
            elif not wnp and not prev:  # appositive subject: "Natalia Grebneva, chairwoman of ..., told"
                speaker = person_in(p[sb:vb]) or clean_np(p[sb:vb].split(",")[0])
                clause = sb
            elif re.match(r"\s+by\s", after):  # participle: "the detonations reported by some channels"
                speaker = clean_np(re.sub(r"^\s*(?:some|several)\s+", "", re.split(r"[,.]", after[4:])[0]))
            elif person_in(window):
                speaker = person_in(window)
            elif not wnp and prev:
                speaker = prev["speaker"]
            elif wnp.lower() in PRONOUNS or wnp.lower().split()[-1:] and wnp.lower().split()[-1] in TITLES \
                    and len(wnp.split()) <= 2:
                if wnp.lower() in ("it", "they") and prev:
                    speaker = prev["speaker"]
                else:
                    speaker = person_in(prev_text + p[:vb]) or wnp
            else:
                speaker = wnp
            as_clause = re.match(r"\s*(?:as|As)\b", p[max(sb, wb - 3):wb + 1]) is not None or \
                p[max(sb, clause - 3):clause + 3].strip().lower().startswith("as")
            that = re.match(r"((?:\s+\S+){0,7}?)\s+that\s", after)
            before = p[(prev["cend"] if prev and prev["cend"] <= vb else sb):clause]
            if re.match(r"\s+by\s", after):
                cb, ce = wb + (window.rfind(" of ") + 4 if " of " in window else 0), vb
            elif after.startswith(":"):
                cb, ce = ve + 1, se
            elif as_clause and "," in after:
                cb, ce = ve + after.index(",") + 1, se
            elif that and (not that.group(1).split() or that.group(1).split()[0] in PRE_THAT) \
                    and " of " not in that.group(1) and '"' not in that.group(1) and "\u201c" not in that.group(1):
                cb, ce = ve + that.end(), se
            elif (shared and prev or relative) and not that:
                cb, ce = ve, se
            elif re.search(r"[,\u201d\"]\s*$", before) and len(before.split()) >= 3 and not (
                    verb in ("called", "call", "calls") and len(after.split()) >= 2):
                cb, ce = (prev["cend"] if prev and prev["cend"] <= vb else sb), clause
            else:
                skip = re.match(r"\s+(?:Meridian Wire|Vostok Herald|Pars Dispatch|the Ledger|reporters|"
                                r"on (?:Saturday|Monday|Telegram)|in a statement)", after)
                cb, ce = ve + (skip.end() if skip else 0), se
        out.append(dict(vb=vb, ve=ve, verb=verb, side=side, speaker=speaker, cb=cb, ce=ce, clause=clause,
                        sent=(sb, se), cend=ve))
        # end the previous content of this sentence where this attribution's clause starts
        if prev and prev["cb"] < clause < prev["ce"] and prev["ce"] == se:
            prev["ce"] = clause
    for a in out:
        a["cb"], a["ce"] = trim(p, a["cb"], a["ce"])
        if a["cb"] > a["vb"]:  # content after the verb: an appositive after a quotation is the author's
            cut = re.search(r",[\u201d\"] (?=[a-z])|, yet ", p[a["cb"]:a["ce"]])
            if cut:
                a["ce"] = a["cb"] + cut.start() + (2 if p[a["cb"] + cut.start() + 1] in "\u201d\"" else 0)
        dl = re.match(r"[A-Z]{3,}[^-]{0,40}\(Meridian Wire\) - ", p[a["cb"]:a["ce"]])
        if dl:  # dateline
            a["cb"] += dl.end()
        # a closing quotation mark belongs to the span; an opening mark whose close is outside does not
        if a["ce"] > a["cb"] and p[a["ce"] - 1] not in "\u201d\"" and a["ce"] < len(p) and p[a["ce"]] in "\u201d\"":
            if any(b < a["ce"] < e + 1 and e == a["ce"] + 1 for b, e in real_quotes):
                a["ce"] += 1
        if a["ce"] - a["cb"] < 2:  # e.g. ", according to Iranian media." after a quote: same content
            src = next((o for o in out if o is not a and o["sent"] == a["sent"] and o["ce"] - o["cb"] >= 2), None)
            if src:
                a["cb"], a["ce"] = src["cb"], src["ce"]
        a["kind"] = "quote" if any(b < a["ce"] and a["cb"] < e for b, e in real_quotes) else "reported"
    return out


def voices(p, quotes, scares, attrs):
    real_quotes = [qs for qs in quotes if qs not in scares]
    res = []
    for b, e in sentences(p, real_quotes, True):
        b, e = trim(p, b, e) if p[e - 1:e] != "." else (b, e)
        label, spk = "author", None
        for a in attrs:
            if a["kind"] == "quote" and any(qb < e and b < qe and a["cb"] < qe and qb < a["ce"]
                                            for qb, qe in real_quotes):
                label, spk = "quote", a["speaker"]
                break
        if label == "author" and attrs:  # a later sentence of a quotation ("...," he said. "More.")
            for qb, qe in real_quotes:
                if qb < e and b < qe:
                    near = min((x for x in attrs if x["kind"] == "quote"), default=None,
                               key=lambda x: min(abs(x["cb"] - qe), abs(x["ce"] - qb)))
                    if near:
                        label, spk = "quote", near["speaker"]
                    break
        if label == "author":
            for a in attrs:
                if (b <= a["vb"] < e) or (a["cb"] < e and b < a["ce"]):
                    label, spk = "reported", a["speaker"]
                    break
        res.append((b, e, label, spk))
    return res


def locate(raw, para, start):
    """Offset of the escaped paragraph in raw (HTML) or of the paragraph (text)."""
    for cand in (html.escape(para, quote=False), para):
        i = raw.find(cand, start)
        if i >= 0:
            return i, cand is not para
    raise SystemExit("paragraph not found: " + para[:60])


def main():
    feed = [json.loads(line) for line in open(os.path.join(CORPUS, "feeds", "sample-feed.jsonl"), encoding="utf-8")]
    docs = []
    for art in articles.ARTICLES:
        q = bc.QUOTES[art["outlet"]]
        if art["format"] == "jsonl":
            n = next(i for i, r in enumerate(feed) if r["id"] == art["id"]) + 1
            rec = feed[n - 1]
            raw = rec.get("text", rec.get("html"))
            doc_id = source = f"feeds/sample-feed.jsonl#{n}"
        else:
            name = art["id"].split("/")[-1] + "." + art["format"]
            source = doc_id = f"{art['event']}/{name}"
            with open(os.path.join(CORPUS, art["event"], name), encoding="utf-8", newline="") as f:
                raw = f.read()
        anns, history, pos, prev_text = [], [], 0, ""
        for para in art["paras"]:
            p, verbs, scares = render_with_verbs(para, q)
            quotes = quotations(p, q)
            attrs = analyse(art, p, verbs, quotes, scares, history, prev_text)
            off, escaped = locate(raw, p, pos)
            pos = off + 1

            def o(i, p=p, off=off, escaped=escaped):
                return off + (len(html.escape(p[:i], quote=False)) if escaped else i)
            for a in attrs:
                idx = len(history)
                history.append(a)
                speaker = SPEAKER_OVERRIDES.get((art["id"], idx), a["speaker"])
                at = {"speaker": speaker, "verb": a["verb"].lower(), "kind": a["kind"],
                      "verbBegin": str(o(a["vb"])), "verbEnd": str(o(a["ve"]))}
                if a["side"] in COUNTRY:
                    at["country"] = COUNTRY[a["side"]]
                if a["side"] in TYPE:
                    at["type"] = TYPE[a["side"]]
                a["speaker"] = speaker
                anns.append({"begin": o(a["cb"]), "end": o(a["ce"]), "layer": "attribution",
                             "label": bc.CLASS_OF[a["verb"]], "attributes": at})
            for b, e, label, spk in voices(p, quotes, scares, attrs):
                va = {} if label == "author" else {"speaker": spk}
                anns.append({"begin": o(b), "end": o(e), "layer": "voice", "label": label, "attributes": va})
            prev_text += p + "\n\n"
        for a in anns:
            if not raw[a["begin"]:a["end"]].strip():
                raise SystemExit(f"{doc_id}: empty span {a}")
        anns.sort(key=lambda a: (a["begin"], a["end"], a["layer"], a["label"], sorted(a["attributes"].items())))
        docs.append({"id": doc_id, "source": source, "textBasis": "raw",
                     "textSha256": hashlib.sha256(raw.encode("utf-8")).hexdigest(), "annotations": anns})
    docs.sort(key=lambda d: d["id"])
    lines = ['{', '  "schema": "framescope.gold/1",', '  "annotator": "sample-markers",', '  "documents": [']
    for di, d in enumerate(docs):
        lines += ['    {', f'      "id": {json.dumps(d["id"])},', f'      "source": {json.dumps(d["source"])},',
                  '      "textBasis": "raw",', f'      "textSha256": "{d["textSha256"]}",', '      "annotations": [']
        for ai, a in enumerate(d["annotations"]):
            attrs = "" if not a["attributes"] else ',"attributes":' + json.dumps(
                dict(sorted(a["attributes"].items())), ensure_ascii=False, separators=(",", ":"))
            lines.append(f'        {{"begin":{a["begin"]},"end":{a["end"]},"layer":"{a["layer"]}",'
                         f'"label":"{a["label"]}"{attrs}}}' + ("," if ai < len(d["annotations"]) - 1 else ""))
        lines += ['      ]', '    }' + ("," if di < len(docs) - 1 else "")]
    lines += ['  ]', '}']
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    with open(OUT, "w", encoding="utf-8", newline="\n") as f:
        f.write("\n".join(lines) + "\n")
    n_attr = sum(1 for d in docs for a in d["annotations"] if a["layer"] == "attribution")
    n_voice = sum(1 for d in docs for a in d["annotations"] if a["layer"] == "voice")
    print(f"{OUT}: {len(docs)} documents, {n_attr} attributions, {n_voice} voice segments")
    if "--show" in sys.argv:
        show(docs, feed)


def show(docs, feed):
    for d in docs:
        if d["id"].startswith("feeds/"):
            rec = feed[int(d["id"].split("#")[1]) - 1]
            raw = rec.get("text", rec.get("html"))
        else:
            raw = open(os.path.join(CORPUS, d["id"]), encoding="utf-8", newline="").read()
        print("==", d["id"])
        for a in d["annotations"]:
            at = a["attributes"]
            if a["layer"] == "attribution":
                print(f'  A {a["label"]:10} {at["verb"]:12} {at["kind"]:8} {at["speaker"]!r:28} {at.get("country", "-"):14}'
                      f' | {raw[a["begin"]:a["end"]][:90]!r}')
            elif "--voice" in sys.argv:
                print(f'  V {a["label"]:8} {at.get("speaker", "")!r:24} | {raw[a["begin"]:a["end"]][:80]!r}')


if __name__ == "__main__":
    main()
